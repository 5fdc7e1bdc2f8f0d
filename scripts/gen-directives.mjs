// Builds src/generated/directive-table.ts (compact directive facts) from @nginx/reference-lib; run by `npm run gen`.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = join(root, 'src', 'generated', 'directive-table.ts');
const pkgEntry = fileURLToPath(import.meta.resolve('@nginx/reference-lib'));
const pkgJson = join(dirname(pkgEntry), '..', 'package.json');
const force = process.argv.includes('--force');

/** Newest modification time of the inputs: the package and this script. */
function inputsMtime() {
  return Math.max(...[pkgEntry, pkgJson, fileURLToPath(import.meta.url)].map((f) => statSync(f).mtimeMs));
}

function outputMtime() {
  try {
    return statSync(outFile).mtimeMs;
  } catch {
    return -1;
  }
}

if (!force && outputMtime() > inputsMtime()) process.exit(0);

// One letter per context kind; directives.ts owns the reverse table (keep both in step).
const CODE = {
  main: 'm', events: 'e', http: 'h', server: 's', location: 'l', if: 'i', 'server-if': 'f', limit_except: 'x',
  upstream: 'u', stream: 'S', 'stream-server': 'v', 'stream-upstream': 'w', mail: 'M', 'mail-server': 'n',
  acme_issuer: 'a', oidc_provider: 'o', mgmt: 'g',
};
const ALL_PLACES = Object.values(CODE).join('');

// The reference names contexts relative to the module's subsystem ("server" of a stream module is a stream server).
const HTTP_CTX = {
  main: ['main'], http: ['http'], server: ['server'], location: ['location'], 'if in location': ['if'],
  if: ['if', 'server-if'], limit_except: ['limit_except'], upstream: ['upstream'], acme_issuer: ['acme_issuer'],
  oidc_provider: ['oidc_provider'],
};
const STREAM_CTX = { main: ['main'], stream: ['stream'], server: ['stream-server'], upstream: ['stream-upstream'] };
const MAIL_CTX = { main: ['main'], mail: ['mail'], server: ['mail-server'] };
const CORE_CTX = {
  main: ['main'], events: ['events'], http: ['http'], stream: ['stream'], mail: ['mail'],
  server: ['server', 'stream-server', 'mail-server'], location: ['location'],
};
const MGMT_CTX = { main: ['main'], mgmt: ['mgmt'] };

function contextTable(module) {
  if (module === 'Core functionality') return CORE_CTX;
  if (module.startsWith('ngx_stream_')) return STREAM_CTX;
  if (module.startsWith('ngx_mail_')) return MAIL_CTX;
  if (module === 'ngx_mgmt_module') return MGMT_CTX;
  return HTTP_CTX;
}

// Modules shipped only with NGINX Plus (open-source nginx answers "unknown directive" for all of their directives).
const PLUS_MODULES = new Set([
  'ngx_http_api_module', 'ngx_http_auth_jwt_module', 'ngx_http_f4f_module', 'ngx_http_hls_module',
  'ngx_http_keyval_module', 'ngx_http_session_log_module', 'ngx_http_status_module', 'ngx_http_upstream_conf_module',
  'ngx_http_upstream_hc_module', 'ngx_stream_keyval_module', 'ngx_stream_upstream_hc_module',
  'ngx_stream_zone_sync_module', 'ngx_mgmt_module', 'ngx_http_oidc_module', 'ngx_stream_mqtt_filter_module',
  'ngx_stream_mqtt_preread_module',
]);

const ENTITIES = { hellip: '…', lsquo: '\u2018', rsquo: '\u2019', ldquo: '"', rdquo: '"', lt: '<', gt: '>', amp: '&', quot: '"', mdash: '—', nbsp: ' ' };

function text(html) {
  return html.replace(/<[^>]*>/g, '').replace(/&([a-z]+);/g, (m, e) => ENTITIES[e] ?? m);
}

/** Splits at whitespace outside brackets. */
function chunks(s) {
  const out = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '[') depth++;
    if (ch === ']') depth = Math.max(0, depth - 1);
    if (/\s/.test(ch) && depth === 0) {
      if (cur) out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}

/** The index of the bracket closing the one at 0, or -1. */
function closing(s) {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '[') depth++;
    else if (s[i] === ']' && --depth === 0) return i;
  }
  return -1;
}

/** [min, max] argument counts of one syntax line ("name value [always]" -> [2, 3]); max Infinity when "…" repeats. */
function countArgs(s) {
  let best = null;
  let alt = [0, 0];
  let last = null;
  const finish = () => {
    best = best ? [Math.min(best[0], alt[0]), Math.max(best[1], alt[1])] : alt;
  };
  for (let c of chunks(s)) {
    if (c === '|') {
      finish();
      alt = [0, 0];
      last = null;
      continue;
    }
    let repeat = false;
    if (c === '…' || c === '...') {
      if (last) {
        alt[1] = Infinity;
      }
      continue;
    }
    if (c.endsWith('…')) {
      repeat = true;
      c = c.slice(0, -1);
    }
    let item;
    if (c.startsWith('[') && closing(c) === c.length - 1) item = [0, countArgs(c.slice(1, -1))[1]];
    else item = [1, 1];
    if (repeat) item = [item[0], Infinity];
    alt = [alt[0] + item[0], alt[1] + item[1]];
    last = item;
  }
  finish();
  return best;
}

/**
 * One syntax line in a compact form the model parses: placeholders as `<name>`, literals as written, `[ ]` for
 * optional parts, `|` between alternatives and `…` for repetition (`proxy_cache_valid`: `[<code> …] <time>`).
 */
function syntaxShape(html) {
  const marked = html.replace(/<em>\s*<code>(.*?)<\/code>\s*<\/em>/g, '\u0001$1\u0002');
  return text(marked).replace(/\u0001/g, '<').replace(/\u0002/g, '>').replace(/\s+/g, ' ').trim();
}

function parseSyntax(lines) {
  let block = false;
  let min = Infinity;
  let max = 0;
  for (const raw of lines) {
    let s = text(raw).replace(/\s+/g, ' ').trim();
    if (s.includes('{...}')) {
      block = true;
      s = s.replace('{...}', ' ').trim();
    }
    const [a, b] = countArgs(s);
    min = Math.min(min, a);
    max = Math.max(max, b);
  }
  if (lines.length === 0) min = 0;
  return { block, min, max };
}

function versionFacts(description) {
  const t = text(description).replace(/\s+/g, ' ');
  const facts = {};
  const removed = /removed in version (\d+\.\d+\.\d+)/.exec(t);
  if (removed) facts.u = removed[1];
  const obsolete = /directive is obsolete since version (\d+\.\d+\.\d+)/.exec(t);
  if (obsolete) facts.o = obsolete[1];
  // "Prior to version 1.27.3, this directive was available only as part of our commercial subscription."
  const oss = /(?:prior to|before) version (\d+\.\d+\.\d+), this directive was available (?:only )?as part of our commercial subscription/i.exec(t);
  if (oss) facts.s = oss[1];
  const commercial = /This (?:directive|functionality) is available as part of our commercial subscription/.test(t);
  return { facts, commercial };
}

const started = performance.now();
const { getDirectives } = await import('@nginx/reference-lib');
const version = JSON.parse(readFileSync(pkgJson, 'utf8')).version;
const modules = [];
const directives = {};
const unknownContexts = new Set();

for (const d of getDirectives()) {
  const table = contextTable(d.module);
  let ctx = '';
  for (const c of d.contexts) {
    if (c === '') {
      ctx = ALL_PLACES; // `include` is accepted in every context
      continue;
    }
    const kinds = table[c];
    if (!kinds) {
      unknownContexts.add(`${d.module}: ${JSON.stringify(c)}`);
      continue;
    }
    for (const k of kinds) if (!ctx.includes(CODE[k])) ctx += CODE[k];
  }
  const { block, min: minArgs, max: maxArgs } = parseSyntax(d.syntax);
  const { facts, commercial } = versionFacts(d.description);
  let mod = modules.indexOf(d.module);
  if (mod < 0) mod = modules.push(d.module) - 1;
  let flags = 0;
  if (block || d.isBlock) flags |= 1;
  if ((commercial && !facts.s) || PLUS_MODULES.has(d.module)) flags |= 2;
  const dflt = text(d.default).replace(/\s+/g, ' ').trim();
  const row = [mod, ctx, dflt, flags, minArgs, maxArgs === Infinity ? -1 : maxArgs];
  const shapes = d.syntax.map(syntaxShape).filter(Boolean);
  if (shapes.length) facts.y = shapes;
  if (Object.keys(facts).length > 0) row.push(facts);
  (directives[d.name] ??= []).push(row);
}

if (unknownContexts.size > 0) {
  console.error(`gen-directives: unknown context names in @nginx/reference-lib ${version}: ${[...unknownContexts].join(', ')}`);
  process.exit(1);
}

const names = Object.keys(directives).sort();
for (const n of names) {
  if (!/^[\w-]+$/.test(n)) {
    console.error(`gen-directives: a directive name the table's lines cannot hold: ${JSON.stringify(n)}`);
    process.exit(1);
  }
}
// The rows are one string, each directive's JSON parsed only when the directive is first asked for (src/model/directives.ts):
// parsing the whole table was about a millisecond of every run, for a lint that asks for a few dozen names.
// Characters outside ASCII (an ellipsis or a dash in a syntax line) are \u escapes, which JSON.parse reads back: one
// such character would make V8 keep the whole table as a two-byte string, twice its size, in the start-up code cache.
const ascii = (json) => json.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const rows = `\n${names.map((n) => `${n}\t${ascii(JSON.stringify(directives[n]))}`).join('\n')}\n`;
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, [
  `// Generated by scripts/gen-directives.mjs from @nginx/reference-lib ${version}: do not edit.`,
  '/** The reference package and version the table was generated from. */',
  `export const SOURCE: string = ${JSON.stringify(`@nginx/reference-lib ${version}`)};`,
  '/** Module names, by the index a row gives. */',
  `export const MODULES: readonly string[] = ${JSON.stringify(modules)};`,
  '/** One line per directive, sorted by name: the name, a tab and the JSON of its rows; every line starts after an LF and ends with one. */',
  `export const ROWS: string = ${JSON.stringify(rows)};`,
  '',
].join('\n'));
console.log(`gen-directives: ${names.length} directives from @nginx/reference-lib ${version} in ${Math.round(performance.now() - started)} ms`);
