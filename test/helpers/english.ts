// Finding English prose left in text that should be in another language (explain output, reports).

/**
 * Runs of English prose in `text`: three or more consecutive English words (letters only, the first may be a
 * capital), separated by spaces or commas. Not prose, and removed first: code spans in backticks, URLs, lines
 * indented by four spaces or more when `skipIndented` (the config examples of `explain`), and anything glued to
 * code characters (`proxy_buffering`, `X-Accel-Buffering`, `/v1/chat`, `$http_upgrade`, `--fix`, `a.conf:3`).
 * Directive names have underscores or stand alone between Chinese words, so they never form a run.
 */
export function englishProse(text: string, opts: { skipIndented?: boolean } = {}): string[] {
  const lines = text.split('\n').filter((l) => !(opts.skipIndented && /^ {4}/.test(l)));
  const cleaned = lines.join('\n').replace(/`[^`\n]*`/g, ' ').replace(/\bhttps?:\/\/\S+/g, ' ');
  // A word: letters (an apostrophe inside allowed), not touching characters that make it code or a path.
  const word = String.raw`(?<![\w$./\\:=@#<>{}-])[A-Za-z][a-z]*(?:'[a-z]+)?(?![\w$/\\=@#<>{}-]|\.\w|:\w)`;
  const run = new RegExp(`${word}(?:[ ,]+${word}){2,}`, 'g');
  return [...cleaned.matchAll(run)].map((m) => m[0]);
}
