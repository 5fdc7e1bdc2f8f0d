// `nginx -t` on copies of configs written by others (rule fixtures, the real-world corpus), without touching the host:
//
// * Isolation: when `unshare` works, nginx -t runs in a fresh network namespace (its `listen` sockets, which
//   nginx -t really binds, are then private: `listen 80` binds nothing on this machine) and a mount namespace with
//   tmpfs over the distribution's default log/temp/cache dirs and, when needed, a private /etc/hosts that resolves
//   the config's upstream host names (docker-compose service names) to 127.0.0.1. Without namespaces, only configs
//   whose every listen is on 127.0.0.1/[::1] (and whose server blocks all have one) are tested; the rest are left out.
// * Sandboxing the copy: absolute paths nginx writes (logs, pid, lock, temp and cache paths) are moved into the
//   temp prefix; absolute includes are pointed at the copied project when it has the file, else the host's file is
//   copied in (so a fix can never write outside the temp dir); missing standard files (mime.types, *_params) come
//   from /etc/nginx; missing certificate/DH files are replaced with a throwaway pair when `openssl` is available.
// * Snippets: a file that is not a main config is tried inside http{}, server{} and location{} wrappers, in that
//   order, with the conf prefix (where relative includes resolve) at the file's dir, the project root, or a dir
//   holding an nginx.conf; it is tested in the first combination nginx accepts.
// Every nginx run is bounded (10 s) and killed by PID on timeout.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadModuleLines, moduleAvailable, nginxBin, nginxModulesDir, type NginxModule } from './harness.js';

export type Isolation = { kind: 'namespaces'; argv: string[] } | { kind: 'none'; why: string };

let isolationCache: Isolation | undefined;

/** How nginx -t can be kept off the host's network and default paths. */
export function isolation(): Isolation {
  if (isolationCache) return isolationCache;
  for (const flags of [['-m', '-n'], ['-r', '-m', '-n']]) {
    const r = spawnSync('unshare', [...flags, 'true'], { timeout: 5000, stdio: 'ignore' });
    if (r.status === 0) return (isolationCache = { kind: 'namespaces', argv: ['unshare', ...flags] });
  }
  return (isolationCache = { kind: 'none', why: 'unshare -mn / -rmn not permitted here' });
}

/** Dirs the distribution's nginx writes by default (access log, temp paths); covered with tmpfs inside the namespace. */
const DEFAULT_WRITE_DIRS = ['/var/log/nginx', '/var/lib/nginx', '/var/cache/nginx'];

export interface TestRun {
  ok: boolean;
  output: string;
}

/** Runs `nginx -t -p <prefix>/ -c <conf> -e stderr` (isolated when possible), bounded by timeoutMs. */
export function nginxT(conf: string, prefix: string, timeoutMs = 10_000): Promise<TestRun> {
  const iso = isolation();
  const nginxArgs = [nginxBin(), '-t', '-p', `${prefix}/`, '-c', conf, '-e', 'stderr'];
  let cmd: string;
  let args: string[];
  if (iso.kind === 'namespaces') {
    const mounts = DEFAULT_WRITE_DIRS.map((d) => `[ -d ${d} ] && mount -t tmpfs tmpfs ${d} 2>/dev/null;`).join(' ')
      // Host names of the config's upstreams (collected by prepareCase) resolve to 127.0.0.1 in here only.
      + ` [ -f ${prefix}/hosts ] && mount --bind ${prefix}/hosts /etc/hosts 2>/dev/null;`;
    cmd = iso.argv[0]!;
    // lo is down in a new network namespace: bring it up so 127.0.0.1 and [::1] can be bound.
    args = [...iso.argv.slice(1), 'sh', '-c', `ip link set lo up 2>/dev/null; ${mounts} exec "$0" "$@"`, ...nginxArgs];
  } else {
    cmd = nginxArgs[0]!;
    args = nginxArgs.slice(1);
  }
  return new Promise((resolve) => {
    const proc = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    proc.stdout?.setEncoding('utf8');
    proc.stderr?.setEncoding('utf8');
    proc.stdout?.on('data', (d: string) => { if (output.length < 65_536) output += d; });
    proc.stderr?.on('data', (d: string) => { if (output.length < 65_536) output += d; });
    const guard = setTimeout(() => {
      output += `\n(nginx -t killed after ${timeoutMs} ms)`;
      try { if (proc.pid) process.kill(proc.pid, 'SIGKILL'); } catch { /* gone */ }
    }, timeoutMs);
    proc.once('error', (e) => { clearTimeout(guard); resolve({ ok: false, output: `${output}spawn error: ${e.message}` }); });
    proc.once('close', (code) => { clearTimeout(guard); resolve({ ok: code === 0, output: output.split(`${prefix}/`).join('').split(prefix).join('<prefix>') }); });
  });
}

/** The first [emerg]/[alert] line of nginx -t output, without the timestamp and PID. */
export function firstError(output: string): string {
  const line = output.split('\n').find((l) => /\[(emerg|alert|crit)\]/.test(l)) ?? output.split('\n').find((l) => l.trim()) ?? '';
  return line.replace(/^.*?\[(emerg|alert|crit)\] \d+#\d+: /, '').trim();
}

// ---------------------------------------------------------------------------------------------------------------
// Certificates

let certCache: { cert: string; key: string } | null | undefined;

/** A throwaway self-signed pair (openssl), or null when openssl is missing. Removed by cleanupCerts(). */
export function throwawayCert(): { cert: string; key: string } | null {
  if (certCache !== undefined) return certCache;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sse-lint-cert-'));
  const cert = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  const r = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=localhost', '-days', '2', '-keyout', key, '-out', cert], { timeout: 20_000, stdio: 'ignore' });
  certCache = r.status === 0 && existsSync(cert) && existsSync(key) ? { cert, key } : null;
  if (!certCache) rmSync(dir, { recursive: true, force: true });
  return certCache;
}

let dhCache: string | null | undefined;

/** Throwaway DH parameters (openssl dhparam -dsaparam, fast), or null. */
export function throwawayDhparam(): string | null {
  if (dhCache !== undefined) return dhCache;
  const pair = throwawayCert();
  if (!pair) return (dhCache = null);
  const file = path.join(path.dirname(pair.cert), 'dhparam.pem');
  const r = spawnSync('openssl', ['dhparam', '-dsaparam', '-out', file, '2048'], { timeout: 30_000, stdio: 'ignore' });
  return (dhCache = r.status === 0 && existsSync(file) ? file : null);
}

export function cleanupCerts(): void {
  dhCache = undefined;
  if (certCache) rmSync(path.dirname(certCache.cert), { recursive: true, force: true });
  certCache = undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Sandboxing a copied tree

const WRITE_PATH_DIRECTIVES = [
  'access_log', 'error_log', 'pid', 'lock_file', 'client_body_temp_path', 'proxy_temp_path', 'fastcgi_temp_path',
  'uwsgi_temp_path', 'scgi_temp_path', 'proxy_cache_path', 'fastcgi_cache_path', 'uwsgi_cache_path', 'scgi_cache_path',
];
const CERT_DIRECTIVES = ['ssl_certificate', 'ssl_certificate_key', 'ssl_trusted_certificate', 'ssl_client_certificate', 'ssl_dhparam'];

/** What sandboxing changed in a tree (for the printed summary). */
export interface SandboxNotes {
  movedWrites: number;
  certsReplaced: number;
  includesMapped: number;
  hostFilesCopied: number;
  /** Upstream host names resolved to 127.0.0.1 through a private /etc/hosts (namespaces only). */
  hostsMapped: number;
}

/** Every regular file under dir (recursive). */
export function listFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((n) => {
    const p = path.join(dir, n);
    const st = statSync(p);
    return st.isDirectory() ? listFiles(p) : st.isFile() ? [p] : [];
  });
}

/** Every directory under dir, dir itself first. */
function listDirs(dir: string): string[] {
  return [dir, ...readdirSync(dir).sort().flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? listDirs(p) : [];
  })];
}

/**
 * An absolute include target inside the copied project: the longest path suffix (two components at least) that
 * exists under some directory of the copy (`/etc/nginx/conf.d/*.conf` -> `<copy>/docker/rootfs/etc/nginx/conf.d/*.conf`).
 */
function mapInclude(abs: string, root: string, dirs: readonly string[]): string | null {
  const parts = abs.split('/').filter(Boolean);
  for (let i = 0; i < parts.length - 1; i++) {
    const rel = path.join(...parts.slice(i));
    for (const d of dirs) {
      const candidate = path.join(d, rel);
      const probe = /[*?[]/.test(rel) ? path.dirname(candidate) : candidate;
      if (probe.startsWith(root + path.sep) && existsSync(probe)) return candidate;
    }
  }
  return null;
}

/** `*` and `?` of an include glob's last component as a RegExp (nginx globs do not recurse). */
function globRegExp(pattern: string): RegExp {
  const body = pattern.replace(/[.+^$(){}|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
  return new RegExp('^' + body + '$');
}

/**
 * Copies what an absolute include of a host path matches (one file, or the regular files of one directory that
 * match the glob; at most 200) under hostRoot, and returns the include path to use instead. Null when nothing exists.
 */
function copyHostInclude(p: string, hostRoot: string): { path: string; files: number } | null {
  const base = path.basename(p);
  if (!/[*?[]/.test(base)) {
    if (!existsSync(p) || !statSync(p).isFile()) return null;
    const dest = path.join(hostRoot, p);
    mkdirSync(path.dirname(dest), { recursive: true });
    cpSync(p, dest, { dereference: true });
    return { path: dest, files: 1 };
  }
  const dir = path.dirname(p);
  if (/[*?[]/.test(dir) || !existsSync(dir) || !statSync(dir).isDirectory()) return null;
  const re = globRegExp(base);
  const names = readdirSync(dir).filter((n) => re.test(n) && statSync(path.join(dir, n)).isFile()).slice(0, 200);
  const destDir = path.join(hostRoot, dir);
  mkdirSync(destDir, { recursive: true });
  for (const n of names) cpSync(path.join(dir, n), path.join(destDir, n), { dereference: true });
  return { path: path.join(destDir, base), files: names.length };
}

/**
 * Rewrites the copied files in place so that nginx -t writes only inside `prefix` and finds the project's own
 * absolute includes in the copy. Directive-aware enough for real configs: a directive starts a line or follows
 * `{`/`;`, and its first argument may be quoted.
 */
export function sandboxTree(root: string, prefix: string): SandboxNotes {
  const notes: SandboxNotes = { movedWrites: 0, certsReplaced: 0, includesMapped: 0, hostFilesCopied: 0, hostsMapped: 0 };
  const cert = throwawayCert();
  const dirs = listDirs(root);
  const hostRoot = path.join(root, '.host');
  const names = [...WRITE_PATH_DIRECTIVES, ...CERT_DIRECTIVES, 'include'].join('|');
  const re = new RegExp(`(^|[{;]|\\n)([ \\t]*)(${names})([ \\t]+)(["']?)(/[^\\s;"']*)`, 'g');
  const done = new Set<string>();
  // Host files pulled in by absolute includes are copied under .host/ and sandboxed in the next round.
  for (let round = 0; round < 4; round++) {
    const files = listFiles(root).filter((f) => !done.has(f));
    if (files.length === 0) break;
    for (const file of files) {
      done.add(file);
      const text = readFileSync(file, 'latin1');
      const next = text.replace(re, (all, lead: string, ws: string, name: string, sp: string, q: string, p: string) => {
        let replacement: string | null = null;
        if (p.startsWith(root + path.sep) || p.startsWith(prefix + path.sep)) return all;
        if (WRITE_PATH_DIRECTIVES.includes(name)) {
          replacement = path.join(prefix, 'abs', p);
          mkdirSync(p.endsWith('/') ? replacement : path.dirname(replacement), { recursive: true });
          notes.movedWrites++;
        } else if (CERT_DIRECTIVES.includes(name)) {
          const dh = name === 'ssl_dhparam' && !existsSync(p) ? throwawayDhparam() : null;
          if (dh) {
            replacement = dh;
            notes.certsReplaced++;
          } else if (name !== 'ssl_dhparam' && !existsSync(p) && cert) {
            replacement = name === 'ssl_certificate_key' ? cert.key : cert.cert;
            notes.certsReplaced++;
          }
        } else {
          const mapped = mapInclude(p, root, dirs);
          if (mapped) {
            replacement = mapped;
            notes.includesMapped++;
          } else {
            // A host file (e.g. /etc/nginx/mime.types): copy it, so a fix can never write outside the temp dir.
            const copied = copyHostInclude(p, hostRoot);
            if (copied) {
              replacement = copied.path;
              notes.hostFilesCopied += copied.files;
            }
          }
        }
        return replacement === null ? all : `${lead}${ws}${name}${sp}${q}${replacement}`;
      });
      // Host module snippets say `load_module modules/x.so` (relative to the distribution's prefix).
      const next2 = next.replace(/(^|\n)([ \t]*load_module[ \t]+)(modules\/[^\s;]+)/g, (all, lead: string, head: string, rel: string) => {
        const abs = path.join(nginxModulesDir(), path.basename(rel));
        return existsSync(abs) ? `${lead}${head}${abs}` : all;
      });
      if (next2 !== text) writeFileSync(file, next2, 'latin1');
    }
  }
  return notes;
}

/** Files every nginx package ships next to nginx.conf; a copy that includes one it lacks gets the host's. */
const STANDARD_FILES = ['mime.types', 'fastcgi_params', 'fastcgi.conf', 'proxy_params', 'scgi_params', 'uwsgi_params', 'koi-utf', 'koi-win', 'win-utf'];

/** Copies the host's standard files (from /etc/nginx) where relative includes of the tree expect them under confDir. */
export function supplyStandardFiles(root: string, confDir: string): number {
  let n = 0;
  for (const file of listFiles(root)) {
    const text = readFileSync(file, 'latin1');
    for (const m of text.matchAll(/(?:^|[{;\n])[ \t]*include[ \t]+["']?([^\s;"'/][^\s;"']*)/g)) {
      const rel = m[1] ?? '';
      const target = path.join(confDir, rel);
      const host = path.join('/etc/nginx', path.basename(rel));
      if (STANDARD_FILES.includes(path.basename(rel)) && !existsSync(target) && existsSync(host) && target.startsWith(root + path.sep)) {
        mkdirSync(path.dirname(target), { recursive: true });
        cpSync(host, target, { dereference: true });
        n++;
      }
    }
  }
  return n;
}

/** Absolute include paths left pointing outside the temp dir (a fix could otherwise write there). */
export function outsideIncludes(root: string, tmp: string): string[] {
  const out: string[] = [];
  for (const file of listFiles(root)) {
    const text = readFileSync(file, 'latin1');
    for (const m of text.matchAll(/(?:^|[{;\n])[ \t]*include[ \t]+["']?(\/[^\s;"']*)/g)) {
      const p = m[1] ?? '';
      if (!p.startsWith(tmp + path.sep)) out.push(p);
    }
  }
  return out;
}

/** Modules a tree needs loaded (and that are installed), unless it loads modules itself. */
export function neededModules(root: string): NginxModule[] {
  const texts = listFiles(root).map((f) => readFileSync(f, 'latin1')).join('\n');
  if (/^\s*load_module\s|modules-enabled/m.test(texts)) return [];
  const out: NginxModule[] = [];
  if (/\bmore_(set|clear)_(input_)?headers\b/.test(texts) && moduleAvailable('headers-more')) out.push('headers-more');
  if (/\b\w+_by_lua(_block|_file)?\b|^\s*lua_\w+\s/m.test(texts) && moduleAvailable('lua')) out.push('lua');
  return out;
}

/** `listen` lines that would bind a non-loopback address, and server blocks without listen (`*:80`), by a rough scan. */
export function nonLoopbackListens(root: string): string[] {
  const bad: string[] = [];
  for (const file of listFiles(root)) {
    const text = readFileSync(file, 'latin1').replace(/#[^\n]*/g, '');
    for (const m of text.matchAll(/(?:^|[{;\s])listen\s+([^\s;]+)/g)) {
      const a = m[1] ?? '';
      if (!/^(127\.\d+\.\d+\.\d+(:\d+)?|\[::1\](:\d+)?|unix:|localhost:\d+)$/.test(a)) bad.push(`listen ${a}`);
    }
    const servers = (text.match(/(?:^|[{;\s])server\s*\{/g) ?? []).length;
    const listens = (text.match(/(?:^|[{;\s])listen\s/g) ?? []).length;
    if (servers > 0 && listens === 0) bad.push('server{} without listen');
  }
  return bad;
}

// ---------------------------------------------------------------------------------------------------------------
// Contexts for snippets

export type Wrap = 'main' | 'http' | 'server' | 'location';
export const WRAPS: readonly Wrap[] = ['main', 'http', 'server', 'location'];

/** The text of a wrapper config that includes `entry` in the given context. */
export function wrapperText(entry: string, wrap: Wrap, modules: readonly NginxModule[], listenPort: number): string {
  const mods = modules.length ? `${loadModuleLines(modules)}\n` : '';
  const inc = `include ${entry};`;
  switch (wrap) {
    case 'main': return `${mods}${inc}\n`;
    case 'http': return `${mods}events {}\nhttp {\n    ${inc}\n}\n`;
    case 'server': return `${mods}events {}\nhttp {\n    server {\n        listen 127.0.0.1:${listenPort};\n        ${inc}\n    }\n}\n`;
    case 'location': return `${mods}events {}\nhttp {\n    server {\n        listen 127.0.0.1:${listenPort};\n        location / {\n            ${inc}\n        }\n    }\n}\n`;
  }
}

/** nginx's complaint means "try the next, deeper context". */
export function wrongContext(output: string): boolean {
  return /is not allowed here|no "events" section in configuration|unexpected end of file, expecting/.test(firstError(output));
}

/** Why nginx -t rejected an original, in a few words (for the left-out summary). */
export function classify(output: string): string {
  const e = firstError(output);
  if (/unknown directive "(http2|add_header_inherit)"|invalid value "2" in "proxy_http_version"|invalid value "0" in "keepalive"|invalid parameter "resolve"/.test(e)) return 'syntax newer than nginx 1.22.1';
  if (/\$\{|\{\{|\{\*|unexpected "[{}]"|directive "\S+" has no opening|invalid number of arguments|directive invalid value|invalid (number|value|parameter|port|host)/.test(e)) return 'template placeholders / invalid values';
  if (/unknown ".*" variable|unknown log format|zero size shared memory zone|unknown .*zone|zone ".*" is unknown/.test(e)) return 'needs definitions from the config that includes it (log_format, map, zones)';
  if (/certificate|ssl_dhparam|BIO_new_file|PEM_read|\.pem|\.crt|\.key"/.test(e)) return 'certificates';
  if (/host not found|could not be resolved|no resolver/.test(e)) return 'DNS (host names)';
  if (/getpwnam|getgrnam/.test(e)) return 'users/groups';
  if (/unknown directive|dlopen|module/.test(e)) return 'modules not installed';
  if (/open\(\) ".*" failed|No such file or directory|opendir/.test(e)) return 'included or referenced files not there';
  if (/is not allowed here|no "events" section|unexpected end of file/.test(e)) return 'no nginx context accepts it';
  if (/bind\(\)|Address already in use/.test(e)) return 'bind() failed';
  return 'other';
}

// ---------------------------------------------------------------------------------------------------------------
// One case: copy, sandbox, find the context, and hand back a way to re-test after a fix

export interface PreparedCase {
  /** temp dir holding the copy (`copy/`) and the nginx prefix (`prefix/`) */
  tmp: string;
  root: string;
  entry: string;
  prefix: string;
  modules: NginxModule[];
  notes: SandboxNotes;
  /** The context nginx accepted the original in, or null when it accepted none. */
  wrap: Wrap | null;
  /** nginx's conf prefix for the test (relative includes resolve against it): pass it to sse-lint as --prefix. */
  confDir: string;
  wrapper: string;
  /** When wrap is null: why (classified) and nginx's first error. */
  leftOut?: { reason: string; error: string };
  test(): Promise<TestRun>;
  dispose(): void;
}

/**
 * Copies `srcRoot` (a file's project dir or a fixture case) to a temp dir, sandboxes it and finds the first context
 * nginx -t accepts `relEntry` in. `listenPort` is used by the server/location wrappers.
 */
export async function prepareCase(srcRoot: string, relEntry: string, opts: { listenPort?: number; filter?: (src: string) => boolean } = {}): Promise<PreparedCase> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'sse-lint-nginx-t-'));
  const root = path.join(tmp, 'copy');
  const prefix = path.join(tmp, 'prefix');
  mkdirSync(prefix, { recursive: true });
  if (statSync(srcRoot).isDirectory()) cpSync(srcRoot, root, { recursive: true, ...(opts.filter ? { filter: opts.filter } : {}) });
  else { mkdirSync(root, { recursive: true }); cpSync(srcRoot, path.join(root, relEntry)); }
  const entry = path.join(root, relEntry);
  const notes = sandboxTree(root, prefix);
  const modules = neededModules(root);
  const port = opts.listenPort ?? 8999;
  const prepared: PreparedCase = {
    tmp, root, entry, prefix, modules, notes, wrap: null, confDir: path.dirname(entry), wrapper: '', test: () => nginxT(prepared.wrapper, prefix),
    dispose: () => { if (process.env['SSE_E2E_KEEP'] !== '1') rmSync(tmp, { recursive: true, force: true }); },
  };
  if (isolation().kind === 'none') {
    const bad = nonLoopbackListens(root);
    if (bad.length) {
      prepared.leftOut = { reason: 'would bind non-loopback addresses (no network namespace)', error: bad.slice(0, 3).join(', ') };
      return prepared;
    }
  }
  // Relative includes resolve against the directory of the main config (nginx's conf prefix). For a snippet that is
  // not its own directory: try the entry's directory, the copy's root, then every directory holding an nginx.conf.
  const confDirs = [...new Set([path.dirname(entry), root, ...listFiles(root).filter((f) => path.basename(f) === 'nginx.conf').map((f) => path.dirname(f))])];
  let first: TestRun | null = null;
  let deepest: TestRun | null = null;
  const hosts = new Set<string>();
  for (const confDir of confDirs) {
    // Not matching `*.conf`/`*` globs of the copied files: a dot-name with its own extension.
    const wrapper = path.join(confDir, '.sse-lint-wrapper.nginx');
    notes.hostFilesCopied += supplyStandardFiles(root, confDir);
    let last: TestRun = { ok: false, output: '' };
    for (let k = 0; k < WRAPS.length; k++) {
      const wrap = WRAPS[k]!;
      writeFileSync(wrapper, wrapperText(entry, wrap, modules, port));
      last = await nginxT(wrapper, prefix);
      // Upstream host names (docker-compose service names and the like): map them to 127.0.0.1 and try again.
      const host = /host not found in upstream "([^":/\s]+)/.exec(firstError(last.output))?.[1];
      if (!last.ok && host && isolation().kind === 'namespaces' && !hosts.has(host) && hosts.size < 16) {
        hosts.add(host);
        writeFileSync(path.join(prefix, 'hosts'), `127.0.0.1 localhost ${[...hosts].join(' ')}\n::1 localhost\n`);
        notes.hostsMapped = hosts.size;
        k--;
        continue;
      }
      if (last.ok) {
        Object.assign(prepared, { wrap, wrapper, confDir });
        return prepared;
      }
      if (!wrongContext(last.output)) break;
    }
    rmSync(wrapper, { force: true });
    first ??= last;
    const missingFile = /open\(\) ".*" failed/.test(firstError(last.output));
    if (!missingFile) deepest ??= last;
    // Another conf prefix only helps when a relative include was not found.
    if (!missingFile) break;
  }
  first = deepest ?? first;
  const out = first?.output ?? '';
  prepared.leftOut = { reason: classify(out), error: firstError(out) };
  return prepared;
}
