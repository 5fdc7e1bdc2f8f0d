// Ignore globs: which files' findings a config drops. Matched without backtracking (see util/glob-match.ts).
import * as nodePath from 'node:path';
import { compileGlob, matchGlob, type GlobSyntax } from '../../util/glob-match.js';

const IGNORE_GLOB: GlobSyntax = { doubleStar: true, starMatchesSlash: false, bang: true, escapes: false };

/**
 * A test for "is this file ignored": globs relative to `baseDir` (`conf.d/legacy-*.conf`, `sites/**`),
 * absolute globs (`/etc/nginx/modules-enabled/*`), and globs without a slash, which match a file or directory
 * name at any depth (`*.bak`, `legacy`). A directory pattern covers everything below it.
 */
export function ignoreMatcher(globs: readonly string[], baseDir: string): (file: string) => boolean {
  const compiled = globs.map((g) => {
    const trimmed = g.replace(/\/+$/, '');
    if (trimmed.startsWith('/')) return { abs: true, anySegment: false, glob: compileGlob(trimmed, IGNORE_GLOB) };
    const body = trimmed.replace(/^\.\//, '');
    return { abs: false, anySegment: !trimmed.includes('/'), glob: compileGlob(body, IGNORE_GLOB) };
  });
  if (compiled.length === 0) return () => false;
  return (file) => {
    const abs = nodePath.resolve(baseDir, file);
    const rel = nodePath.relative(baseDir, abs).split(nodePath.sep).join('/');
    const inside = rel !== '' && !rel.startsWith('..') && !nodePath.isAbsolute(rel);
    return compiled.some((c) => (c.abs ? matchGlob(c.glob, abs, { prefixDir: true })
      : inside && matchGlob(c.glob, rel, { prefixDir: true, anySegment: c.anySegment })));
  };
}
