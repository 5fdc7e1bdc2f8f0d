// Descriptions of the engine's own finding ids (parse and include problems, suppressions) for SARIF rules[].
import type { ENGINE_IDS } from '../engine/engine.js';
import type { Severity } from '../types.js';

export interface EngineRuleDoc {
  summary: string;
  severity: Severity;
  why: string;
  fix: string;
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
