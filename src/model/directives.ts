// Directive facts: where each directive is allowed, its default, how it merges and repeats, and which versions have it.
import { MODULES, ROWS, SOURCE } from '../generated/directive-table.js';
import type { DefaultBasis } from '../types.js';

/** A place where nginx parses directives, as the directive tables see it. */
export type DirectiveContext =
  | 'main' | 'events' | 'http' | 'server' | 'location'
  /** `if` inside a location (nginx "if in location"). */
  | 'if'
  /** `if` directly inside a server. */
  | 'server-if'
  | 'limit_except' | 'upstream'
  | 'stream' | 'stream-server' | 'stream-upstream'
  | 'mail' | 'mail-server'
  | 'acme_issuer' | 'oidc_provider' | 'mgmt';

/** Blocks whose body is data (`map`, `types`, ...) or that no table describes; no directive check applies inside. */
export type OpaqueContext = 'map' | 'geo' | 'types' | 'split_clients' | 'charset_map' | 'match' | 'other';

/**
 * How a value set at an outer level reaches an inner one.
 * - `ordinary`: inherited only when the inner level sets nothing.
 * - `replace-list`: lines form a list; one line at the inner level drops the whole inherited list.
 * - `bitmask`: lines at one level are OR-ed; an inner level that sets any value replaces the outer set.
 * - `accumulate`: the outer level's lines are prepended to the inner level's (headers-more).
 * - `none`: never inherited; each level runs its own (rewrite-module statements).
 */
export type MergeKind = 'ordinary' | 'replace-list' | 'bitmask' | 'accumulate' | 'none';

/** Where a directive comes from: the official reference, OpenResty's bundled modules, or another third-party module. */
export type DirectiveSource = 'nginx' | 'openresty' | 'third-party';

/** Number of arguments the documented syntax allows; `max` is `Infinity` for open-ended lists. */
export interface ArgCount {
  min: number;
  max: number;
}

/** One module's definition of a directive name (`proxy_pass` exists in http and in stream). */
export interface DirectiveVariant {
  module: string;
  contexts: readonly DirectiveContext[];
  /** Default as documented for the newest nginx ('' when there is none); use `defaultFor` for a given version. */
  default: string;
  /** Takes a `{ ... }` block. */
  block: boolean;
  args: ArgCount;
  /** Only NGINX Plus has it. */
  commercial: boolean;
  /** First open-source nginx version that has it, when known. */
  since?: string;
  /** First nginx version that no longer has it. */
  until?: string;
  /** Still accepted, with an "obsolete" warning, from this version on. */
  obsoleteSince?: string;
  /**
   * The documented syntax lines in a compact form: placeholders as `<name>`, literals as written, `[ ]` optional,
   * `|` alternatives, `…` repetition (`[<code> …] <time>`). Empty for directives only the curated tables know.
   */
  syntax: readonly string[];
}

/** Everything known about a directive name. Scalar fields come from the variant chosen by `directiveInfo`. */
export interface DirectiveInfo extends DirectiveVariant {
  name: string;
  source: DirectiveSource;
  /** Every context any variant allows. */
  contexts: readonly DirectiveContext[];
  merge: MergeKind;
  /** Directives of one group share one list (`allow` and `deny`): a line of either drops the inherited list of both. */
  mergeGroup?: string;
  /** nginx accepts the directive more than once in one block. */
  allowsDuplicates: boolean;
  variants: readonly DirectiveVariant[];
}

/** A parsed nginx version (OpenResty's fourth component is dropped: 1.27.1.2 is nginx 1.27.1). */
export interface NginxVersion {
  major: number;
  minor: number;
  patch: number;
}

/** A default value and which default it is (messages render the basis per locale). */
export interface DefaultValue {
  /** '' when nothing is set by default. */
  value: string;
  basis: DefaultBasis;
}

type RawFacts = { s?: string; u?: string; o?: string; y?: string[] };
type RawRow = [number, string, string, number, number, number, RawFacts?];

/** The reference package and version the table was generated from. */
export const REFERENCE_SOURCE: string = SOURCE;

/** Where each name's rows start in ROWS, worked out on the first question (a run asks for a few dozen names). */
let rowsAt: Map<string, number> | undefined;
function rowIndex(): Map<string, number> {
  if (rowsAt) return rowsAt;
  rowsAt = new Map();
  for (let i = 1; i < ROWS.length; ) {
    const tab = ROWS.indexOf('\t', i);
    const end = ROWS.indexOf('\n', tab);
    rowsAt.set(ROWS.slice(i, tab), tab + 1);
    i = end + 1;
  }
  return rowsAt;
}

/** The reference table's rows of a name, or undefined. */
function tableRows(name: string): RawRow[] | undefined {
  const at = rowIndex().get(name);
  return at === undefined ? undefined : (JSON.parse(ROWS.slice(at, ROWS.indexOf('\n', at))) as RawRow[]);
}

// Reverse of the one-letter codes written by scripts/gen-directives.mjs.
const CONTEXT_CODES: Record<string, DirectiveContext> = {
  m: 'main', e: 'events', h: 'http', s: 'server', l: 'location', i: 'if', f: 'server-if', x: 'limit_except',
  u: 'upstream', S: 'stream', v: 'stream-server', w: 'stream-upstream', M: 'mail', n: 'mail-server',
  a: 'acme_issuer', o: 'oidc_provider', g: 'mgmt',
};
const CONTEXT_ORDER = Object.keys(CONTEXT_CODES);

function decodeContexts(codes: string): DirectiveContext[] {
  const out: DirectiveContext[] = [];
  for (const c of codes) {
    const k = CONTEXT_CODES[c];
    if (!k) throw new Error(`unknown context code "${c}" in directive table; re-run npm run gen`);
    out.push(k);
  }
  return out;
}

// Modules the reference does not cover. Contexts follow the ngx_command_t flags in each module's source
// (openresty/lua-nginx-module src/ngx_http_lua_module.c, stream-lua-nginx-module src/ngx_stream_lua_module.c,
// headers-more-nginx-module, echo-nginx-module); the http ones were checked with nginx -t on 1.22.1 + lua 0.10.23.

interface ExtraSpec {
  module: string;
  source: DirectiveSource;
  /** Context codes as in CONTEXT_CODES. */
  ctx: string;
  names: readonly string[];
  args: readonly [number, number];
  block?: boolean;
  default?: string;
  /** The syntax in the table's compact form, where the values are a fixed list (`on | off`). */
  syntax?: readonly string[];
}

const LUA = 'ngx_http_lua_module';
const SLUA = 'ngx_stream_lua_module';
const OR = 'openresty' as const;
const TP = 'third-party' as const;
const INF = Infinity;
/** http, server, location, if in location. */
const HSLI = 'hsli';

/**
 * Contexts nginx accepts beyond the documented ones (nginx -t on 1.22.1 takes these in http and server although
 * the reference lists location only); added so that `allowedIn` never reports what nginx accepts.
 */
const EXTRA_CONTEXTS: Record<string, string> = { fastcgi_split_path_info: 'hs', secure_link_secret: 'hs' };

const EXTRA: readonly ExtraSpec[] = [
  // lua-nginx-module, http subsystem
  { module: LUA, source: OR, ctx: 'h', names: ['lua_load_resty_core', 'lua_sa_restart'], args: [1, 1], default: 'on' },
  { module: LUA, source: OR, ctx: 'h', names: ['rewrite_by_lua_no_postpone', 'access_by_lua_no_postpone'], args: [1, 1], default: 'off' },
  { module: LUA, source: OR, ctx: 'h', names: ['lua_thread_cache_max_entries', 'lua_max_pending_timers', 'lua_regex_cache_max_entries'], args: [1, 1], default: '1024' },
  { module: LUA, source: OR, ctx: 'h', names: ['lua_max_running_timers'], args: [1, 1], default: '256' },
  { module: LUA, source: OR, ctx: 'h', names: ['lua_regex_match_limit'], args: [1, 1], default: '0' },
  { module: LUA, source: OR, ctx: 'h', names: ['lua_malloc_trim'], args: [1, 1], default: '1000' },
  { module: LUA, source: OR, ctx: 'h', names: ['lua_worker_thread_vm_pool_size'], args: [1, 1], default: '10' },
  { module: LUA, source: OR, ctx: 'h', names: ['lua_shared_dict'], args: [2, 2] },
  { module: LUA, source: OR, ctx: 'h', names: ['lua_capture_error_log', 'lua_package_path', 'lua_package_cpath'], args: [1, 1] },
  { module: LUA, source: OR, ctx: 'h', names: ['init_by_lua', 'init_by_lua_file', 'init_worker_by_lua', 'init_worker_by_lua_file', 'exit_worker_by_lua_file', 'ssl_session_store_by_lua_file', 'ssl_session_fetch_by_lua_file'], args: [1, 1] },
  { module: LUA, source: OR, ctx: 'h', names: ['init_by_lua_block', 'init_worker_by_lua_block', 'exit_worker_by_lua_block', 'ssl_session_store_by_lua_block', 'ssl_session_fetch_by_lua_block'], args: [0, 0], block: true },
  { module: LUA, source: OR, ctx: HSLI, names: ['lua_code_cache', 'lua_transform_underscores_in_response_headers', 'lua_socket_log_errors', 'lua_http10_buffering', 'lua_use_default_type'], args: [1, 1], default: 'on', syntax: ['on | off'] },
  { module: LUA, source: OR, ctx: HSLI, names: ['lua_need_request_body', 'lua_check_client_abort'], args: [1, 1], default: 'off' },
  { module: LUA, source: OR, ctx: HSLI, names: ['lua_socket_keepalive_timeout', 'lua_socket_connect_timeout', 'lua_socket_send_timeout', 'lua_socket_read_timeout'], args: [1, 1], default: '60s' },
  { module: LUA, source: OR, ctx: HSLI, names: ['lua_socket_send_lowat'], args: [1, 1], default: '0' },
  { module: LUA, source: OR, ctx: HSLI, names: ['lua_socket_buffer_size'], args: [1, 1], default: '4k|8k' },
  { module: LUA, source: OR, ctx: HSLI, names: ['lua_socket_pool_size'], args: [1, 1], default: '30' },
  { module: LUA, source: OR, ctx: 'slfi', names: ['set_by_lua', 'set_by_lua_file'], args: [2, INF] },
  { module: LUA, source: OR, ctx: 'slfi', names: ['set_by_lua_block'], args: [1, 1], block: true },
  { module: LUA, source: OR, ctx: 'hs', names: ['server_rewrite_by_lua_file', 'ssl_client_hello_by_lua_file', 'ssl_certificate_by_lua_file'], args: [1, 1] },
  { module: LUA, source: OR, ctx: 'hs', names: ['server_rewrite_by_lua_block', 'ssl_client_hello_by_lua_block', 'ssl_certificate_by_lua_block'], args: [0, 0], block: true },
  {
    module: LUA, source: OR, ctx: HSLI, args: [1, 1],
    names: ['rewrite_by_lua', 'rewrite_by_lua_file', 'access_by_lua', 'access_by_lua_file', 'log_by_lua', 'log_by_lua_file',
      'header_filter_by_lua', 'header_filter_by_lua_file', 'body_filter_by_lua', 'body_filter_by_lua_file'],
  },
  {
    module: LUA, source: OR, ctx: HSLI, args: [0, 0], block: true,
    names: ['rewrite_by_lua_block', 'access_by_lua_block', 'log_by_lua_block', 'header_filter_by_lua_block', 'body_filter_by_lua_block'],
  },
  { module: LUA, source: OR, ctx: 'li', names: ['content_by_lua', 'content_by_lua_file'], args: [1, 1] },
  { module: LUA, source: OR, ctx: 'li', names: ['content_by_lua_block'], args: [0, 0], block: true },
  { module: LUA, source: OR, ctx: 'u', names: ['balancer_by_lua_file', 'balancer_keepalive'], args: [1, 1] },
  { module: LUA, source: OR, ctx: 'u', names: ['balancer_by_lua_block'], args: [0, 0], block: true },
  { module: LUA, source: OR, ctx: 'hsl', names: ['lua_ssl_protocols'], args: [1, INF] },
  { module: LUA, source: OR, ctx: 'hsl', names: ['lua_ssl_ciphers'], args: [1, 1], default: 'DEFAULT' },
  { module: LUA, source: OR, ctx: 'hsl', names: ['lua_ssl_verify_depth'], args: [1, 1], default: '1' },
  { module: LUA, source: OR, ctx: 'hsl', names: ['lua_ssl_certificate', 'lua_ssl_certificate_key', 'lua_ssl_trusted_certificate', 'lua_ssl_crl', 'lua_ssl_key_log'], args: [1, 1] },
  { module: LUA, source: OR, ctx: 'hsl', names: ['lua_ssl_conf_command'], args: [2, 2] },
  // stream-lua-nginx-module
  { module: SLUA, source: OR, ctx: 'S', names: ['lua_max_running_timers'], args: [1, 1], default: '256' },
  { module: SLUA, source: OR, ctx: 'S', names: ['lua_max_pending_timers', 'lua_regex_cache_max_entries'], args: [1, 1], default: '1024' },
  { module: SLUA, source: OR, ctx: 'S', names: ['lua_regex_match_limit'], args: [1, 1], default: '0' },
  { module: SLUA, source: OR, ctx: 'S', names: ['lua_malloc_trim'], args: [1, 1], default: '1000' },
  { module: SLUA, source: OR, ctx: 'S', names: ['lua_shared_dict'], args: [2, 2] },
  { module: SLUA, source: OR, ctx: 'S', names: ['lua_package_path', 'lua_package_cpath', 'lua_add_variable', 'lua_capture_error_log', 'init_by_lua', 'init_by_lua_file', 'init_worker_by_lua', 'init_worker_by_lua_file'], args: [1, 1] },
  { module: SLUA, source: OR, ctx: 'S', names: ['init_by_lua_block', 'init_worker_by_lua_block'], args: [0, 0], block: true },
  { module: SLUA, source: OR, ctx: 'Sv', names: ['lua_code_cache', 'lua_socket_log_errors'], args: [1, 1], default: 'on' },
  { module: SLUA, source: OR, ctx: 'Sv', names: ['lua_check_client_abort'], args: [1, 1], default: 'off' },
  { module: SLUA, source: OR, ctx: 'Sv', names: ['lua_socket_keepalive_timeout', 'lua_socket_connect_timeout', 'lua_socket_send_timeout', 'lua_socket_read_timeout'], args: [1, 1], default: '60s' },
  { module: SLUA, source: OR, ctx: 'Sv', names: ['lua_socket_send_lowat'], args: [1, 1], default: '0' },
  { module: SLUA, source: OR, ctx: 'Sv', names: ['lua_socket_buffer_size'], args: [1, 1], default: '4k|8k' },
  { module: SLUA, source: OR, ctx: 'Sv', names: ['lua_socket_pool_size'], args: [1, 1], default: '30' },
  { module: SLUA, source: OR, ctx: 'Sv', names: ['preread_by_lua_file', 'log_by_lua_file', 'ssl_certificate_by_lua_file', 'ssl_client_hello_by_lua_file'], args: [1, 1] },
  { module: SLUA, source: OR, ctx: 'Sv', names: ['preread_by_lua_block', 'log_by_lua_block', 'ssl_certificate_by_lua_block', 'ssl_client_hello_by_lua_block'], args: [0, 0], block: true },
  { module: SLUA, source: OR, ctx: 'v', names: ['content_by_lua', 'content_by_lua_file'], args: [1, 1] },
  { module: SLUA, source: OR, ctx: 'v', names: ['content_by_lua_block'], args: [0, 0], block: true },
  { module: SLUA, source: OR, ctx: 'w', names: ['balancer_by_lua_file'], args: [1, 1] },
  { module: SLUA, source: OR, ctx: 'w', names: ['balancer_by_lua_block'], args: [0, 0], block: true },
  { module: SLUA, source: OR, ctx: 'Sv', names: ['lua_ssl_protocols'], args: [1, INF] },
  { module: SLUA, source: OR, ctx: 'Sv', names: ['lua_ssl_ciphers'], args: [1, 1], default: 'DEFAULT' },
  { module: SLUA, source: OR, ctx: 'Sv', names: ['lua_ssl_verify_depth'], args: [1, 1], default: '1' },
  { module: SLUA, source: OR, ctx: 'Sv', names: ['lua_ssl_trusted_certificate', 'lua_ssl_crl'], args: [1, 1] },
  // headers-more-nginx-module
  {
    module: 'ngx_http_headers_more_filter_module', source: OR, ctx: HSLI, args: [1, INF],
    names: ['more_set_headers', 'more_clear_headers', 'more_set_input_headers', 'more_clear_input_headers'],
  },
  // echo-nginx-module
  {
    module: 'ngx_http_echo_module', source: OR, ctx: 'li', args: [0, INF],
    names: ['echo', 'echo_before_body', 'echo_after_body'],
  },
  {
    module: 'ngx_http_echo_module', source: OR, ctx: 'li', args: [0, 0],
    names: ['echo_flush', 'echo_reset_timer', 'echo_end', 'echo_request_body', 'echo_read_request_body', 'echo_abort_parent'],
  },
  { module: 'ngx_http_echo_module', source: OR, ctx: 'li', names: ['echo_sleep', 'echo_blocking_sleep'], args: [1, 1] },
  { module: 'ngx_http_echo_module', source: OR, ctx: 'li', names: ['echo_location', 'echo_location_async', 'echo_exec'], args: [1, 2] },
  { module: 'ngx_http_echo_module', source: OR, ctx: 'li', names: ['echo_duplicate'], args: [2, 2] },
  { module: 'ngx_http_echo_module', source: OR, ctx: 'li', names: ['echo_subrequest', 'echo_subrequest_async', 'echo_foreach_split'], args: [2, INF] },
  { module: 'ngx_http_echo_module', source: OR, ctx: 'li', names: ['echo_status'], args: [1, 1], default: '200' },
  // google/ngx_brotli
  { module: 'ngx_http_brotli_filter_module', source: TP, ctx: HSLI, names: ['brotli'], args: [1, 1], default: 'off' },
  { module: 'ngx_http_brotli_filter_module', source: TP, ctx: 'hsl', names: ['brotli_types'], args: [1, INF], default: 'text/html' },
  { module: 'ngx_http_brotli_filter_module', source: TP, ctx: 'hsl', names: ['brotli_comp_level'], args: [1, 1], default: '6' },
  { module: 'ngx_http_brotli_filter_module', source: TP, ctx: 'hsl', names: ['brotli_window'], args: [1, 1], default: '512k' },
  { module: 'ngx_http_brotli_filter_module', source: TP, ctx: 'hsl', names: ['brotli_min_length'], args: [1, 1], default: '20' },
  { module: 'ngx_http_brotli_filter_module', source: TP, ctx: 'hsl', names: ['brotli_buffers'], args: [2, 2] },
  { module: 'ngx_http_brotli_static_module', source: TP, ctx: 'hsl', names: ['brotli_static'], args: [1, 1], default: 'off' },
];

/** Third-party families accepted without a table entry (contexts unknown): OpenResty, set-misc, NDK, brotli, nchan, ... */
const THIRD_PARTY_FAMILY =
  /^(?:more_|lua_|echo(?:_|$)|ndk_|set_|brotli|zstd|nchan_|push_stream_|vhost_traffic_status|geoip2|modsecurity|passenger_|srcache_|memc_|redis2?_|encrypted_session_|rds_|xss_|array_|form_input|iconv|replace_filter|subs_filter|upload_progress|track_uploads|report_uploads)|_by_lua(?:_block|_file)?$/;

// Merge kinds (sse-semantics.md §2.1; each module's merge_loc_conf).

const REPLACE_LIST: readonly string[] = [
  // ngx_http_headers_merge_conf: `if (conf->headers == NULL) conf->headers = prev->headers`
  'add_header', 'add_trailer',
  // headers_source / params merged with ngx_conf_merge_ptr_value
  'proxy_set_header', 'grpc_set_header', 'fastcgi_param', 'uwsgi_param', 'scgi_param',
  // ngx_http_upstream_hide_headers_hash: hide and pass lists are merged independently
  'proxy_hide_header', 'proxy_pass_header', 'fastcgi_hide_header', 'fastcgi_pass_header', 'uwsgi_hide_header',
  'uwsgi_pass_header', 'scgi_hide_header', 'scgi_pass_header', 'grpc_hide_header', 'grpc_pass_header',
  'proxy_cache_valid', 'fastcgi_cache_valid', 'uwsgi_cache_valid', 'scgi_cache_valid',
  'proxy_cache_bypass', 'fastcgi_cache_bypass', 'uwsgi_cache_bypass', 'scgi_cache_bypass',
  'proxy_no_cache', 'fastcgi_no_cache', 'uwsgi_no_cache', 'scgi_no_cache',
  'proxy_redirect', 'proxy_cookie_domain', 'proxy_cookie_path', 'proxy_cookie_flags',
  'error_page', 'index', 'access_log', 'sub_filter', 'limit_req', 'limit_conn', 'mirror', 'set_real_ip_from',
  'ssl_certificate', 'ssl_certificate_key', 'ssl_conf_command', 'proxy_ssl_conf_command', 'grpc_ssl_conf_command',
  'uwsgi_ssl_conf_command', 'ssl_session_ticket_key', 'allow', 'deny',
];
const MERGE_GROUPS: Record<string, string> = { allow: 'access', deny: 'access' };

const BITMASK: readonly string[] = [
  'proxy_ignore_headers', 'fastcgi_ignore_headers', 'uwsgi_ignore_headers', 'scgi_ignore_headers', 'grpc_ignore_headers',
  'gzip_proxied',
  'proxy_next_upstream', 'fastcgi_next_upstream', 'uwsgi_next_upstream', 'scgi_next_upstream', 'grpc_next_upstream',
  'memcached_next_upstream', 'tunnel_next_upstream',
  'proxy_cache_use_stale', 'fastcgi_cache_use_stale', 'uwsgi_cache_use_stale', 'scgi_cache_use_stale',
  'proxy_cache_methods', 'fastcgi_cache_methods', 'uwsgi_cache_methods', 'scgi_cache_methods',
  'ssl_protocols', 'proxy_ssl_protocols', 'grpc_ssl_protocols', 'uwsgi_ssl_protocols', 'lua_ssl_protocols', 'dav_methods',
  'keepalive_disable', 'userid_flags',
];

// ngx_http_headers_more_merge_loc_conf prepends the parent's commands to the child's [E42].
const ACCUMULATE: readonly string[] = ['more_set_headers', 'more_clear_headers', 'more_set_input_headers', 'more_clear_input_headers'];

// Rewrite-module code is compiled per level and never merged into nested levels.
const NOT_INHERITED: readonly string[] = ['rewrite', 'return', 'set', 'break', 'if'];

const MERGE = new Map<string, MergeKind>();
for (const n of REPLACE_LIST) MERGE.set(n, 'replace-list');
for (const n of BITMASK) MERGE.set(n, 'bitmask');
for (const n of ACCUMULATE) MERGE.set(n, 'accumulate');
for (const n of NOT_INHERITED) MERGE.set(n, 'none');

/**
 * Accepted more than once in one block although their merge kind is `ordinary`: arrays, named objects and blocks.
 * Everything else stores a flag/str/num/size/msec/sec/enum/bufs slot, which nginx -t rejects as "is duplicate"
 * (sse-semantics.md §2.3).
 */
const REPEATABLE = new Set<string>([
  'listen', 'server_name', 'include', 'load_module', 'env', 'error_log', 'log_format', 'thread_pool', 'debug_connection',
  'server', 'upstream', 'location', 'map', 'geo', 'split_clients', 'num_map', 'types', 'charset_map', 'match',
  'acme_issuer', 'oidc_provider',
  'proxy_cache_path', 'fastcgi_cache_path', 'uwsgi_cache_path', 'scgi_cache_path', 'limit_req_zone', 'limit_conn_zone',
  'keyval', 'keyval_zone', 'js_import', 'js_set', 'js_var', 'js_preload_object', 'js_shared_dict_zone', 'js_periodic',
  'js_path', 'perl_modules', 'perl_require', 'perl_set', 'auth_request_set', 'auth_jwt_claim_set',
  'auth_jwt_header_set', 'auth_jwt_key_file', 'auth_jwt_key_request', 'auth_jwt_require', 'valid_referers',
  'gzip_disable', 'ancient_browser', 'modern_browser', 'image_filter', 'xslt_stylesheet', 'xslt_param',
  'xslt_string_param', 'fastcgi_catch_stderr',
  // A second balancing method only warns "load balancing method redefined".
  'ip_hash', 'hash', 'least_conn', 'random', 'least_time',
  // Handlers without a duplicate check (nginx -t on 1.22.1 accepts them twice).
  'zone', 'empty_gif', 'mp4', 'flv', 'stub_status', 'ancient_browser_value', 'modern_browser_value',
  'ssl_session_cache', 'worker_priority', 'lua_load_resty_core', 'lua_malloc_trim',
  // OpenResty and third-party arrays
  'lua_shared_dict', 'lua_add_variable', 'lua_ssl_certificate', 'lua_ssl_certificate_key', 'lua_ssl_conf_command',
  'set_by_lua', 'set_by_lua_file', 'set_by_lua_block',
  'echo', 'echo_before_body', 'echo_after_body', 'echo_flush', 'echo_sleep', 'echo_blocking_sleep', 'echo_reset_timer',
  'echo_location', 'echo_location_async', 'echo_subrequest', 'echo_subrequest_async', 'echo_duplicate',
  'echo_foreach_split', 'echo_end', 'echo_request_body', 'echo_read_request_body', 'echo_exec', 'echo_abort_parent',
]);

// Version facts (sse-semantics.md §1; nginx changes.xml).

/** Open-source nginx version that introduced a directive, where the reference does not say it. */
const SINCE: Record<string, string> = {
  http2: '1.25.1',
  add_header_inherit: '1.29.3', add_trailer_inherit: '1.29.3',
  early_hints: '1.29.0', ssl_certificate_compression: '1.29.1', ssl_ech_file: '1.29.4',
  http3: '1.25.0', http3_hq: '1.25.0', http3_max_concurrent_streams: '1.25.0', http3_stream_buffer_size: '1.25.0',
  quic_active_connection_id_limit: '1.25.0', quic_bpf: '1.25.0', quic_gso: '1.25.0', quic_host_key: '1.25.0',
  quic_retry: '1.25.0',
  keepalive_time: '1.19.10',
  ssl_conf_command: '1.19.4', proxy_ssl_conf_command: '1.19.4', grpc_ssl_conf_command: '1.19.4',
  uwsgi_ssl_conf_command: '1.19.4', ssl_reject_handshake: '1.19.4',
  proxy_cookie_flags: '1.19.3',
  ssl_ocsp: '1.19.0', ssl_ocsp_cache: '1.19.0', ssl_ocsp_responder: '1.19.0',
  auth_delay: '1.17.10', limit_conn_dry_run: '1.17.6', limit_req_dry_run: '1.17.1',
  proxy_half_close: '1.21.4', ssl_alpn: '1.21.4',
  ssl_certificate_cache: '1.27.4', proxy_ssl_certificate_cache: '1.27.4', grpc_ssl_certificate_cache: '1.27.4',
  uwsgi_ssl_certificate_cache: '1.27.4', ssl_object_cache_inheritable: '1.27.4', keepalive_min_timeout: '1.27.4',
};

/** Values accepted only from some version on. */
const VALUE_SINCE: Record<string, Record<string, string>> = {
  proxy_http_version: { '2': '1.29.4' },
};

/** The release that changed proxying defaults: HTTP/1.1, no `Connection: close`, upstream keepalive on. */
export const PROXY_DEFAULTS_CHANGED = '1.29.7';

interface VersionedDefault {
  changed: string;
  before: string;
  after: string;
  /** Said after the default when it helps ("for upstream{} blocks"). */
  detail?: 'upstream-blocks';
}

const VERSIONED_DEFAULTS: Record<string, VersionedDefault> = {
  // ngx_http_proxy_merge_loc_conf merges with NGX_HTTP_VERSION_11 since 1.29.7 (was _10)
  proxy_http_version: { changed: PROXY_DEFAULTS_CHANGED, before: '1.0', after: '1.1' },
  // ngx_http_proxy_headers[]: {"Connection", "close"} before, {"Connection", ""} since 1.29.7
  proxy_set_header: { changed: PROXY_DEFAULTS_CHANGED, before: 'Host $proxy_host; Connection close', after: 'Host $proxy_host' },
  // ngx_http_upstream_keepalive_init sets max_cached = 32, local = 1 when unset; implicit upstreams are skipped
  keepalive: { changed: PROXY_DEFAULTS_CHANGED, before: '', after: '32 local', detail: 'upstream-blocks' },
};

// Table assembly (lazy per name; the generated JSON is small, the reference package is never loaded).

interface Entry {
  source: DirectiveSource;
  variants: DirectiveVariant[];
}

// Entries are decoded from the table one name at a time, when first asked for: one site file names a few dozen of
// the ~1,000 directives, and decoding them all costs more than the rest of a small lint's first look-ups.
const entries = new Map<string, Entry>();
let extraByName: Map<string, ExtraSpec[]> | undefined;

function extraSpecs(): Map<string, ExtraSpec[]> {
  if (extraByName) return extraByName;
  const map = new Map<string, ExtraSpec[]>();
  for (const spec of EXTRA) {
    for (const name of spec.names) {
      const list = map.get(name);
      if (list) list.push(spec);
      else map.set(name, [spec]);
    }
  }
  extraByName = map;
  return map;
}

/** The table's entry of a name, or undefined; only known names are remembered (any text of a map block is asked). */
function entryOf(name: string): Entry | undefined {
  const known = entries.get(name);
  if (known) return known;
  const rows = tableRows(name);
  const extra = extraSpecs().get(name);
  if (!rows && !extra) return undefined;
  const entry = decodeEntry(name, rows, extra ?? []);
  entries.set(name, entry);
  return entry;
}

function decodeEntry(name: string, rows: readonly RawRow[] | undefined, extra: readonly ExtraSpec[]): Entry {
  const variants = (rows ?? []).map((row): DirectiveVariant => {
    const [mod, ctx, dflt, flags, min, max, facts] = row;
    const v: DirectiveVariant = {
      module: MODULES[mod] ?? 'unknown',
      contexts: decodeContexts(ctx),
      default: dflt,
      block: (flags & 1) !== 0,
      args: { min, max: max < 0 ? Infinity : max },
      commercial: (flags & 2) !== 0,
      syntax: facts?.y ?? [],
    };
    const since = facts?.s ?? SINCE[name];
    if (since) v.since = since;
    if (facts?.u) v.until = facts.u;
    if (facts?.o) v.obsoleteSince = facts.o;
    return v;
  });
  const codes = Object.hasOwn(EXTRA_CONTEXTS, name) ? EXTRA_CONTEXTS[name] : undefined;
  const first = variants[0];
  if (codes && first) first.contexts = [...first.contexts, ...decodeContexts(codes).filter((c) => !first.contexts.includes(c))];
  // The documented syntax "(condition)" is one word; nginx sees as many tokens as the condition has words.
  if (name === 'if') for (const v of variants) v.args = { min: 1, max: Infinity };
  for (const spec of extra) {
    variants.push({
      module: spec.module,
      contexts: decodeContexts(spec.ctx),
      default: spec.default ?? '',
      block: spec.block ?? false,
      args: { min: spec.args[0], max: spec.args[1] },
      commercial: false,
      syntax: spec.syntax ?? [],
    });
  }
  return { source: rows ? 'nginx' : extra[0]!.source, variants };
}

const infoCache = new Map<DirectiveContext | undefined, Map<string, DirectiveInfo>>();

function isHttpModule(module: string): boolean {
  return !/^ngx_(stream|mail|mgmt)_/.test(module);
}

function buildInfo(name: string, entry: Entry, chosen: DirectiveVariant): DirectiveInfo {
  const contexts = new Set<DirectiveContext>();
  for (const v of entry.variants) for (const c of v.contexts) contexts.add(c);
  const ordered = CONTEXT_ORDER.map((c) => CONTEXT_CODES[c]!).filter((c) => contexts.has(c));
  const merge = MERGE.get(name) ?? (name.endsWith('_types') ? 'replace-list' : 'ordinary');
  const info: DirectiveInfo = {
    ...chosen,
    name,
    source: entry.source,
    contexts: ordered,
    merge,
    // Obsolete directives are ignored with a warning, however often they appear.
    allowsDuplicates: merge !== 'ordinary' || REPEATABLE.has(name) || entry.variants.every((v) => v.obsoleteSince),
    commercial: entry.variants.every((v) => v.commercial),
    variants: entry.variants,
  };
  const group = MERGE_GROUPS[name];
  if (group) info.mergeGroup = group;
  return info;
}

/**
 * Facts about a directive, or undefined when no table knows it. With a context, the scalar fields (module,
 * default, block, args) come from the variant allowed there (`server` in `upstream` is not a block); without one,
 * from the http variant.
 */
export function directiveInfo(name: string, context?: DirectiveContext): DirectiveInfo | undefined {
  // Asked for every directive of a config (with and without a context): answered once per name and context.
  let byName = infoCache.get(context);
  if (!byName) infoCache.set(context, (byName = new Map()));
  const cached = byName.get(name);
  if (cached) return cached;
  // Unknown names (any text in a map block) are not remembered.
  const info = lookUpInfo(name, context);
  if (info) byName.set(name, info);
  return info;
}

function lookUpInfo(name: string, context?: DirectiveContext): DirectiveInfo | undefined {
  const entry = entryOf(name);
  if (!entry) return undefined;
  const primary = entry.variants.find((v) => isHttpModule(v.module)) ?? entry.variants[0]!;
  if (context && !primary.contexts.includes(context)) {
    const v = entry.variants.find((x) => x.contexts.includes(context));
    if (v) return buildInfo(name, entry, v);
  }
  return buildInfo(name, entry, primary);
}

/** Every directive name in the tables (reference, OpenResty modules, curated third-party modules), sorted. */
export function knownDirectiveNames(): string[] {
  return [...new Set([...rowIndex().keys(), ...extraSpecs().keys()])].sort();
}

/** The directive is in the reference, the OpenResty tables or the curated third-party tables. */
export function isKnownDirective(name: string): boolean {
  return rowIndex().has(name) || extraSpecs().has(name);
}

/**
 * Strict mode: true when nothing vouches for the name, neither a table nor a known third-party family
 * (`more_*`, `lua_*`, `*_by_lua*`, `echo*`, `ndk_*`, `set_*`, `brotli*`, ...). Without strict mode, unknown
 * directives are taken to belong to some module the linter does not know.
 */
export function unknownDirective(name: string): boolean {
  return !isKnownDirective(name) && !THIRD_PARTY_FAMILY.test(name);
}

const OPAQUE = new Set<string>(['map', 'geo', 'types', 'split_clients', 'charset_map', 'match', 'other']);

/**
 * Whether nginx accepts the directive in this context; false mirrors nginx -t "directive is not allowed here".
 * Undefined when the directive is not in the tables or the context holds data rather than directives.
 */
export function allowedIn(name: string, context: DirectiveContext | OpaqueContext): boolean | undefined {
  if (OPAQUE.has(context)) return undefined;
  const info = directiveInfo(name);
  if (!info) return undefined;
  return info.contexts.includes(context as DirectiveContext);
}

/**
 * The directive context for a chain of enclosing block names, outermost first (`[]` is main;
 * `['http', 'server', 'if']` is server-if; `['stream', 'server']` is stream-server).
 */
export function contextFromPath(path: readonly string[]): DirectiveContext | OpaqueContext {
  let state = PATH_START;
  for (const block of path) state = contextAfter(state, block);
  return state.context;
}

/** Where a walk down the block names has got to: the directive context, and the module (http, stream, mail) it is in. */
export interface PathState {
  readonly context: DirectiveContext | OpaqueContext;
  readonly subsystem: 'http' | 'stream' | 'mail' | undefined;
}

/** The top of a config: main. */
export const PATH_START: PathState = Object.freeze({ context: 'main', subsystem: undefined });

/** One state object per context and module (states are kept by the blocks that reach them, never changed). */
const pathStates = new Map<string, PathState>();

function pathState(context: DirectiveContext | OpaqueContext, subsystem: PathState['subsystem']): PathState {
  const key = subsystem ? `${context} ${subsystem}` : context;
  let state = pathStates.get(key);
  if (!state) pathStates.set(key, (state = Object.freeze({ context, subsystem })));
  return state;
}

/** The state after entering a block named `block` (inside a data block such as `map`, nothing changes any more). */
export function contextAfter(state: PathState, block: string): PathState {
  const ctx = state.context;
  if (OPAQUE.has(ctx)) return state;
  const subsystem = state.subsystem;
  switch (block) {
    case 'events': return pathState(ctx === 'main' ? 'events' : 'other', subsystem);
    case 'http': case 'stream': case 'mail':
      return pathState(block, block);
    case 'server':
      return pathState(subsystem === 'stream' ? 'stream-server' : subsystem === 'mail' ? 'mail-server' : 'server', subsystem);
    case 'upstream': return pathState(subsystem === 'stream' ? 'stream-upstream' : 'upstream', subsystem);
    case 'if': return pathState(ctx === 'server' ? 'server-if' : 'if', subsystem);
    case 'location': case 'limit_except': case 'acme_issuer': case 'oidc_provider': case 'mgmt':
      return pathState(block, subsystem);
    case 'map': case 'geo': case 'types': case 'split_clients': case 'charset_map': case 'match':
      return pathState(block, subsystem);
    default: return pathState('other', subsystem);
  }
}

/** Merge kind of a directive; unknown directives are `ordinary`. */
export function mergeKind(name: string): MergeKind {
  return directiveInfo(name)?.merge ?? 'ordinary';
}

/**
 * Whether nginx accepts the directive twice in one block. False for scalar directives that nginx -t rejects
 * with "is duplicate" (`proxy_buffering`, `proxy_read_timeout`, `gzip`, ...); true for lists, bitmasks, blocks
 * and for directives no table knows (nothing to say about them).
 */
export function allowsDuplicates(name: string): boolean {
  return directiveInfo(name)?.allowsDuplicates ?? true;
}

// Versions

/** Parses "1.22.1", "nginx/1.25.3 (Ubuntu)", "nginx version: nginx/1.22.1" or OpenResty's "1.27.1.2". */
export function parseVersion(text: string): NginxVersion | undefined {
  const m = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(text);
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3] ?? 0) };
}

function toVersion(v: string | NginxVersion): NginxVersion {
  if (typeof v !== 'string') return v;
  const parsed = parseVersion(v);
  if (!parsed) throw new Error(`"${v}" is not an nginx version (expected something like 1.22.1)`);
  return parsed;
}

/** Negative when a is older than b, 0 when equal, positive when newer. Throws on a string that holds no version. */
export function compareVersions(a: string | NginxVersion, b: string | NginxVersion): number {
  const x = toVersion(a);
  const y = toVersion(b);
  return x.major - y.major || x.minor - y.minor || x.patch - y.patch;
}

/** Formats a version as nginx prints it. */
export function formatVersion(v: NginxVersion): string {
  return `${v.major}.${v.minor}.${v.patch}`;
}

function defaultBasis(source: DirectiveSource, module: string): DefaultBasis {
  if (source === 'nginx') return { kind: 'nginx' };
  return { kind: 'module', module: module.replace(/^ngx_(?:http_|stream_)?/, '').replace(/_module$/, '') };
}

/**
 * The default of a directive in a given nginx version. With no version, the pre-1.29.7 defaults are assumed
 * (the versions most distributions ship) and the note says so. Undefined for directives no table knows.
 */
export function defaultFor(name: string, version: string | NginxVersion | undefined): DefaultValue | undefined {
  // Asked for every block and directive: answered once per name and version (the answers are shared, read-only).
  let byName = defaultsByVersion.get(version);
  if (!byName) {
    if (defaultsByVersion.size > 64) defaultsByVersion.clear();
    defaultsByVersion.set(version, (byName = new Map()));
  }
  if (byName.has(name)) return byName.get(name);
  const d = computeDefault(name, version);
  byName.set(name, d);
  return d;
}

const defaultsByVersion = new Map<string | NginxVersion | undefined, Map<string, DefaultValue | undefined>>();

function computeDefault(name: string, version: string | NginxVersion | undefined): DefaultValue | undefined {
  const info = directiveInfo(name);
  if (!info) return undefined;
  const vd = VERSIONED_DEFAULTS[name];
  if (vd) {
    const detail = vd.detail ? { detail: vd.detail } : {};
    if (version === undefined) {
      return { value: vd.before, basis: { kind: 'versioned', when: 'before', version: vd.changed, ...detail, versionUnknown: true } };
    }
    if (compareVersions(version, vd.changed) < 0) {
      return { value: vd.before, basis: { kind: 'versioned', when: 'before', version: vd.changed, ...detail } };
    }
    return { value: vd.after, basis: { kind: 'versioned', when: 'since', version: vd.changed, ...detail } };
  }
  if ((name === 'add_header_inherit' || name === 'add_trailer_inherit') && version !== undefined && info.since
    && compareVersions(version, info.since) < 0) {
    return { value: 'on', basis: { kind: 'standard-inheritance', directive: name, since: info.since } };
  }
  return { value: info.default, basis: defaultBasis(info.source, info.module) };
}

/** Default headers nginx adds to a proxied request when proxy_set_header does not replace them. */
export function defaultProxyHeaders(version: string | NginxVersion | undefined): {
  headers: ReadonlyArray<readonly [string, string]>;
  basis: DefaultBasis;
} {
  const d = defaultFor('proxy_set_header', version)!;
  const headers = d.value.split(';').map((h) => h.trim()).filter(Boolean).map((h): readonly [string, string] => {
    const sp = h.indexOf(' ');
    return [h.slice(0, sp), h.slice(sp + 1)];
  });
  return { headers, basis: d.basis };
}

/**
 * Whether open-source nginx of this version has the directive: known, not before its `since`, not from its
 * `until`, not NGINX Plus only. OpenResty and third-party directives count as present. With no version, any
 * known directive is present (an unknown version never makes a directive unknown).
 */
export function isKnownIn(name: string, version: string | NginxVersion | undefined): boolean {
  const entry = entryOf(name);
  if (!entry) return false;
  if (version === undefined) return true;
  return entry.variants.some((v) => {
    if (v.commercial) return false;
    if (v.since && compareVersions(version, v.since) < 0) return false;
    if (v.until && compareVersions(version, v.until) >= 0) return false;
    return true;
  });
}

/** Whether a value of a directive is accepted in this version (`proxy_http_version 2` needs 1.29.4). */
export function valueKnownIn(name: string, value: string, version: string | NginxVersion | undefined): boolean {
  const since = VALUE_SINCE[name]?.[value];
  if (!since || version === undefined) return true;
  return compareVersions(version, since) >= 0;
}
