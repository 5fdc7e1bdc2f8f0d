// What every view shares: the context it draws from, severity marks, and the list cursor marker.
import type { Locale } from '../../i18n/index.js';
import type { Severity } from '../../types.js';
import type { ReviewSession } from '../data.js';
import { seg, type Seg } from '../lines.js';
import type { State } from '../state.js';
import { tr, type StringKey } from '../strings.js';

export interface ViewContext {
  s: State;
  session: ReviewSession;
  locale: Locale;
  t: (key: StringKey, data?: Record<string, string | number>) => string;
}

export function viewContext(s: State, session: ReviewSession, locale: Locale): ViewContext {
  return { s, session, locale, t: (key, data) => tr(locale, key, data) };
}

/** A glyph per severity: the shape differs, so colour is never the only cue. */
export const SEVERITY_GLYPH: Record<Severity, string> = { error: '✘', warning: '!', info: 'i' };

export function severitySeg(ctx: ViewContext, sev: Severity): Seg {
  return seg(`${SEVERITY_GLYPH[sev]} ${ctx.t(`sev.${sev}`)}`, sev);
}

/** The cursor marker: `❯` on the selected row (it survives NO_COLOR, where inverse video does not). */
export function marker(selected: boolean): Seg {
  return selected ? seg('❯ ', 'accent', { bold: true }) : seg('  ');
}
