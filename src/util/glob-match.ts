// Glob matching without backtracking: patterns become a list of steps and the subject is read once, keeping the set
// of steps reachable so far (time proportional to subject length times pattern length, whatever the stars).

/** One step of a compiled glob. */
type Step =
  | { kind: 'char'; c: number }
  | { kind: 'one'; slash: boolean }
  | { kind: 'class'; set: Set<number>; ranges: [number, number][]; negate: boolean }
  /** Any run of characters; `slash: false` stops at `/`. `skip`: this step and the next may be skipped together (`**` + `/`). */
  | { kind: 'star'; slash: boolean; skip?: boolean };

export interface GlobSyntax {
  /** `**` matches across `/` (config globs); otherwise `*` is the only star. */
  doubleStar: boolean;
  /** `*` and `?` may match `/` (fnmatch without FNM_PATHNAME, used per path segment). */
  starMatchesSlash: boolean;
  /** `[!...]` negates (fnmatch); `[^...]` always does. */
  bang: boolean;
  /** A backslash escapes the next character. */
  escapes: boolean;
}

/** A compiled glob. */
export interface Glob {
  steps: Step[];
}

/** Compiles a glob. Never throws: a `[` without its `]` is a literal, and a reversed range matches nothing (glibc). */
export function compileGlob(pattern: string, syntax: GlobSyntax): Glob {
  const steps: Step[] = [];
  const cps = [...pattern].map((ch) => ch.codePointAt(0)!);
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    if (c === 0x5c && syntax.escapes && i + 1 < cps.length) {
      steps.push({ kind: 'char', c: cps[++i]! });
    } else if (c === 0x2a) {
      if (syntax.doubleStar && cps[i + 1] === 0x2a) {
        i++;
        if (cps[i + 1] === 0x2f) {
          // `**/`: nothing, or any run ending in `/`.
          steps.push({ kind: 'star', slash: true, skip: true });
          steps.push({ kind: 'char', c: 0x2f });
          i++;
        } else steps.push({ kind: 'star', slash: true });
      } else {
        const last = steps[steps.length - 1];
        // Consecutive stars are one star.
        if (!(last?.kind === 'star' && !last.skip)) steps.push({ kind: 'star', slash: syntax.starMatchesSlash });
      }
    } else if (c === 0x3f) {
      steps.push({ kind: 'one', slash: syntax.starMatchesSlash });
    } else if (c === 0x5b) {
      const parsed = parseClass(cps, i, syntax);
      if (!parsed) steps.push({ kind: 'char', c });
      else {
        steps.push(parsed.step);
        i = parsed.end;
      }
    } else steps.push({ kind: 'char', c });
  }
  return { steps };
}

function parseClass(cps: number[], open: number, syntax: GlobSyntax): { step: Step; end: number } | null {
  let j = open + 1;
  let negate = false;
  if (cps[j] === 0x5e || (syntax.bang && cps[j] === 0x21)) {
    negate = true;
    j++;
  }
  const set = new Set<number>();
  const ranges: [number, number][] = [];
  let first = true;
  for (; j < cps.length; j++) {
    let c = cps[j]!;
    if (c === 0x5d && !first) return { step: { kind: 'class', set, ranges, negate }, end: j };
    first = false;
    if (c === 0x5c && syntax.escapes && j + 1 < cps.length) c = cps[++j]!;
    if (cps[j + 1] === 0x2d && j + 2 < cps.length && cps[j + 2] !== 0x5d) {
      let hi = cps[j + 2]!;
      j += 2;
      if (hi === 0x5c && syntax.escapes && j + 1 < cps.length) hi = cps[++j]!;
      if (c <= hi) ranges.push([c, hi]);
      continue;
    }
    set.add(c);
  }
  return null;
}

function stepMatches(s: Step, c: number): boolean {
  switch (s.kind) {
    case 'char':
      return s.c === c;
    case 'one':
    case 'star':
      return s.slash || c !== 0x2f;
    case 'class': {
      const hit = s.set.has(c) || s.ranges.some(([lo, hi]) => c >= lo && c <= hi);
      return hit !== s.negate && c !== 0x2f;
    }
  }
}

export interface MatchOptions {
  /** Also match when the glob matches a leading part of the subject that ends right before a `/` (a directory glob covers what is below it). */
  prefixDir?: boolean;
  /** The match may also start right after any `/` (a glob without a slash matches a name at any depth). */
  anySegment?: boolean;
}

/** Whether a compiled glob matches the whole subject (see MatchOptions for the looser forms). */
export function matchGlob(glob: Glob, subject: string, options: MatchOptions = {}): boolean {
  const steps = glob.steps;
  const n = steps.length;
  let current = new Uint8Array(n + 1);
  let next = new Uint8Array(n + 1);
  // Adds a state and every state reachable from it without reading (stars may match nothing; `**/` may be skipped).
  const add = (set: Uint8Array, k: number): void => {
    while (k <= n && !set[k]) {
      set[k] = 1;
      const s = steps[k];
      if (!s || s.kind !== 'star') return;
      if (s.skip) add(set, k + 2);
      k++;
    }
  };
  add(current, 0);
  const cps = [...subject].map((ch) => ch.codePointAt(0)!);
  for (let p = 0; p < cps.length; p++) {
    const c = cps[p]!;
    if (options.prefixDir && c === 0x2f && current[n]) return true;
    next.fill(0);
    let any = false;
    for (let k = 0; k < n; k++) {
      if (!current[k]) continue;
      const s = steps[k]!;
      if (!stepMatches(s, c)) continue;
      any = true;
      if (s.kind === 'star') add(next, k);
      else add(next, k + 1);
    }
    // A glob that may start at any segment restarts after every `/`; otherwise nothing left alive is a miss.
    if (options.anySegment && c === 0x2f) add(next, 0);
    else if (!any && !options.anySegment) return false;
    [current, next] = [next, current];
  }
  return current[n] === 1;
}

/** A pattern of literal text and runs of any characters (`min` 0 or 1 of them), matched like a glob. */
export type LiteralsAndRuns = ({ text: string } | { anyRun: 0 | 1 })[];

/** Compiles text and runs (`/files/` then anything then `.conf`) into a glob, without any syntax to escape. */
export function globOfParts(parts: LiteralsAndRuns): Glob {
  const steps: Step[] = [];
  for (const p of parts) {
    if ('text' in p) for (const ch of p.text) steps.push({ kind: 'char', c: ch.codePointAt(0)! });
    else {
      if (p.anyRun === 1) steps.push({ kind: 'one', slash: true });
      steps.push({ kind: 'star', slash: true });
    }
  }
  return { steps };
}
