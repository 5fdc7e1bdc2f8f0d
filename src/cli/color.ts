// Whether standard output gets colour: the terminal's own answer, or FORCE_COLOR when piped.

/** The parts of a stream the decision looks at (tty.WriteStream has both; a pipe or file has neither). */
export interface ColorTarget {
  isTTY?: boolean;
  hasColors?: (env?: object) => boolean;
}

/**
 * On a terminal, `tty.WriteStream#hasColors` already weighs FORCE_COLOR, NO_COLOR, NODE_DISABLE_COLORS and TERM.
 * A pipe or file has no such method, so there only FORCE_COLOR turns colour on, with Node's reading of its value:
 * empty, `1`, `true`, `2` or `3` mean colour; `0`, `false` and anything else mean none.
 */
export function useColor(stream: ColorTarget, env: NodeJS.ProcessEnv = process.env): boolean {
  if (stream.isTTY && typeof stream.hasColors === 'function') return stream.hasColors(env);
  const force = env.FORCE_COLOR;
  return force !== undefined && ['', '1', 'true', '2', '3'].includes(force);
}
