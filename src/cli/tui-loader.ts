// Loads the terminal UI (Ink, React, yoga): only `-i` does. The binary's script build (scripts/build.mjs) replaces
// this module with a call to the loader dist/cli.js passes in, which imports the TUI's own ES module (dist/tui.mjs).
import type { runTui } from '../tui/run.js';

export function loadTui(): Promise<{ runTui: typeof runTui }> {
  return import('../tui/run.js');
}
