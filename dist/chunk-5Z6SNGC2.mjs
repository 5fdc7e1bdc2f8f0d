import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/types.ts
var SEVERITY_RANK = { info: 1, warning: 2, error: 3 };
function compareFindings(a, b) {
  if (a.span.file !== b.span.file) return a.span.file < b.span.file ? -1 : 1;
  if (a.span.start !== b.span.start) return a.span.start - b.span.start;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

// src/util/display-width.ts
var WIDE = [
  [4352, 4447],
  [8986, 8987],
  [9001, 9002],
  [9193, 9196],
  [9200, 9200],
  [9203, 9203],
  [9725, 9726],
  [9748, 9749],
  [9800, 9811],
  [9855, 9855],
  [9875, 9875],
  [9889, 9889],
  [9898, 9899],
  [9917, 9918],
  [9924, 9925],
  [9934, 9934],
  [9940, 9940],
  [9962, 9962],
  [9970, 9971],
  [9973, 9973],
  [9978, 9978],
  [9981, 9981],
  [9989, 9989],
  [9994, 9995],
  [10024, 10024],
  [10060, 10060],
  [10062, 10062],
  [10067, 10069],
  [10071, 10071],
  [10133, 10135],
  [10160, 10160],
  [10175, 10175],
  [11035, 11036],
  [11088, 11088],
  [11093, 11093],
  [11904, 12350],
  [12353, 13311],
  [13312, 19903],
  [19968, 40959],
  [40960, 42191],
  [43360, 43391],
  [44032, 55203],
  [63744, 64255],
  [65040, 65049],
  [65072, 65135],
  [65280, 65376],
  [65504, 65510],
  [94176, 94180],
  [94208, 101631],
  [110592, 111359],
  [126980, 126980],
  [127183, 127183],
  [127374, 127374],
  [127377, 127386],
  [127488, 127569],
  [127744, 127776],
  [127789, 127797],
  [127799, 127868],
  [127870, 127891],
  [127904, 127946],
  [127951, 127955],
  [127968, 127984],
  [127988, 127988],
  [127992, 128062],
  [128064, 128064],
  [128066, 128252],
  [128255, 128317],
  [128331, 128334],
  [128336, 128359],
  [128378, 128378],
  [128405, 128406],
  [128420, 128420],
  [128507, 128591],
  [128640, 128709],
  [128716, 128716],
  [128720, 128722],
  [128725, 128727],
  [128732, 128735],
  [128747, 128748],
  [128756, 128764],
  [128992, 129003],
  [129008, 129008],
  [129292, 129338],
  [129340, 129349],
  [129351, 129535],
  [129648, 129791],
  [131072, 196605],
  [196608, 262141]
];
function inRanges(cp, ranges) {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const [a, b] = ranges[mid];
    if (cp < a) hi = mid - 1;
    else if (cp > b) lo = mid + 1;
    else return true;
  }
  return false;
}
function cellWidth(cp) {
  if (cp < 768) return 1;
  if (cp >= 8203 && cp <= 8207 || cp === 8288 || cp === 65279 || cp >= 65024 && cp <= 65039) return 0;
  if (cp >= 768 && cp <= 879 || cp >= 6832 && cp <= 6911 || cp >= 7616 && cp <= 7679 || cp >= 8400 && cp <= 8447 || cp >= 65056 && cp <= 65071) return 0;
  return inRanges(cp, WIDE) ? 2 : 1;
}
var segmenter = null;
function graphemes(s) {
  if (/^[\x20-\x7e]*$/.test(s)) return s.split("");
  segmenter ??= new Intl.Segmenter(void 0, { granularity: "grapheme" });
  return Array.from(segmenter.segment(s), (x) => x.segment);
}
function graphemeWidth(g) {
  const cp = g.codePointAt(0);
  const w = cellWidth(cp);
  if (w === 1 && g.includes("\uFE0F") && new RegExp("\\p{Extended_Pictographic}", "u").test(g)) return 2;
  return w;
}
function displayWidth(s) {
  if (/^[\x20-\x7e]*$/.test(s)) return s.length;
  let n = 0;
  for (const g of graphemes(s)) n += graphemeWidth(g);
  return n;
}

export {
  SEVERITY_RANK,
  compareFindings,
  graphemes,
  graphemeWidth,
  displayWidth
};
