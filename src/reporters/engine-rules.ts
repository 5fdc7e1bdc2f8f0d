// Descriptions of the engine's own finding ids (parse and include problems, suppressions) for SARIF rules[].
import type { ENGINE_IDS } from '../engine/engine.js';
import type { Severity } from '../types.js';

export interface EngineRuleDoc {
  summary: string;
  severity: Severity;
  why: string;
  fix: string;
  /** Findings of this id can carry a fix (a corrected value or name). */
  fixable?: boolean;
  references: string[];
}

const CORE = 'https://nginx.org/en/docs/ngx_core_module.html';

export const ENGINE_RULES: Record<(typeof ENGINE_IDS)[number], EngineRuleDoc> = {
  'parse-error': {
    summary: 'The config does not parse the way nginx reads it',
    severity: 'error',
    why: 'nginx refuses to start or reload with a syntax error (`nginx -t` fails). sse-lint reports it with nginx\'s own wording and keeps checking the rest of the file, so later findings may be affected by it.',
    fix: 'Correct the syntax at the reported position; the message names what nginx expected.',
    references: ['https://nginx.org/en/docs/beginners_guide.html#conf_structure'],
  },
  'include-not-found': {
    summary: 'An include names a file that does not exist',
    severity: 'error',
    why: 'An `include` of an explicit path that does not exist makes `nginx -t` fail; a glob that matches nothing is accepted silently. Settings the missing file was meant to add are not checked.',
    fix: 'Correct the path, pass `--prefix` (nginx -p) or `--map FROM=TO` when the config is read outside its real location, or use a glob if the file is optional.',
    references: [`${CORE}#include`],
  },
  'include-unreadable': {
    summary: 'An include names a directory, FIFO or device instead of a file',
    severity: 'error',
    why: 'nginx can only include regular files; sse-lint does not open anything else, so what it should contain is not checked.',
    fix: 'Point the include at the files (for a directory, `dir/*.conf`).',
    references: [`${CORE}#include`],
  },
  'include-cycle': {
    summary: 'Files include each other in a loop',
    severity: 'error',
    why: 'An include that leads back to a file already being included recurses until nginx gives up; the config cannot load.',
    fix: 'Remove the include that closes the loop.',
    references: [`${CORE}#include`],
  },
  'include-unmapped': {
    summary: 'An include names a container path that is not on this machine',
    severity: 'info',
    why: 'Panels and containers (1Panel, `Nginx Proxy Manager`, OpenResty images) include files by the paths they have inside the container (`/www/sites/*/proxy/*.conf`, `/etc/nginx/conf.d/include/proxy.conf`). Read on the host, such a glob matches nothing, which nginx accepts silently, so every site it would pull in goes unchecked without a word.',
    fix: 'Let the preset for the layout map the container paths (`--preset 1panel`, detected from the path given), map them yourself with `--map /www=/opt/1panel/www`, or lint what the container really runs: `docker exec CONTAINER nginx -T | sse-lint -`.',
    references: [`${CORE}#include`],
  },
  'invalid-context': {
    summary: 'A directive appears in a block where nginx does not allow it',
    severity: 'error',
    why: 'nginx rejects a directive outside the contexts its module allows ("directive is not allowed here"), so the config does not load.',
    fix: 'Move the directive into a block listed under "Context" in its documentation.',
    references: ['https://nginx.org/en/docs/dirindex.html'],
  },
  'duplicate-directive': {
    summary: 'A directive that may appear once per block appears twice',
    severity: 'error',
    why: 'For directives that take a single value per block nginx rejects a second occurrence ("directive is duplicate"), so the config does not load.',
    fix: 'Keep one of the two; the related location shows the first.',
    references: ['https://nginx.org/en/docs/dirindex.html'],
  },
  'invalid-arguments': {
    summary: 'A directive sse-lint reads has too few or too many arguments',
    severity: 'error',
    why: 'nginx rejects a directive with the wrong number of arguments ("invalid number of arguments in ... directive"), so the config does not load; `add_header X-Accel-Buffering;` without a value is one. sse-lint checks the counts of the directives it reads, from the nginx reference, against nginx -t.',
    fix: 'Write the arguments the directive takes; the message says how many.',
    references: ['https://nginx.org/en/docs/dirindex.html'],
  },
  'invalid-value': {
    summary: 'A directive sse-lint reads has a value nginx rejects',
    severity: 'error',
    fixable: true,
    why: 'nginx parses flags (`on`/`off`), enumerations (`proxy_http_version 1.0 | 1.1`), times (`60s`, `5m`), sizes (`8k`) and numbers strictly and refuses to load a config with anything else: `proxy_buffering no;` is not off, it is an error ("invalid value \"no\""). sse-lint reports it in nginx\'s words, with what nginx accepts and the nearest valid value. Arguments that hold variables or template placeholders (`${VAR}`, `{{ x }}`) are not checked.',
    fix: 'Safe when the meaning is certain (`no` is `off`, `4kb` is `4k`, `10 minutes` is `10m`): the value is replaced. Unsafe when it is only the nearest word (`of` to `off`, `2.0` to `1.1`).',
    references: ['https://nginx.org/en/docs/syntax.html', 'https://nginx.org/en/docs/dirindex.html'],
  },
  'unknown-directive': {
    summary: 'A directive name is a likely typo of a known one (with --strict: any name no known module defines)',
    severity: 'warning',
    fixable: true,
    why: 'nginx refuses to load a config with a directive no loaded module defines ("unknown directive"). A name one or two letters away from a known directive (`proxy_bufering`) is almost always a typo, and until it is corrected the setting it was meant to make is not in effect; it is a warning with the name meant. Other unknown names are taken to belong to a third-party module sse-lint does not know, unless --strict asks for every one as an error.',
    fix: 'Unsafe: renames the directive to the suggested name, which then takes effect. A fix of another rule that would add that directive to the block corrects this line instead.',
    references: ['https://nginx.org/en/docs/dirindex.html'],
  },
  'duplicate-location': {
    summary: 'Two locations with the same path at one level',
    severity: 'error',
    why: 'nginx -t rejects two exact (`=`) locations, or two prefix locations (plain or `^~`), with the same path in one server or one enclosing location ("duplicate location"), so the config does not load. Appending advice such as `location ^~ / { ... }` to a site that has one already does this. Regex and named locations may repeat.',
    fix: 'Merge the two blocks into one; the related place shows the first.',
    references: ['https://nginx.org/en/docs/http/ngx_http_core_module.html#location'],
  },
  'duplicate-server-name': {
    summary: 'A server_name already taken by another server on the same address and port',
    severity: 'warning',
    why: 'When several servers listen on one address and port, each name may belong to one of them; nginx -t warns "conflicting server name ... ignored" and sends requests for the name to the first server, so the later server\'s settings never apply to them. A server without server_name has the name "", so two such servers on one address conflict too.',
    fix: 'Give each server its own names, or merge the servers; the related place shows the server that has the name first.',
    references: ['https://nginx.org/en/docs/http/server_names.html', 'https://nginx.org/en/docs/http/request_processing.html'],
  },
  'invalid-suppression': {
    summary: 'An sse-lint-disable comment is malformed',
    severity: 'warning',
    why: 'A suppression needs known rule ids and a reason: `# sse-lint-disable-next-line <id>[, <id>] -- <reason>`. A malformed one suppresses nothing.',
    fix: 'Name existing rule ids and add a reason after ` -- `.',
    references: [],
  },
  'unused-suppression': {
    summary: 'An sse-lint-disable comment no longer matches any finding',
    severity: 'warning',
    why: 'A suppression that matches nothing is stale: the problem was fixed or moved, and the comment would silently hide a future one.',
    fix: 'Remove the comment (or the ids it lists that no longer match).',
    references: [],
  },
};
