// A backtracking matcher for parsed PCRE2 patterns, with PCRE2's match limit: a hostile pattern such as
// `^/(a+)+$` ends with the error nginx logs (`pcre2_match() failed: -47`) instead of running for ever.
import { fixedLength, hasByte, isWordByte, type AssertKind, type ByteSet, type ParsedPcre, type PcreNode } from './pcre-parse.js';

/** PCRE2's default match limit (MATCH_LIMIT): backtracking points one pcre2_match() call may create. */
export const PCRE2_MATCH_LIMIT = 10_000_000;

/** Largest program this matcher builds (counted repeats are unrolled). */
const MAX_PROGRAM = 100_000;

/** A lookbehind's length: the parser checked it is fixed, and split one whose alternatives differ in length. */
function lookbehindLength(body: PcreNode): number {
  const len = fixedLength(body);
  if (typeof len !== 'number') throw new Error('a lookbehind with alternatives of different lengths reached the matcher');
  return len;
}

/** A match that PCRE2 would abandon: nginx logs `pcre2_match() failed: <code>` and answers 500. */
export class PcreLimitError extends Error {
  constructor(readonly code: number, readonly reason: string) {
    super(`pcre2_match() failed: ${code} (${reason})`);
    this.name = 'PcreLimitError';
  }
}

const enum Op { Set, Split, Jmp, Save, Assert, Mark, Empty, Look, Atomic, Backref, Succeed, Match }

interface Ins {
  op: Op;
  set?: ByteSet;
  /** Split: preferred target; Jmp: target; Look/Atomic: first instruction of the body. */
  x?: number;
  /** Split: the alternative pushed for backtracking; Empty: the loop's exit. */
  y?: number;
  /** Save: capture slot; Mark/Empty: loop register slot; Backref: group index. */
  slot?: number;
  kind?: AssertKind;
  behind?: boolean;
  negate?: boolean;
  len?: number;
  caseless?: boolean;
}

/** A compiled pattern: its program plus what PCRE2 checks before it starts backtracking. */
export interface PcreProgram {
  code: Ins[];
  groups: number;
  slots: number;
  anchored: boolean;
  minLength: number;
  /** Bytes a match can start with; null when a match can be empty or start anywhere. */
  first: ByteSet | null;
  /** A byte (either case under caseless matching) every match contains, as PCRE2's "last required code unit". */
  required: ByteSet | null;
}

/** Compiles a parsed pattern into a program; throws PcreLimitError(-1) when it would be too large. */
export function compileProgram(parsed: ParsedPcre): PcreProgram {
  const code: Ins[] = [];
  let slots = (parsed.groups + 1) * 2;
  const emit = (ins: Ins): number => {
    if (code.length >= MAX_PROGRAM) throw new RangeError('the pattern is too large to evaluate here');
    code.push(ins);
    return code.length - 1;
  };
  const gen = (n: PcreNode): void => {
    switch (n.t) {
      case 'set':
        emit({ op: Op.Set, set: n.set });
        return;
      case 'seq':
        for (const item of n.items) gen(item);
        return;
      case 'alt': {
        const jumps: number[] = [];
        n.alts.forEach((a, k) => {
          if (k < n.alts.length - 1) {
            const split = emit({ op: Op.Split, x: code.length + 1, y: -1 });
            gen(a);
            jumps.push(emit({ op: Op.Jmp, x: -1 }));
            code[split]!.y = code.length;
          } else gen(a);
        });
        for (const j of jumps) code[j]!.x = code.length;
        return;
      }
      case 'group':
        emit({ op: Op.Save, slot: n.index * 2 });
        gen(n.body);
        emit({ op: Op.Save, slot: n.index * 2 + 1 });
        return;
      case 'assert':
        emit({ op: Op.Assert, kind: n.kind });
        return;
      case 'backref':
        emit({ op: Op.Backref, slot: n.index, caseless: n.caseless });
        return;
      case 'look': {
        const at = emit({ op: Op.Look, behind: n.behind, negate: n.negate, len: n.behind ? lookbehindLength(n.body) : 0, x: code.length + 2 });
        const skip = emit({ op: Op.Jmp, x: -1 });
        gen(n.body);
        emit({ op: Op.Succeed });
        code[skip]!.x = code.length;
        void at;
        return;
      }
      case 'atomic': {
        emit({ op: Op.Atomic, x: code.length + 2 });
        const skip = emit({ op: Op.Jmp, x: -1 });
        gen(n.body);
        emit({ op: Op.Succeed });
        code[skip]!.x = code.length;
        return;
      }
      case 'repeat': {
        if (n.mode === 'possessive') {
          gen({ t: 'atomic', body: { ...n, mode: 'greedy' } });
          return;
        }
        const lazy = n.mode === 'lazy';
        for (let k = 0; k < n.min; k++) gen(n.body);
        if (n.max === Infinity) {
          const nullable = minLen(n.body) === 0;
          const reg = nullable ? slots++ : -1;
          const loop = emit({ op: Op.Split, x: -1, y: -1 });
          const body = code.length;
          if (nullable) emit({ op: Op.Mark, slot: reg });
          gen(n.body);
          const empty = nullable ? emit({ op: Op.Empty, slot: reg, y: -1 }) : -1;
          emit({ op: Op.Jmp, x: loop });
          const out = code.length;
          code[loop]!.x = lazy ? out : body;
          code[loop]!.y = lazy ? body : out;
          if (empty >= 0) code[empty]!.y = out;
          return;
        }
        const splits: number[] = [];
        for (let k = n.min; k < n.max; k++) {
          const s = emit({ op: Op.Split, x: -1, y: -1 });
          splits.push(s);
          const body = code.length;
          gen(n.body);
          code[s]!.x = body;
        }
        const out = code.length;
        for (const s of splits) {
          const body = code[s]!.x!;
          code[s]!.x = lazy ? out : body;
          code[s]!.y = lazy ? body : out;
        }
        return;
      }
    }
  };
  emit({ op: Op.Save, slot: 0 });
  gen(parsed.node);
  emit({ op: Op.Save, slot: 1 });
  emit({ op: Op.Match });
  const start = firstOf(parsed.node);
  return {
    code, groups: parsed.groups, slots,
    anchored: anchoredAtStart(parsed.node),
    minLength: minLen(parsed.node),
    first: start.nullable ? null : start.set,
    required: requiredOf(parsed.node),
  };
}

function minLen(n: PcreNode): number {
  switch (n.t) {
    case 'set':
      return 1;
    case 'seq':
      return n.items.reduce((a, x) => a + minLen(x), 0);
    case 'alt':
      return Math.min(...n.alts.map(minLen));
    case 'group':
    case 'atomic':
      return minLen(n.body);
    case 'repeat':
      return n.min === 0 ? 0 : minLen(n.body) * n.min;
    default:
      // A back reference may match the empty string.
      return 0;
  }
}

function anchoredAtStart(n: PcreNode): boolean {
  switch (n.t) {
    case 'assert':
      return n.kind === 'bol' || n.kind === 'start';
    case 'seq':
      return n.items.length > 0 && anchoredAtStart(n.items[0]!);
    case 'alt':
      return n.alts.every(anchoredAtStart);
    case 'group':
    case 'atomic':
      return anchoredAtStart(n.body);
    case 'repeat':
      return n.min > 0 && anchoredAtStart(n.body);
    default:
      return false;
  }
}

/** The bytes a match can begin with, and whether it can be empty (then any start is possible). */
function firstOf(n: PcreNode): { set: ByteSet; nullable: boolean } {
  const set = new Uint32Array(8);
  const or = (s: ByteSet): void => {
    for (let k = 0; k < 8; k++) set[k]! |= s[k]!;
  };
  switch (n.t) {
    case 'set':
      return { set: n.set, nullable: false };
    case 'seq': {
      for (const item of n.items) {
        const f = firstOf(item);
        or(f.set);
        if (!f.nullable) return { set, nullable: false };
      }
      return { set, nullable: true };
    }
    case 'alt': {
      let nullable = false;
      for (const a of n.alts) {
        const f = firstOf(a);
        or(f.set);
        nullable ||= f.nullable;
      }
      return { set, nullable };
    }
    case 'group':
    case 'atomic':
      return firstOf(n.body);
    case 'repeat': {
      const f = firstOf(n.body);
      return { set: f.set, nullable: f.nullable || n.min === 0 };
    }
    case 'assert':
    case 'look':
      return { set, nullable: true };
    case 'backref':
      // Unknown bytes: say "anything", so no start position is skipped.
      return { set: new Uint32Array(8).fill(0xffffffff), nullable: true };
  }
}

/** One literal byte (or an ASCII letter in both cases) that every match contains, the last one in the pattern. */
function requiredOf(n: PcreNode): ByteSet | null {
  switch (n.t) {
    case 'set': {
      let count = 0;
      const bytes: number[] = [];
      for (let b = 0; b < 256 && count <= 2; b++) if (hasByte(n.set, b)) (count++, bytes.push(b));
      if (count === 1 || (count === 2 && bytes[1]! - bytes[0]! === 32 && bytes[0]! >= 0x41 && bytes[0]! <= 0x5a)) return n.set;
      return null;
    }
    case 'seq': {
      let last: ByteSet | null = null;
      for (const item of n.items) last = requiredOf(item) ?? last;
      return last;
    }
    case 'alt': {
      const each = n.alts.map(requiredOf);
      const first = each[0];
      return first && each.every((e) => e && e.every((w, k) => w === first[k])) ? first : null;
    }
    case 'group':
    case 'atomic':
      return requiredOf(n.body);
    case 'repeat':
      return n.min > 0 ? requiredOf(n.body) : null;
    default:
      return null;
  }
}

/** The outcome of a match: capture offsets (start, end per group; -1 when unset), or null for no match. */
export type PcreCaptures = Int32Array | null;

/**
 * Runs a program over bytes, trying each start position as pcre2_match() does. Throws PcreLimitError when the
 * match limit (or the backtracking memory cap) is reached before an answer.
 */
export function execProgram(p: PcreProgram, s: Uint8Array, matchLimit = PCRE2_MATCH_LIMIT): PcreCaptures {
  const n = s.length;
  if (n < p.minLength) return null;
  if (p.required) {
    let found = false;
    for (let k = 0; k < n && !found; k++) found = hasByte(p.required, s[k]!);
    if (!found) return null;
  }
  const code = p.code;
  const regs = new Int32Array(p.slots).fill(-1);
  // Backtracking stack (pc, pos, undo-log length) and undo log (slot, old value), both growable.
  let bt = new Int32Array(3 * 1024);
  let sp = 0;
  let log = new Int32Array(2 * 1024);
  let lp = 0;
  let pushes = 0;
  const limit = matchLimit;
  /** Memory cap for the backtracking stack and undo log (entries). */
  const MAX_ENTRIES = 4_000_000;

  const setReg = (slot: number, v: number): void => {
    if (lp + 2 > log.length) {
      if (log.length / 2 >= MAX_ENTRIES) throw new PcreLimitError(-63, 'heap limit exceeded');
      const bigger = new Int32Array(log.length * 2);
      bigger.set(log);
      log = bigger;
    }
    log[lp++] = slot;
    log[lp++] = regs[slot]!;
    regs[slot] = v;
  };
  const undoTo = (to: number): void => {
    while (lp > to) {
      const old = log[--lp]!;
      const slot = log[--lp]!;
      regs[slot] = old;
    }
  };
  const push = (pc: number, pos: number): void => {
    if (++pushes > limit) throw new PcreLimitError(-47, 'match limit exceeded');
    if (sp + 3 > bt.length) {
      if (bt.length / 3 >= MAX_ENTRIES) throw new PcreLimitError(-63, 'heap limit exceeded');
      const bigger = new Int32Array(bt.length * 2);
      bigger.set(bt);
      bt = bigger;
    }
    bt[sp++] = pc;
    bt[sp++] = pos;
    bt[sp++] = lp;
  };

  const word = (pos: number): boolean => pos >= 0 && pos < n && isWordByte(s[pos]!);
  const assert = (kind: AssertKind, pos: number): boolean => {
    switch (kind) {
      case 'bol':
      case 'start':
        return pos === 0;
      case 'mbol':
        return pos === 0 || (s[pos - 1] === 0x0a && pos < n);
      case 'eol':
      case 'endnl':
        return pos === n || (pos === n - 1 && s[pos] === 0x0a);
      case 'meol':
        return pos === n || s[pos] === 0x0a;
      case 'end':
        return pos === n;
      case 'word':
        return word(pos - 1) !== word(pos);
      case 'nonword':
        return word(pos - 1) === word(pos);
    }
  };
  const fold = (b: number): number => (b >= 0x41 && b <= 0x5a ? b + 32 : b);

  /**
   * Runs from `pc0` at `pos0` until Match (or Succeed, for a lookaround or atomic body, ending at `endAt` when it
   * is not -1). Returns the end position, or -1. Alternatives left on the stack are dropped either way.
   */
  const run = (pc0: number, pos0: number, endAt: number): number => {
    const base = sp;
    const logBase = lp;
    let pc = pc0;
    let pos = pos0;
    for (;;) {
      const ins = code[pc]!;
      let ok = true;
      switch (ins.op) {
        case Op.Set:
          if (pos < n && hasByte(ins.set!, s[pos]!)) {
            pos++;
            pc++;
          } else ok = false;
          break;
        case Op.Split:
          push(ins.y!, pos);
          pc = ins.x!;
          break;
        case Op.Jmp:
          pc = ins.x!;
          break;
        case Op.Save:
        case Op.Mark:
          setReg(ins.slot!, pos);
          pc++;
          break;
        case Op.Empty:
          // An iteration that matched nothing ends the loop (PCRE2 moves on instead of looping for ever).
          pc = regs[ins.slot!] === pos ? ins.y! : pc + 1;
          break;
        case Op.Assert:
          if (assert(ins.kind!, pos)) pc++;
          else ok = false;
          break;
        case Op.Backref: {
          const from = regs[ins.slot! * 2]!;
          const to = regs[ins.slot! * 2 + 1]!;
          if (from < 0 || to < 0) {
            ok = false;
            break;
          }
          const len = to - from;
          if (pos + len > n) {
            ok = false;
            break;
          }
          for (let k = 0; k < len && ok; k++) {
            const a = s[from + k]!;
            const b = s[pos + k]!;
            ok = a === b || (ins.caseless! && fold(a) === fold(b));
          }
          if (ok) {
            pos += len;
            pc++;
          }
          break;
        }
        case Op.Look: {
          const at = ins.behind ? pos - ins.len! : pos;
          const hit = at >= 0 && run(ins.x!, at, ins.behind ? pos : -1) >= 0;
          if (hit !== !!ins.negate) pc = code[pc + 1]!.x!;
          else ok = false;
          break;
        }
        case Op.Atomic: {
          const end = run(ins.x!, pos, -1);
          if (end >= 0) {
            pos = end;
            pc = code[pc + 1]!.x!;
          } else ok = false;
          break;
        }
        case Op.Succeed:
          if (endAt >= 0 && pos !== endAt) {
            ok = false;
            break;
          }
          sp = base;
          return pos;
        case Op.Match:
          sp = base;
          return pos;
      }
      if (ok) continue;
      if (sp === base) {
        undoTo(logBase);
        return -1;
      }
      // Entries are pushed as (pc, pos, undo-log length): read back in reverse.
      undoTo(bt[--sp]!);
      pos = bt[--sp]!;
      pc = bt[--sp]!;
    }
  };

  const last = p.anchored ? 0 : n;
  for (let start = 0; start <= last; start++) {
    if (n - start < p.minLength) break;
    if (p.first && (start >= n || !hasByte(p.first, s[start]!))) continue;
    regs.fill(-1);
    lp = 0;
    sp = 0;
    if (run(0, start, -1) >= 0) return regs.slice(0, (p.groups + 1) * 2);
  }
  return null;
}
