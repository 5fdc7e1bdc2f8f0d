// Finding English prose left in text that should be in another language (explain output, reports).

/**
 * Runs of English prose in `text`: three or more consecutive English words (letters only, the first may be a
 * capital), separated by spaces or commas. Not prose, and removed first:
 * - code spans in backticks and URLs;
 * - double-quoted text with no Chinese in it (nginx's own wording such as "worker_connections are not enough",
 *   header values);
 * - nginx statements quoted in a message, from a directive name with an underscore to its `;`
 *   (`add_header Vary Origin always;`);
 * - with `skipIndented`, lines indented by four spaces or more (the config examples of `explain`);
 * - words glued to code characters (`proxy_buffering`, `X-Accel-Buffering`, `/v1/chat`, `$http_upgrade`,
 *   `--fix`, `a.conf:3`), so directive names, paths, variables and flags never count.
 * A directive name or value standing alone between Chinese words is one word and never forms a run.
 */
export function englishProse(text: string, opts: { skipIndented?: boolean } = {}): string[] {
  const lines = text.split('\n').filter((l) => !(opts.skipIndented && /^ {4}/.test(l)));
  const cleaned = lines.join('\n')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/\bhttps?:\/\/\S+/g, ' ')
    .replace(/"[^"\n\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]*"/g, ' ')
    .replace(/\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b[^;\n\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]*;/g, ' ');
  // A word: letters (an apostrophe inside allowed), not touching characters that make it code or a path.
  const word = String.raw`(?<![\w$./\\:=@#<>{}-])[A-Za-z][a-z]*(?:'[a-z]+)?(?![\w$/\\=@#<>{}-]|\.\w|:\w)`;
  const run = new RegExp(`${word}(?:[ ,]+${word}){2,}`, 'g');
  return [...cleaned.matchAll(run)].map((m) => m[0]);
}
