// Writes schema/config.schema.json from the rule registry and compiles it into src/generated/validate-config.js
// (ajv standalone code, bundled by esbuild into one ESM file with no imports); run by `npm run gen`.
import { build } from 'esbuild';
import { Ajv } from 'ajv';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = join(import.meta.dirname, '..');
const schemaFile = join(root, 'schema', 'config.schema.json');
const outJs = join(root, 'src', 'generated', 'validate-config.js');
const outDts = join(root, 'src', 'generated', 'validate-config.d.ts');
const standaloneCode = standaloneModule.default ?? standaloneModule;

/** Rule metadata straight from the TypeScript sources: bundle the registry in memory and import it. */
async function loadRuleMeta() {
  const entry = [
    "export { RULES } from './src/engine/registry.ts';",
    "export { ENGINE_IDS } from './src/engine/engine.ts';",
  ].join('\n');
  const out = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'rule-meta.ts' },
    bundle: true, format: 'esm', platform: 'node', target: 'node20', write: false, logLevel: 'silent',
    define: { __SSE_LINT_VERSION__: '"0.0.0"' },
  });
  const code = out.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

// Findings sse-lint reports itself (no rule file): only a level can be set for them.
const ENGINE_NOTES = {
  'parse-error': 'Syntax errors nginx -t would reject, in nginx\'s own wording',
  'include-not-found': 'An include matches no file',
  'include-unreadable': 'An included file cannot be read',
  'include-cycle': 'An include loops back to a file that is already being included',
  'invalid-context': 'A directive in a block where nginx does not allow it',
  'duplicate-directive': 'A directive nginx accepts once per block is repeated',
  'invalid-arguments': 'A directive sse-lint reads has too few or too many arguments',
  'invalid-value': 'A directive sse-lint reads has a value nginx rejects (with the nearest valid one)',
  'unknown-directive': 'A likely typo of a known directive (a warning; with --strict, every unknown directive is an error)',
  'duplicate-location': 'Two locations with the same path at one level',
  'duplicate-server-name': 'A server_name another server on the same address and port already has',
  'invalid-suppression': 'A malformed # sse-lint-disable comment',
  'unused-suppression': 'A # sse-lint-disable comment that matches no finding',
};

const LEVELS = ['off', 'info', 'warning', 'error'];
const PRESETS = {
  '1panel': '1Panel OpenResty: maps the container paths /www and /usr/local/openresty/... to the host app directory the linted files are in',
  debian: 'Debian/Ubuntu layout: when the linted files are a copy of /etc/nginx, include paths under /etc/nginx are read from that copy',
  npm: 'Nginx Proxy Manager: reserved name, no effect yet',
  apisix: 'Apache APISIX: reserved name, no effect yet',
};
const FORMATS = ['text', 'json', 'sarif', 'checkstyle', 'github'];
const LOCALES = ['en', 'zh-CN'];

function optionSchema(value) {
  const base = { default: value };
  if (typeof value === 'number') return { type: 'number', ...base };
  if (typeof value === 'string') return { type: 'string', ...base };
  if (typeof value === 'boolean') return { type: 'boolean', ...base };
  if (Array.isArray(value)) return { type: 'array', ...base };
  if (value !== null && typeof value === 'object') return { type: 'object', ...base };
  return base; // null: any value, the rule decides
}

/** `"error"`, or `["error", { ...options }]` with the rule's own option names. */
function settingSchema(optionsSchema) {
  return {
    if: { type: 'array' },
    then: { type: 'array', items: [{ $ref: '#/definitions/level' }, optionsSchema], minItems: 2, maxItems: 2 },
    else: { $ref: '#/definitions/level' },
  };
}

/** Rules without options share one definition (one validating function instead of one per rule). */
function ruleSchema(description, options) {
  const keys = Object.keys(options ?? {}).sort();
  if (!keys.length) return { description, $ref: '#/definitions/setting' };
  const props = Object.fromEntries(keys.map((k) => [k, optionSchema(options[k])]));
  return { description, ...settingSchema({ type: 'object', properties: props, additionalProperties: false }) };
}

function buildSchema(rules, engineIds) {
  const ruleProps = {};
  for (const r of [...rules].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1))) {
    const m = r.meta;
    ruleProps[m.id] = ruleSchema(`${m.summary} (default: ${m.severity})`, m.options);
  }
  for (const id of [...engineIds].sort()) {
    ruleProps[id] = ruleSchema(`${ENGINE_NOTES[id] ?? 'A finding sse-lint reports itself'} (built in)`, undefined);
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'sse-lint configuration',
    description: 'sse-lint.config.json, .sse-lintrc.json, or the "sse-lint" key of package.json. Generated by scripts/gen-validator.mjs from the rule registry; do not edit by hand.',
    type: 'object',
    properties: {
      $schema: { type: 'string', description: 'Where editors find this schema.' },
      $comment: { $ref: '#/definitions/comment' },
      preset: {
        type: 'string', enum: Object.keys(PRESETS),
        description: Object.entries(PRESETS).map(([k, v]) => `${k}: ${v}`).join('. '),
      },
      nginxVersion: {
        type: 'string', pattern: '^[0-9]+\\.[0-9]+(\\.[0-9]+)?$',
        description: 'Target nginx (or OpenResty core) version, e.g. 1.24.0. Some defaults changed in 1.29.7; unset means "assume before 1.29.7".',
      },
      streams: {
        type: 'array', items: { type: 'string', minLength: 1 },
        description: 'Location paths that carry event streams, as written in location blocks: * matches within one path segment, ** across segments. Declaring streams turns findings on guessed ones into notes.',
      },
      notStreams: {
        type: 'array', items: { type: 'string', minLength: 1 },
        description: 'Location paths that never carry event streams, whatever their path or settings suggest (same patterns as streams). A --route or a # sse-lint: stream comment still wins.',
      },
      rules: {
        type: 'object',
        description: 'Per-rule level ("off", "info", "warning", "error") or [level, options].',
        properties: { $comment: { $ref: '#/definitions/comment' }, ...ruleProps },
        additionalProperties: false,
      },
      pathMap: {
        type: 'object',
        description: 'Read include paths under FROM (an absolute path, as written in the config) from TO (relative to this file).',
        propertyNames: { pattern: '^/' },
        additionalProperties: { type: 'string', minLength: 1 },
      },
      ignore: {
        type: 'array', items: { type: 'string', minLength: 1 },
        description: 'Globs (relative to this file) of config files whose findings are not reported. * stays within a path segment, ** crosses them; a pattern without / matches a file or directory name at any depth.',
      },
      failOn: { type: 'string', enum: [...LEVELS].reverse(), description: 'Exit with 1 when a finding has this severity or higher ("off": never).' },
      format: { type: 'string', enum: FORMATS, description: 'Report format.' },
      locale: { type: 'string', enum: LOCALES, description: 'Language of messages (default: from LC_ALL, LC_MESSAGES or LANG).' },
    },
    additionalProperties: false,
    definitions: {
      level: { type: 'string', enum: LEVELS },
      setting: settingSchema({ type: 'object', maxProperties: 0 }),
      comment: { type: ['string', 'array'], items: { type: 'string' }, description: 'Free text for people; ignored by sse-lint.' },
    },
  };
}

function writeIfChanged(file, text) {
  let old = null;
  try {
    old = readFileSync(file, 'utf8');
  } catch {
    // first run
  }
  if (old === text) return false;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return true;
}

const { RULES, ENGINE_IDS } = await loadRuleMeta();
const schema = buildSchema(RULES, ENGINE_IDS);
writeIfChanged(schemaFile, JSON.stringify(schema, null, 2) + '\n');

// CommonJS output on purpose: ajv's ESM mode still emits require() for its runtime helpers (ajv#1976, ajv#2209);
// esbuild inlines them and turns the whole thing into one ESM module.
// Keep these options in step with the runtime-compiled twin in test/engine/config.test.ts.
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, inlineRefs: false, code: { source: true } });
const cjs = standaloneCode(ajv, ajv.compile(schema));
const bundled = await build({
  stdin: { contents: cjs, resolveDir: root, loader: 'js', sourcefile: 'validate-config.cjs' },
  bundle: true, format: 'esm', platform: 'node', target: 'node20', write: false, logLevel: 'silent',
  legalComments: 'none', minifyWhitespace: true, minifySyntax: true,
  // The bundle prints module paths; keep them as the checkout sees them (node_modules may be a symlink).
  preserveSymlinks: true,
});
const js = `// Generated by scripts/gen-validator.mjs from schema/config.schema.json (ajv standalone); do not edit.\n${bundled.outputFiles[0].text}`;
const dts = `// Generated by scripts/gen-validator.mjs; do not edit.
/** One ajv error object (the fields sse-lint reads). */
export interface ValidationError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  propertyName?: string;
  message?: string;
}
declare const validate: ((data: unknown) => boolean) & { errors?: ValidationError[] | null };
export default validate;
`;
writeIfChanged(outJs, js);
writeIfChanged(outDts, dts);
