// stream-capacity: how many concurrent event streams the worker connection settings allow, once per config (SSE016).
import { defineRule, type EditBuilder, type MessageArg } from '../src/engine/define-rule.js';
import type { ContextNode, Directive } from '../src/model/context.js';
import type { EffectiveValue } from '../src/model/effective.js';
import { listeningSockets } from '../src/model/queries/listen-sockets.js';
import { workerLimits } from '../src/model/queries/workers.js';

export default defineRule({
  meta: {
    id: 'stream-capacity',
    summary: 'Concurrent event streams the worker connection settings allow',
    severity: 'info',
    fix: 'suggestion',
    messages: {
      total: 'About {capacity} concurrent event streams fit: {formula} ({sources}). {tail}',
      perWorker: 'worker_processes is auto (one worker per CPU core, not known here): about {capacity} concurrent event streams fit per worker: {formula} ({sources}). {tail}',
      belowExpected: 'About {capacity} concurrent event streams fit, fewer than the {expected} expected: {formula} ({sources}). {tail}',
      formula: '{workers}({slots} - {sockets} listening {sockets:socket|sockets} - 1 master channel) / 2 connections per stream',
      workersTimes: '{count} {count:worker|workers} x ',
      slotsConnections: '{connections} worker_connections',
      slotsRlimit: '{rlimit} (worker_rlimit_nofile, below {connections} worker_connections)',
      notSet: '{directive} not set: {default} {value}',
      noEvents: 'the linted files have no events block, the main nginx.conf may set it',
      twoConnections: 'A proxied stream holds two worker connections, client and upstream, for as long as it is open; past the limit nginx logs {log} and resets new connections.',
      rlimitBelow: 'worker_rlimit_nofile {rlimit} is below worker_connections {connections}, so each worker runs out of file descriptors first; raise it above worker_connections (logs and open files need descriptors too).',
      osLimit: 'Without worker_rlimit_nofile the operating system\'s open-file limit (often 1024) may cap each worker first.',
      workersNeeded: '{expected} expected streams need at least {workers} worker processes (CPU cores).',
      streamLocations: 'Stream locations: {count} ({list}).',
    },
    fixes: {
      raise: 'Raise worker_connections to {value}',
    },
    related: {
      workerProcesses: 'worker processes',
      firstStream: 'first stream location',
    },
    options: { expectedStreams: null },
    docs: {
      why: 'Each worker has worker_connections slots (512 by default), and every client connection, upstream connection and listening socket takes one, plus one for the channel to the master process. A proxied event stream holds two slots, client and upstream, for as long as it is open, so capacity is workers x (worker_connections - listening sockets - 1) / 2. With `worker_connections 16` and one listener, the 8th concurrent stream was reset and nginx logged "16 worker_connections are not enough" [E35]; sse-lint\'s own check on nginx 1.22.1 gave 7, 7 and 8 streams for 16, 17 and 18 connections with one listener, and 7 and 8 for 18 and 19 with two. worker_rlimit_nofile (or the operating system\'s open-file limit, often 1024) caps the slots as well. HTTP/2 lets one client connection carry many streams, but each still needs its own upstream connection (sse-semantics.md SSE016). The note is given once per config that has stream locations; it is a warning when capacity is below the option `expectedStreams` or when worker_rlimit_nofile is below worker_connections.',
      bad: 'worker_processes 1;\nevents {\n    worker_connections 512;\n}\nhttp {\n    server {\n        listen 80;\n        location /events {\n            proxy_pass http://127.0.0.1:8080;\n            proxy_buffering off;\n        }\n    }\n}',
      good: 'worker_processes 1;\nevents {\n    worker_connections 512;\n}\nhttp {\n    server {\n        listen 80;\n        location /api/ {\n            proxy_pass http://127.0.0.1:8080;\n        }\n    }\n}',
      fix: 'Suggestion (shown by `--diff`, never applied): a higher worker_connections (enough for `expectedStreams` when it is set, else 4096). the right numbers depend on the machine and the expected load. Raise worker_connections (and worker_rlimit_nofile with it), or run more worker processes; set the option `expectedStreams` to be warned when the config falls short.',
      references: [
        'https://nginx.org/en/docs/ngx_core_module.html#worker_connections',
        'https://nginx.org/en/docs/ngx_core_module.html#worker_processes',
        'https://nginx.org/en/docs/ngx_core_module.html#worker_rlimit_nofile',
      ],
    },
  },
  create(ctx) {
    const expectedRaw = ctx.options.expectedStreams;
    const expected = typeof expectedRaw === 'number' && expectedRaw > 0 ? expectedRaw : null;
    const written = (v: EffectiveValue): Directive | null => (v.origin.kind === 'directive' ? v.origin.directive : null);

    return {
      done() {
        const streams = ctx.model.locations.filter((l) => l.directive && ctx.model.isStream(l));
        const first = streams[0];
        if (!first) return;
        const limits = workerLimits(ctx.model);
        const events = limits.events;
        const wp = written(limits.processes);
        const wpValue = limits.processes.args?.[0]?.toLowerCase() ?? '';
        const auto = wpValue === 'auto';
        const workers = auto ? 1 : Number(wpValue);
        const wcDirective = written(limits.connections);
        const wcValue = limits.connections.args?.[0] ?? '';
        const wc = Number(wcValue);
        const rl = written(limits.rlimitNofile);
        const rlimit = limits.rlimitNofile.args ? Number(limits.rlimitNofile.args[0]) : null;
        // Malformed numbers are nginx -t's to report.
        if (!Number.isInteger(workers) || workers < 1 || !Number.isInteger(wc) || wc < 1 || (rlimit !== null && !Number.isInteger(rlimit))) return;

        const sockets = listeningSockets(ctx.model).count;
        const capped = rlimit !== null && rlimit < wc;
        // Per worker: every listening socket and the channel to the master take a slot; a stream takes two.
        const perWorker = Math.max(0, Math.floor(((capped ? rlimit : wc) - sockets - 1) / 2));
        const capacity = perWorker * workers;

        const slots = capped
          ? ctx.message('slotsRlimit', { rlimit, connections: wc })
          : ctx.message('slotsConnections', { connections: wc });
        const formula = ctx.message('formula', { workers: auto ? null : ctx.message('workersTimes', { count: workers }), slots, sockets });
        const notSet = (v: EffectiveValue): MessageArg => ctx.message('notSet', {
          directive: ctx.code(v.name), value: ctx.code(v.args?.join(' ') ?? ''),
          default: v.origin.kind === 'default' ? { kind: 'default', basis: v.origin.basis } : null,
        });
        const sources: MessageArg[] = [
          wp ? ctx.show(wp) : notSet(limits.processes),
          wcDirective ? ctx.show(wcDirective) : notSet(limits.connections),
          ...(wcDirective || events ? [] : [ctx.message('noEvents')]),
          ...(rl ? [ctx.show(rl)] : []),
        ];

        // nginx's own log line, quoted as it is written.
        const notes: MessageArg[] = [ctx.message('twoConnections', { log: ctx.code('"worker_connections are not enough"') })];
        if (capped) notes.push(ctx.message('rlimitBelow', { rlimit, connections: wc }));
        if (rlimit === null && wc > 1024) notes.push(ctx.message('osLimit'));
        if (auto && expected !== null && perWorker > 0) notes.push(ctx.message('workersNeeded', { expected, workers: Math.ceil(expected / perWorker) }));
        notes.push(ctx.message('streamLocations', { count: streams.length, list: ctx.list(streams.map((s) => ctx.level(s)), 'comma', { limit: 3 }) }));

        const below = !auto && expected !== null && capacity < expected;
        const node: Directive = wcDirective ?? events?.directive ?? first.directive!;
        const context: ContextNode = wcDirective || events?.directive ? events! : first;
        // How many streams to plan for is the user's call: a higher worker_connections is offered, never applied.
        // Without expectedStreams there is no load to size for: 4096, suggested only below it (raising by a factor
        // would suggest a higher number again each time the suggestion is followed).
        const target = expected !== null ? Math.ceil(expected / workers) * 2 + sockets + 1 : 4096;
        const raise = !capped && target > wc && (wcDirective || events?.directive) ? { fix: {
          id: 'raise', data: { value: target }, applicability: 'suggestion' as const,
          edits: (f: EditBuilder) => (wcDirective
            ? f.replaceArg(wcDirective, 0, String(target))
            : f.insertDirective(events!.directive!, `worker_connections ${target};`)),
        } } : {};
        ctx.report({
          ...raise,
          node,
          context,
          messageId: below ? 'belowExpected' : auto ? 'perWorker' : 'total',
          severity: below || capped ? 'warning' : 'info',
          data: { capacity: auto ? perWorker : capacity, expected, formula, sources: ctx.list(sources, 'semicolon'), tail: ctx.list(notes, 'sentences') },
          related: [...(wp ? [ctx.related(wp, 'workerProcesses')] : []), ...(node !== first.directive ? [ctx.related(first.directive!, 'firstStream')] : [])],
        });
      },
    };
  },
});
