// No user-visible English bypasses the catalog: the string literals of the faces (command line, TUI), the reporters and
// the pipeline hold no English phrase or label, except where a short list below says why.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringLiterals, type Literal } from '../helpers/literals.js';
import { root } from '../helpers/shared.js';

/** Where user-visible text is produced: what the faces print, the reports, and what the pipeline renders. */
const SCANNED = ['src/cli', 'src/cli.ts', 'src/reporters', 'src/pipeline', 'src/tui'];

/** Files whose English is a source text with its own translation, not a bypass. */
const ALLOWED_FILES: Record<string, string> = {
  'src/reporters/engine-rules.ts': "the English source of the engine ids' documentation (as rules/*.ts meta is for rules); zh-CN in src/i18n/zh-CN-docs.ts, checked by locales.test.ts",
  'src/tui/strings.ts': "the TUI's own catalog: its English and Chinese tables side by side, checked by the TUI's tests",
};

/** Literals that look like English but are part of a format or of nginx's syntax. */
const ALLOWED_LITERALS: { file: string; test: (text: string) => boolean; why: string }[] = [
  { file: 'src/reporters/checkstyle.ts', test: (s) => s.trimStart().startsWith('<'), why: 'XML markup of the Checkstyle format' },
  { file: 'src/reporters/crossplane.ts', test: (s) => s === 'unknown directive "{}', why: "crossplane's own error text: `sse-lint parse` output matches crossplane's JSON" },
  { file: 'src/pipeline/review.ts', test: (s) => s === 'unix:{}', why: 'nginx listen syntax (`listen unix:PATH`)' },
  { file: 'src/cli.ts', test: (s) => s === 'sse-lint: cannot start: {}', why: 'the launcher says its command line (and so the catalog) could not be loaded: a broken installation' },
];

/** A phrase (two English words in a row) or a label (`value:`), placeholders of templates counted as blanks. */
function englishIn(l: Literal): boolean {
  // A programming error (a bug, printed as an internal error with its stack), not a message to the user.
  if (/\bnew \w*Error\(\s*$/.test(l.before)) return false;
  const text = l.text.replace(/\{\}/g, ' ');
  return /(?<![\w$./\\:=@#<>{}-])[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}(?![\w-])/.test(text) || /^\s*[A-Za-z]{2,}:(\s|$)/.test(text);
}

function sources(): string[] {
  return SCANNED.flatMap((p) => (p.endsWith('.ts')
    ? [p]
    : (readdirSync(path.join(root, p), { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f)).map((f) => path.join(p, f))));
}

describe('the literal scanner', () => {
  it('finds quoted strings and template text, skipping comments and regular expressions', () => {
    const src = [
      "// a comment with words in it",
      "const re = /not a string, it's a regex/g;",
      "io.stderr(`sse-lint: --map expects FROM=TO, got \"${spec}\"\\n`);",
      "const s = 'one' + \"two words\"; /* block 'comment' */",
      "out.push(`handler: ${h.module}${h.directive ? ` via ${show(h.directive)}` : ''}`);",
    ].join('\n');
    expect(stringLiterals(src).map((l) => [l.line, l.text])).toEqual([
      [3, 'sse-lint: --map expects FROM=TO, got "{}'], [3, '"\\n'], [4, 'one'], [4, 'two words'],
      // A template is cut at each placeholder; every piece but the last ends with `{}`.
      [5, 'handler: {}'], [5, '{}'], [5, ' via {}'], [5, ''], [5, ''], [5, ''],
    ]);
  });

  it('flags the English the command line printed before it used the catalog, and nothing in catalog calls or bugs', () => {
    const flagged = (src: string): string[] => stringLiterals(src).filter(englishIn).map((l) => l.text);
    expect(flagged("io.stderr(`sse-lint: --map expects FROM=TO, got \"${spec}\"\\n`);")).toEqual(['sse-lint: --map expects FROM=TO, got "{}']);
    expect(flagged("out.push(`request: Host ${q.host || '(none)'}, port ${q.port}, ${q.uri}`);")).toEqual(['request: Host {}']);
    expect(flagged("const label = (name: string) => `${name}:`; label('value');")).toEqual([]);
    expect(flagged("lines.push(`${fixable} fixable: ${parts.join(', ')}.`);")).toEqual([' fixable: {}']);
    expect(flagged("out.push(label('cli.label.value', describeProvenance(p, cwd, l)));")).toEqual([]);
    expect(flagged("throw new Error(`no message \"${key}\" in the catalog`);")).toEqual([]);
    expect(flagged("const flags = '--fix --unsafe-fixes'; const f = 'text/event-stream';")).toEqual([]);
  });
});

describe('the faces, reporters and pipeline', () => {
  it('write no English phrase or label outside the catalog', () => {
    const files = sources();
    expect(files.length).toBeGreaterThan(30);
    const bad: string[] = [];
    for (const file of files) {
      if (ALLOWED_FILES[file]) continue;
      for (const l of stringLiterals(readFileSync(path.join(root, file), 'utf8'))) {
        if (!englishIn(l)) continue;
        if (ALLOWED_LITERALS.some((a) => a.file === file && a.test(l.text))) continue;
        bad.push(`${file}:${l.line}: ${JSON.stringify(l.text)}`);
      }
    }
    expect(bad, 'put these strings in src/i18n/en.ts and zh-CN.ts and render them with t()').toEqual([]);
  });

  it('the allow-lists name files and literals that still exist', () => {
    for (const f of Object.keys(ALLOWED_FILES)) expect(sources()).toContain(f);
    for (const a of ALLOWED_LITERALS) {
      const literals = stringLiterals(readFileSync(path.join(root, a.file), 'utf8'));
      expect(literals.some((l) => englishIn(l) && a.test(l.text)), `${a.file}: ${a.why}`).toBe(true);
    }
  });
});
