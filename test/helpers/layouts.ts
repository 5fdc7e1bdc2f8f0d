// Installed layouts (1Panel v1 and v2, OpenResty, Nginx Proxy Manager, APISIX, Debian) built in a temp folder from
// the real templates in ../shared/corpus/real-world/, rendered the way each product renders them, and laid out where
// each product puts them. Sources and licences (see the corpus MANIFEST.md): 1Panel-dev/1Panel and
// 1Panel-dev/appstore (GPL-3.0), NginxProxyManager/nginx-proxy-manager (MIT), apache/apisix (Apache-2.0),
// debian nginx-common (BSD-2-Clause), openresty/docker-openresty (BSD-2-Clause), Mintplex-Labs/anything-llm (MIT),
// Chanzhaoyu/chatgpt-web (MIT). Each built tree gets a NOTICE naming them. Nothing from the corpus is committed.
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { sharedDir } from './shared.js';

export const corpus = path.join(sharedDir, 'corpus', 'real-world');
const read = (rel: string): string => readFileSync(path.join(corpus, rel), 'utf8');

function put(file: string, text: string): string {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** Debian's mime.types as nginx-common installs it (CI installs nginx); a one-line table where it is missing. */
function mimeTypes(): string {
  return existsSync('/etc/nginx/mime.types') ? readFileSync('/etc/nginx/mime.types', 'utf8') : 'types {\n    text/html html;\n}\n';
}

function notice(root: string, sources: string[]): void {
  put(path.join(root, 'NOTICE'), `Built for sse-lint's tests from these files of ../shared/corpus/real-world (licences in its MANIFEST.md):\n${sources.map((s) => `  ${s}`).join('\n')}\n`);
}

// ---------------------------------------------------------------------------------------------------------- 1Panel

const APPSTORE = '1Panel-dev__appstore/apps/openresty/1.31.1.1-0-noble';
const PANEL = '1Panel-dev__1Panel/agent/cmd/server/nginx_conf';

/** A 1Panel site: its alias (= primary domain), its backend port, and whether someone hand-edited `proxy_buffering off`. */
export interface PanelSite {
  alias: string;
  port: number;
  unbuffered?: boolean;
}

/**
 * The site file 1Panel writes for a reverse-proxy site (website_default.conf as configDefaultNginx edits it): the
 * server name and logs of the site, its proxy folder included, its index folder as root.
 */
function panelSiteConf(site: PanelSite): string {
  return read(`${PANEL}/website_default.conf`)
    .replace('server_name ko.wp-1.com;', `server_name ${site.alias};`)
    .replace(/\/www\/sites\/domain\/log\//g, `/www/sites/${site.alias}/log/`)
    .replace(/\n}\s*$/, `\n    include /www/sites/${site.alias}/proxy/*.conf;\n    root /www/sites/${site.alias}/index;\n}\n`);
}

/** proxy/root.conf as createProxyFile writes it: the proxy template's location moved to `^~ /`, pointing at the app. */
function panelProxyConf(site: PanelSite): string {
  let text = read(`${PANEL}/proxy.conf`)
    .replace('location ^~ /test {', 'location ^~ / {')
    .replace('proxy_pass http://1panel.cloud/;', `proxy_pass http://127.0.0.1:${site.port};`);
  // The hand edit users make for streaming apps (the case the preset must not flag).
  if (site.unbuffered) text = text.replace('    proxy_http_version 1.1;\n', '    proxy_http_version 1.1;\n    proxy_buffering off;\n');
  return text;
}

export interface PanelLayout {
  /** The install root (`/opt/1panel`). */
  root: string;
  /** The OpenResty app folder (`/opt/1panel/apps/openresty/openresty`). */
  app: string;
  /** Where site files are: v1 `app/conf/conf.d`, v2 `root/www/conf.d`. */
  confD: string;
  /** Where site folders are: v1 `app/www/sites`, v2 `root/www/sites`. */
  sites: string;
}

/**
 * A 1Panel install under `root` (as `/opt/1panel`). v2 keeps sites in the website folder `root/www` (WEBSITE_DIR),
 * v1 in the app folder; the app folder holds conf/, 1pwaf/, docker-compose.yml and .env as 1Panel installs them.
 */
export function build1Panel(root: string, version: 'v1' | 'v2', sites: PanelSite[]): PanelLayout {
  const app = path.join(root, 'apps', 'openresty', 'openresty');
  const www = version === 'v2' ? path.join(root, 'www') : path.join(app, 'www');
  const confD = version === 'v2' ? path.join(www, 'conf.d') : path.join(app, 'conf', 'conf.d');
  put(path.join(app, 'conf', 'nginx.conf'), read(`${APPSTORE}/conf/nginx.conf`));
  put(path.join(app, 'conf', 'mime.types'), mimeTypes());
  put(path.join(app, 'conf', 'default', '00.default.conf'), read(`${APPSTORE}/conf/default/00.default.conf`));
  put(path.join(app, 'conf', 'default', 'default.conf'), read(`${APPSTORE}/conf/default/default.conf`));
  put(path.join(app, 'conf', 'ssl', 'root_ssl.conf'), read(`${APPSTORE}/conf/ssl/root_ssl.conf`));
  mkdirSync(path.join(app, 'conf', 'modules-enabled'), { recursive: true });
  put(path.join(app, '1pwaf', 'data', 'conf', 'waf.conf'), read(`${APPSTORE}/1pwaf/data/conf/waf.conf`));
  // What the app's compose file and .env record (the image tag carries the OpenResty version).
  const tag = version === 'v2' ? '1.27.1.1-1-focal' : '1.21.4.3-3-3-focal';
  const volumes = version === 'v2'
    ? ['./conf/nginx.conf:/usr/local/openresty/nginx/conf/nginx.conf', './conf/default:/usr/local/openresty/nginx/conf/default/', './1pwaf/data:/usr/local/openresty/1pwaf/data', '${WEBSITE_DIR}:/www', '${WEBSITE_DIR}/conf.d:/usr/local/openresty/nginx/conf/conf.d/']
    : ['./conf/nginx.conf:/usr/local/openresty/nginx/conf/nginx.conf', './conf/conf.d:/usr/local/openresty/nginx/conf/conf.d/', './www:/www', './1pwaf/data:/usr/local/openresty/1pwaf/data'];
  put(path.join(app, 'docker-compose.yml'), `services:\n  openresty:\n    image: 1panel/openresty:${tag}\n    network_mode: host\n    volumes:\n${volumes.map((v) => `      - ${v}\n`).join('')}`);
  put(path.join(app, '.env'), version === 'v2' ? `CONTAINER_NAME=1Panel-openresty\nWEBSITE_DIR=${www}\n` : 'CONTAINER_NAME=1Panel-openresty\n');
  for (const s of sites) {
    put(path.join(confD, `${s.alias}.conf`), panelSiteConf(s));
    put(path.join(www, 'sites', s.alias, 'proxy', 'root.conf'), panelProxyConf(s));
    mkdirSync(path.join(www, 'sites', s.alias, 'log'), { recursive: true });
  }
  notice(root, [`${APPSTORE}/conf/...`, `${APPSTORE}/1pwaf/data/conf/waf.conf`, `${PANEL}/website_default.conf`, `${PANEL}/proxy.conf`, '/etc/nginx/mime.types (Debian nginx-common)']);
  return { root, app, confD, sites: path.join(www, 'sites') };
}

// ------------------------------------------------------------------------------------------------------- OpenResty

/** The official OpenResty image as installed: /usr/local/openresty/nginx/conf/nginx.conf including /etc/nginx/conf.d. */
export function buildOpenResty(root: string): { base: string; site: string } {
  const base = path.join(root, 'usr', 'local', 'openresty');
  put(path.join(base, 'nginx', 'conf', 'nginx.conf'), read('openresty__docker-openresty/nginx.conf'));
  put(path.join(base, 'nginx', 'conf', 'mime.types'), mimeTypes());
  mkdirSync(path.join(base, 'lualib'), { recursive: true });
  put(path.join(root, 'etc', 'nginx', 'conf.d', 'default.conf'), read('openresty__docker-openresty/nginx.vh.default.conf'));
  const site = put(path.join(root, 'etc', 'nginx', 'conf.d', 'anything-llm.conf'), read('Mintplex-Labs__anything-llm/BARE_METAL.md.nginx-snippet-1.conf'));
  notice(root, ['openresty__docker-openresty/nginx.conf', 'openresty__docker-openresty/nginx.vh.default.conf', 'Mintplex-Labs__anything-llm/BARE_METAL.md.nginx-snippet-1.conf']);
  return { base, site };
}

// ---------------------------------------------------------------------------------------------------------- Debian

/** Debian's /etc/nginx from nginx-common, with two sites enabled by symlinks into sites-available. */
export function buildDebian(root: string): string {
  const etc = path.join(root, 'etc', 'nginx');
  for (const f of ['nginx.conf', 'proxy_params', 'sites-available/default']) put(path.join(etc, f), read(`debian__nginx-common/etc/nginx/${f}`));
  put(path.join(etc, 'mime.types'), mimeTypes());
  put(path.join(etc, 'sites-available', 'chat'), read('Chanzhaoyu__chatgpt-web/docker-compose/nginx/nginx.conf'));
  put(path.join(etc, 'sites-available', 'llm'), read('Mintplex-Labs__anything-llm/BARE_METAL.md.nginx-snippet-1.conf'));
  mkdirSync(path.join(etc, 'sites-enabled'), { recursive: true });
  mkdirSync(path.join(etc, 'conf.d'), { recursive: true });
  mkdirSync(path.join(etc, 'snippets'), { recursive: true });
  mkdirSync(path.join(etc, 'modules-enabled'), { recursive: true });
  for (const s of ['default', 'chat', 'llm']) symlinkSync(`../sites-available/${s}`, path.join(etc, 'sites-enabled', s));
  notice(root, ['debian__nginx-common/etc/nginx/{nginx.conf,proxy_params,sites-available/default}', 'Chanzhaoyu__chatgpt-web/docker-compose/nginx/nginx.conf', 'Mintplex-Labs__anything-llm/BARE_METAL.md.nginx-snippet-1.conf']);
  return etc;
}

// --------------------------------------------------------------------------------------------- Nginx Proxy Manager

const NPM = 'NginxProxyManager__nginx-proxy-manager';

type Vars = Record<string, unknown>;

/** A Liquid condition as NPM's templates write them: `a == 1 or a == true`, `a and b > 0`, `a`. */
function liquidTest(expr: string, vars: Vars): boolean {
  return expr.split(/\s+or\s+/).some((alt) => alt.split(/\s+and\s+/).every((term) => {
    const m = /^(\w+)\s*(==|>)\s*(\S+)$/.exec(term.trim());
    if (!m) return !!vars[term.trim()];
    const v = vars[m[1]!];
    const rhs = m[3] === 'true' ? true : m[3] === 'false' ? false : Number(m[3]);
    return m[2] === '==' ? v === rhs : Number(v) > Number(rhs);
  }));
}

/** Renders the Liquid subset NPM's host templates use: if/endif, includes of partials, `{{ var }}`. */
function renderLiquid(text: string, vars: Vars, partials: Record<string, string>): string {
  let out = text.replace(/\{% include "([^"]+)" %\}/g, (_, name: string) => renderLiquid(partials[name] ?? '', vars, partials));
  // Innermost if-blocks first, until none is left.
  const block = /\{% if ([^%]+?) -?%\}((?:(?!\{% if )[\s\S])*?)\{% endif %\}/;
  for (let m = block.exec(out); m; m = block.exec(out)) out = out.slice(0, m.index) + (liquidTest(m[1]!, vars) ? m[2]! : '') + out.slice(m.index + m[0].length);
  return out.replace(/\{\{ (\w+) \}\}/g, (_, k: string) => String(vars[k] ?? ''));
}

/**
 * Nginx Proxy Manager as its container runs it: the image's /etc/nginx (with two small stand-ins for include files
 * the corpus lacks) and one generated proxy host with a custom `/api/events` location, under `root` as `/`. With
 * `imageCopy: false`, only the host's `data` folder is laid out (what a user has outside the container).
 */
export function buildNpm(root: string, options: { imageCopy?: boolean } = {}): { data: string; host: string } {
  const data = path.join(root, 'data');
  if (options.imageCopy !== false) {
    const etc = path.join(root, 'etc', 'nginx');
    const rootfs = `${NPM}/docker/rootfs/etc/nginx`;
    for (const f of ['nginx.conf', 'conf.d/default.conf', 'conf.d/include/proxy.conf', 'conf.d/include/assets.conf', 'conf.d/include/block-exploits.conf', 'conf.d/include/force-ssl.conf']) {
      put(path.join(etc, f), read(`${rootfs}/${f}`));
    }
    put(path.join(etc, 'mime.types'), mimeTypes());
    // Stand-ins: the corpus lacks these image files; default.conf and the access logs need them to load.
    put(path.join(etc, 'conf.d', 'include', 'letsencrypt-acme-challenge.conf'), 'location ^~ /.well-known/acme-challenge/ {\n\tdefault_type "text/plain";\n}\n');
    put(path.join(etc, 'conf.d', 'include', 'ssl-ciphers.conf'), 'ssl_protocols TLSv1.2 TLSv1.3;\n');
    put(path.join(etc, 'conf.d', 'include', 'log-proxy.conf'), "log_format proxy '$remote_addr [$time_local] $status \"$request\"';\nlog_format standard '$remote_addr [$time_local] $status \"$request\"';\n");
    mkdirSync(path.join(etc, 'modules'), { recursive: true });
  }
  const partials: Record<string, string> = {
    '_hsts.conf': read(`${NPM}/backend/templates/_hsts.conf`),
    '_location.conf': read(`${NPM}/backend/templates/_location.conf`),
    '_exploits.conf': '{% if block_exploits == 1 or block_exploits == true %}\n  include conf.d/include/block-exploits.conf;\n{% endif %}',
    '_assets.conf': '',
    '_listen.conf': '  listen 80;\n  listen [::]:80;\n\n  server_name {{ domain_names }};\n',
  };
  const host = { forward_scheme: 'http', forward_host: '127.0.0.1', forward_port: 8080, forward_path: '', id: 1, enabled: true, use_default_location: true, allow_websocket_upgrade: 1, block_exploits: 1, domain_names: 'chat.example.com', advanced_config: '', certificate: false, certificate_id: 0 };
  const location = renderLiquid(read(`${NPM}/backend/templates/_location.conf`), { ...host, path: '/api/events', advanced_config: '' }, partials);
  const file = put(path.join(data, 'nginx', 'proxy_host', '1.conf'), renderLiquid(read(`${NPM}/backend/templates/proxy_host.conf`), { ...host, locations: location }, partials));
  for (const d of ['default_host', 'redirection_host', 'dead_host', 'temp', 'stream', 'custom']) mkdirSync(path.join(data, 'nginx', d), { recursive: true });
  mkdirSync(path.join(data, 'logs'), { recursive: true });
  notice(root, [`${NPM}/docker/rootfs/etc/nginx/...`, `${NPM}/backend/templates/{proxy_host,_location,_hsts}.conf`, '/etc/nginx/mime.types (Debian nginx-common)']);
  return { data, host: file };
}

// ---------------------------------------------------------------------------------------------------------- APISIX

/**
 * The nginx.conf APISIX generates (apisix/cli/ngx_tpl.lua rendered by lua-resty-template) for a default HTTP-only
 * gateway: `{% %}` Lua control lines and `{* *}` expressions are evaluated against the values below, with Lua
 * semantics for what is true (only nil and false are false).
 */
export function renderApisix(vars: Vars): string {
  const tpl = read('apache__apisix/apisix/cli/ngx_tpl.lua.extracted-template.conf');
  const js = (e: string): string => e.replace(/~=/g, '!=').replace(/\bnil\b/g, 'undefined').replace(/\bnot\s+/g, '!')
    .replace(/\band\b/g, '&&').replace(/\bor\b/g, '||');
  const evaluate = (e: string, scope: Vars): unknown => {
    const proxy = new Proxy(scope, { has: () => true, get: (t, k) => (typeof k === 'string' ? t[k] : undefined) });
    try {
      return (new Function('s', `with (s) { return (${js(e)}); }`) as (s: unknown) => unknown)(proxy);
    } catch {
      return undefined;
    }
  };
  type Node = { text: string } | { expr: string } | { branches: { cond: string | null; body: Node[] }[] } | { loop: string[]; over: string; pairs: boolean; body: Node[] };
  const tokens = tpl.split(/(\{%[\s\S]*?%\}|\{\*[\s\S]*?\*\})/);
  let k = 0;
  const parse = (): Node[] => {
    const out: Node[] = [];
    while (k < tokens.length) {
      const tok = tokens[k++]!;
      const ctl = /^\{%\s*([\s\S]*?)\s*%\}$/.exec(tok);
      const ex = /^\{\*\s*([\s\S]*?)\s*\*\}$/.exec(tok);
      if (ex) out.push({ expr: ex[1]! });
      else if (!ctl) out.push({ text: tok });
      else {
        const code = ctl[1]!;
        let m: RegExpExecArray | null;
        if ((m = /^if (.*) then$/.exec(code))) {
          const node = { branches: [{ cond: m[1]! as string | null, body: [] as Node[] }] };
          for (;;) {
            const body = parse();
            node.branches[node.branches.length - 1]!.body = body;
            const stop = /^\{%\s*([\s\S]*?)\s*%\}$/.exec(tokens[k - 1] ?? '')?.[1] ?? 'end';
            const el = /^elseif (.*) then$/.exec(stop);
            if (el) node.branches.push({ cond: el[1]!, body: [] });
            else if (stop === 'else') node.branches.push({ cond: null, body: [] });
            else break;
          }
          out.push(node);
        } else if ((m = /^for ([\w, ]+) in (i?pairs)\((.*)\) do$/.exec(code))) {
          out.push({ loop: m[1]!.split(',').map((v) => v.trim()), over: m[3]!, pairs: m[2] === 'pairs', body: parse() });
        } else return out; // end, else, elseif: the caller reads which from tokens[k - 1]
      }
    }
    return out;
  };
  const render = (nodes: Node[], scope: Vars): string => nodes.map((n) => {
    if ('text' in n) return n.text;
    if ('expr' in n) return String(evaluate(n.expr, scope) ?? '');
    if ('branches' in n) {
      const b = n.branches.find((x) => x.cond === null || !!evaluate(x.cond, scope));
      return b ? render(b.body, scope) : '';
    }
    const over = evaluate(n.over, scope) as Record<string, unknown> | unknown[] | undefined;
    const entries = Array.isArray(over) ? over.map((v, i) => [i + 1, v] as const) : Object.entries(over ?? {});
    return entries.map(([key, value]) => render(n.body, Object.assign(Object.create(scope) as Vars, { [n.loop[0]!]: key, [n.loop[1] ?? '_']: value }))).join('');
  }).join('');
  return render(parse(), vars);
}

/** APISIX as installed: /usr/local/apisix with conf/config.yaml and the conf/nginx.conf it generated. */
export function buildApisix(root: string): string {
  const base = path.join(root, 'usr', 'local', 'apisix');
  const dict = new Proxy({}, { get: () => '10m' });
  const vars: Vars = {
    apisix_lua_home: base, lua_path: '', lua_cpath: '', extra_lua_path: '', extra_lua_cpath: '', error_log: 'logs/error.log', error_log_level: 'warn',
    worker_processes: 'auto', worker_rlimit_nofile: 20480, worker_rlimit_core: '16G', worker_shutdown_timeout: '240s', resolver_timeout: 5,
    status_server_addr: '127.0.0.1:7085', dubbo_upstream_multiplex_count: 32, enable_http: true, use_apisix_base: false,
    node_listen: [{ ip: '0.0.0.0', port: 9080 }], dns_resolver: ['127.0.0.53'], dns_resolver_valid: 30, enable_ipv6: false, enable_reuseport: true,
    event: { worker_connections: 10620 }, os_name: 'Linux',
    http: {
      lua_shared_dict: dict, access_log: 'logs/access.log', access_log_format: '$remote_addr - [$time_local] "$request" $status', access_log_format_escape: 'default',
      keepalive_timeout: '60s', client_header_timeout: '60s', client_body_timeout: '60s', send_timeout: '10s', client_max_body_size: 0,
      variables_hash_max_size: 2048, charset: 'utf-8', upstream: { keepalive: 320, keepalive_requests: 1000, keepalive_timeout: '60s' },
      enable_access_log: true,
    },
    meta: { lua_shared_dict: dict }, stream: { lua_shared_dict: dict }, ssl: { enable: false }, enabled_plugins: {}, enabled_stream_plugins: {},
    enabled_discoveries: {}, proxy_cache: { zones: [] }, admin_server_addr: '127.0.0.1:9180', control_server_addr: '127.0.0.1:9090',
  };
  put(path.join(base, 'conf', 'config.yaml'), 'deployment:\n  role: traditional\n');
  const conf = put(path.join(base, 'conf', 'nginx.conf'), renderApisix(vars));
  put(path.join(base, 'conf', 'mime.types'), mimeTypes());
  notice(root, ['apache__apisix/apisix/cli/ngx_tpl.lua.extracted-template.conf (rendered)']);
  return conf;
}

