/**
 * True when the text starts like `nginx -T` output: its first line is `# configuration file <path>:`, after nginx's
 * own `nginx: ...` lines when stderr was captured too (`nginx -T 2>&1`). Such a comment further down an ordinary
 * file does not make it a dump.
 */
export declare function isNginxDump(text: string): boolean;
/**
 * Splits a dump into files. nginx writes `# configuration file <path>:` LF, the file's bytes, then one
 * extra LF (ngx_conf_dump in src/core/nginx.c); that extra LF is removed so line numbers match the file.
 * Text before the first marker (nginx's "syntax is ok" lines) is ignored.
 */
export declare function splitNginxDump(text: string): Map<string, string>;
