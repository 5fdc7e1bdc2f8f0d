// `nginx -T` dumps: split back into the files they came from, so findings name the original paths and lines.

const MARKER = '# configuration file ';

/**
 * True when the text starts like `nginx -T` output: its first line is `# configuration file <path>:`, after nginx's
 * own `nginx: ...` lines when stderr was captured too (`nginx -T 2>&1`). Such a comment further down an ordinary
 * file does not make it a dump.
 */
export function isNginxDump(text: string): boolean {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (text.startsWith('nginx: ', i)) {
    const eol = text.indexOf('\n', i);
    if (eol === -1) return false;
    i = eol + 1;
  }
  if (!text.startsWith(MARKER, i)) return false;
  const first = findMarkers(text.slice(i, text.indexOf('\n', i) + 1 || undefined))[0];
  return first !== undefined && first.at === 0;
}

interface Marker {
  path: string;
  /** Offset of the marker line's start. */
  at: number;
  /** Offset just after the marker line's LF. */
  body: number;
}

function findMarkers(text: string): Marker[] {
  const out: Marker[] = [];
  let i = 0;
  while (i < text.length) {
    const j = text.indexOf(MARKER, i);
    if (j === -1) break;
    const lineStart = j === 0 || text[j - 1] === '\n';
    const eol = text.indexOf('\n', j);
    const end = eol === -1 ? text.length : eol;
    const line = text.slice(j, end).replace(/\r$/, '');
    if (lineStart && line.endsWith(':') && line.length > MARKER.length + 1 && eol !== -1) {
      out.push({ path: line.slice(MARKER.length, -1), at: j, body: eol + 1 });
    }
    i = end + 1;
  }
  return out;
}

/**
 * Splits a dump into files. nginx writes `# configuration file <path>:` LF, the file's bytes, then one
 * extra LF (ngx_conf_dump in src/core/nginx.c); that extra LF is removed so line numbers match the file.
 * Text before the first marker (nginx's "syntax is ok" lines) is ignored.
 */
export function splitNginxDump(text: string): Map<string, string> {
  const markers = findMarkers(text);
  const files = new Map<string, string>();
  for (let k = 0; k < markers.length; k++) {
    const m = markers[k]!;
    const stop = k + 1 < markers.length ? markers[k + 1]!.at : text.length;
    let body = text.slice(m.body, stop);
    if (body.endsWith('\n')) body = body.slice(0, -1);
    if (!files.has(m.path)) files.set(m.path, body);
  }
  return files;
}
