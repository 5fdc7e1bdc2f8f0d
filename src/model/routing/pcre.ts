// PCRE2 as nginx runs it for `location ~`/`~*` and `server_name ~`: 8-bit, no UTF, C locale, default match limit.
// Patterns and subjects are byte subjects (see subject.ts); matching is bounded, never a hang.
import { parsePcre, PcreSyntaxError } from './pcre-parse.js';
import { compileProgram, execProgram, PCRE2_MATCH_LIMIT, PcreLimitError, type PcreProgram } from './pcre-vm.js';
import { subjectToBytes } from './subject.js';
import type { CompiledRegex, PcreProblem } from './types.js';

export { PCRE2_MATCH_LIMIT, PcreLimitError } from './pcre-vm.js';

/** A compiled pattern. Matching gives up as PCRE2 does, with PcreLimitError, when its match limit is reached. */
export class Pcre implements CompiledRegex {
  /** @internal */
  constructor(
    /** The pattern as a byte subject. */
    readonly source: string,
    private readonly program: PcreProgram,
    /** Named groups and their numbers. */
    readonly names: ReadonlyMap<string, number>,
    private readonly matchLimit: number,
  ) {}

  /** Whether the pattern matches somewhere in the subject. Throws PcreLimitError where nginx gets an error. */
  test(subject: string): boolean {
    return execProgram(this.program, subjectToBytes(subject), this.matchLimit) !== null;
  }

  /**
   * The match and its groups as subjects (`[whole, $1, $2, ...]`, undefined for a group that took no part), or
   * null. Throws PcreLimitError where nginx gets an error.
   */
  exec(subject: string): (string | undefined)[] | null {
    const caps = execProgram(this.program, subjectToBytes(subject), this.matchLimit);
    if (!caps) return null;
    const out: (string | undefined)[] = [];
    for (let k = 0; k < caps.length; k += 2) out.push(caps[k]! < 0 || caps[k + 1]! < 0 ? undefined : subject.slice(caps[k]!, caps[k + 1]!));
    return out;
  }
}

export interface PcreOptions {
  /** Backtracking points one match may create (PCRE2's match_limit); default 10,000,000 as in PCRE2. */
  matchLimit?: number;
}

/**
 * Compiles a PCRE pattern (a byte subject) for matching with PCRE2's meaning, or says why it cannot be evaluated
 * here (`error`): constructs such as recursion, conditionals, Unicode properties or verbs, and patterns nginx -t
 * itself rejects.
 */
export function compilePcre(pattern: string, caseless: boolean, options: PcreOptions = {}): { regex: Pcre | null; error: PcreProblem | null } {
  // A compiled pattern is immutable: the same regex written in 10,000 server files is compiled once.
  const key = `${caseless ? 'i' : '-'}${options.matchLimit ?? ''}\0${pattern}`;
  let compiled = compiledPatterns.get(key);
  if (!compiled) {
    compiled = compileNow(pattern, caseless, options);
    if (compiledPatterns.size >= 10_000) compiledPatterns.clear();
    compiledPatterns.set(key, compiled);
  }
  return { ...compiled };
}

const compiledPatterns = new Map<string, { regex: Pcre | null; error: PcreProblem | null }>();

function compileNow(pattern: string, caseless: boolean, options: PcreOptions): { regex: Pcre | null; error: PcreProblem | null } {
  try {
    const parsed = parsePcre(pattern, caseless);
    const program = compileProgram(parsed);
    return { regex: new Pcre(pattern, program, parsed.names, options.matchLimit ?? PCRE2_MATCH_LIMIT), error: null };
  } catch (e) {
    if (e instanceof PcreSyntaxError) return { regex: null, error: e.problem };
    if (e instanceof RangeError) return { regex: null, error: { kind: 'too-large' } };
    throw e;
  }
}

export { PcreSyntaxError };
