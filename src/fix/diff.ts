// Unified diffs of fixed files (Myers' O(ND) line diff), coloured only when asked.

type Op = { kind: ' ' | '-' | '+'; line: string };

/** Splits into lines keeping each line's ending, so CRLF and a missing final newline survive the diff. */
function splitLines(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      out.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

/** The shortest edit script between two line arrays. */
function diffLines(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const v = new Int32Array(2 * max + 2);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x: number;
      if (k === -d || (k !== d && v[max + k - 1]! < v[max + k + 1]!)) x = v[max + k + 1]!;
      else x = v[max + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[max + k] = x;
      if (x >= n && y >= m) return backtrack(trace, a, b, max, d);
    }
  }
  return [];
}

function backtrack(trace: Int32Array[], a: string[], b: string[], max: number, dEnd: number): Op[] {
  const ops: Op[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = dEnd; d > 0; d--) {
    const v = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && v[max + k - 1]! < v[max + k + 1]!) ? k + 1 : k - 1;
    const prevX = v[max + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) ops.push({ kind: ' ', line: a[--x]! }), y--;
    if (x === prevX) ops.push({ kind: '+', line: b[--y]! });
    else ops.push({ kind: '-', line: a[--x]! });
  }
  while (x > 0 && y > 0) ops.push({ kind: ' ', line: a[--x]! }), y--;
  return ops.reverse();
}

export interface DiffOptions {
  color?: boolean;
  context?: number;
}

/** A unified diff (`--- a/file`, `+++ b/file`, `@@` hunks); empty when the texts are equal. */
export function unifiedDiff(path: string, before: string, after: string, options: DiffOptions = {}): string {
  if (before === after) return '';
  const ctx = options.context ?? 3;
  const ops = diffLines(splitLines(before), splitLines(after));
  const paint = (code: number, s: string): string => (options.color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const show = (line: string): string => {
    const body = line.endsWith('\n') ? line.slice(0, -1) : line;
    return line.endsWith('\n') ? body : `${body}\n\\ No newline at end of file`;
  };
  const out: string[] = [paint(1, `--- a/${path}`), paint(1, `+++ b/${path}`)];
  let i = 0;
  let aLine = 1;
  let bLine = 1;
  while (i < ops.length) {
    if (ops[i]!.kind === ' ') {
      i++;
      aLine++;
      bLine++;
      continue;
    }
    // A hunk: back up `ctx` lines, extend until `2*ctx` unchanged lines in a row.
    const start = Math.max(0, i - ctx);
    let j = i;
    let lastChange = i;
    while (j < ops.length) {
      if (ops[j]!.kind !== ' ') lastChange = j;
      else if (j - lastChange > 2 * ctx) break;
      j++;
    }
    const end = Math.min(ops.length, lastChange + ctx + 1);
    const aStart = aLine - (i - start);
    const bStart = bLine - (i - start);
    let aCount = 0;
    let bCount = 0;
    const body: string[] = [];
    for (let k = start; k < end; k++) {
      const op = ops[k]!;
      if (op.kind !== '+') aCount++;
      if (op.kind !== '-') bCount++;
      const text = op.kind + show(op.line);
      body.push(op.kind === '-' ? paint(31, text) : op.kind === '+' ? paint(32, text) : text);
    }
    out.push(paint(36, `@@ -${aCount ? aStart : aStart - 1},${aCount} +${bCount ? bStart : bStart - 1},${bCount} @@`), ...body);
    for (let k = i; k < end; k++) {
      const op = ops[k]!;
      if (op.kind !== '+') aLine++;
      if (op.kind !== '-') bLine++;
    }
    i = end;
  }
  return out.join('\n') + '\n';
}
