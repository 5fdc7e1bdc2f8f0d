// The Ink app: one input handler that only dispatches, the reducer, and effects that call the session.
import { Box, Text, useApp, useInput, useStdout } from 'ink';
import { memo, useEffect, useMemo, useReducer, useRef } from 'react';
import type { Locale } from '../i18n/index.js';
import type { ReviewSession } from './data.js';
import { normalizeKey } from './keys.js';
import type { Size } from './layout.js';
import type { Line, Tone } from './lines.js';
import { initialState, reducer, type Metrics, type Op, type OpResult } from './state.js';
import { renderFrame } from './views/frame.js';

export interface AppProps {
  session: ReviewSession;
  locale: Locale;
  /** Size to start with (tests); otherwise the terminal's. */
  size?: Size;
  /** Milliseconds a toast stays. */
  toastMs?: number;
  /** Called once when the user quits, just before the app unmounts. */
  onExit?: () => void;
}

const COLOR: Record<Tone, string | undefined> = {
  error: 'red', warning: 'yellow', info: 'blueBright', ok: 'green', accent: 'cyan', add: 'green', del: 'red', hunk: 'cyan', muted: undefined,
};

function sizeOf(stdout: NodeJS.WriteStream): Size {
  return { cols: stdout.columns || 80, rows: stdout.rows || 24 };
}

/** Runs a session call. Session calls are synchronous except writing; the reducer waits for the result either way. */
async function run(session: ReviewSession, op: Op): Promise<OpResult> {
  switch (op.kind) {
    case 'apply':
      return { kind: 'step', result: session.apply(op.itemId) };
    case 'applySafe':
      return { kind: 'step', result: session.applySafe(op.itemIds ?? undefined) };
    case 'undo':
      return { kind: 'step', result: session.undo() };
    case 'redo':
      return { kind: 'step', result: session.redo() };
    case 'reload':
      return { kind: 'step', result: session.reload() };
    case 'write':
      return { kind: 'write', outcome: await session.write() };
    case 'savePatch':
      return { kind: 'patch', result: session.savePatch(op.path) };
    case 'route':
      return { kind: 'route', lines: session.route(op.host, op.uri) };
  }
}

const LineView = memo(function LineView({ line }: { line: Line }) {
  if (line.length === 0) return <Text> </Text>;
  return (
    <Text wrap="truncate-end">
      {line.map((s, i) => (
        <Text key={i} color={s.tone ? COLOR[s.tone] : undefined} dimColor={s.tone === 'muted'} bold={s.bold} inverse={s.inverse}>
          {s.text}
        </Text>
      ))}
    </Text>
  );
});

export function App({ session, locale, size, toastMs = 3000, onExit }: AppProps) {
  const { stdout } = useStdout();
  const { exit } = useApp();
  const [state, dispatch] = useReducer(reducer, undefined, () => initialState(session.snapshot(), size ?? sizeOf(stdout)));
  const metrics = useRef<Metrics | undefined>(undefined);

  // The only input handler: it turns Ink's event into keys and dispatches them; the reducer decides what they do.
  useInput((input, key) => {
    for (const event of normalizeKey(input, key)) dispatch({ type: 'key', event, metrics: metrics.current });
  });

  useEffect(() => {
    const onResize = (): void => dispatch({ type: 'resize', size: sizeOf(stdout) });
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);

  const pending = state.pending;
  useEffect(() => {
    if (!pending) return;
    let live = true;
    void run(session, pending.op).then(
      (result) => live && dispatch({ type: 'done', id: pending.id, result, metrics: metrics.current }),
      (e: unknown) => live && dispatch({ type: 'done', id: pending.id, result: { kind: 'step', result: { ok: false, reason: (e as Error).message } }, metrics: metrics.current }),
    );
    return () => {
      live = false;
    };
  }, [pending, session]);

  const toastId = state.toast?.id;
  useEffect(() => {
    if (toastId === undefined) return;
    const timer = setTimeout(() => dispatch({ type: 'toastExpired', id: toastId }), toastMs);
    return () => clearTimeout(timer);
  }, [toastId, toastMs]);

  useEffect(() => {
    if (!state.exit) return;
    onExit?.();
    exit();
  }, [state.exit, exit, onExit]);

  const frame = useMemo(() => renderFrame(state, session, locale), [state, session, locale]);
  metrics.current = frame.metrics;
  return (
    <Box flexDirection="column">
      {frame.lines.map((line, i) => (
        <LineView key={i} line={line} />
      ))}
    </Box>
  );
}
