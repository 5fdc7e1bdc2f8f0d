// Ignore globs: which files' findings a config drops.
import * as nodePath from 'node:path';

function globRegExp(glob: string): string {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close === -1) re += '\\[';
      else {
        const body = glob.slice(i + 1, close);
        re += `[${body.startsWith('!') ? '^' + body.slice(1) : body}]`;
        i = close;
      }
    } else re += /[.+^${}()|\\]/.test(c) ? '\\' + c : c;
  }
  return re;
}

/**
 * A test for "is this file ignored": globs relative to `baseDir` (`conf.d/legacy-*.conf`, `sites/**`),
 * absolute globs (`/etc/nginx/modules-enabled/*`), and globs without a slash, which match a file or directory
 * name at any depth (`*.bak`, `legacy`). A directory pattern covers everything below it.
 */
export function ignoreMatcher(globs: readonly string[], baseDir: string): (file: string) => boolean {
  const res = globs.map((g) => {
    const trimmed = g.replace(/\/+$/, '');
    if (trimmed.startsWith('/')) return { abs: true, re: new RegExp(`^${globRegExp(trimmed)}(?:/.*)?$`) };
    const body = globRegExp(trimmed.replace(/^\.\//, ''));
    return { abs: false, re: new RegExp(trimmed.includes('/') ? `^${body}(?:/.*)?$` : `(?:^|/)${body}(?:/.*)?$`) };
  });
  if (res.length === 0) return () => false;
  return (file) => {
    const abs = nodePath.resolve(baseDir, file);
    const rel = nodePath.relative(baseDir, abs).split(nodePath.sep).join('/');
    const inside = rel !== '' && !rel.startsWith('..') && !nodePath.isAbsolute(rel);
    return res.some((r) => (r.abs ? r.re.test(abs) : inside && r.re.test(rel)));
  };
}
