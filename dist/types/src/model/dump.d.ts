/** True when the text looks like `nginx -T` output (it has at least one `# configuration file <path>:` line). */
export declare function isNginxDump(text: string): boolean;
/**
 * Splits a dump into files. nginx writes `# configuration file <path>:` LF, the file's bytes, then one
 * extra LF (ngx_conf_dump in src/core/nginx.c); that extra LF is removed so line numbers match the file.
 * Text before the first marker (nginx's "syntax is ok" lines) is ignored.
 */
export declare function splitNginxDump(text: string): Map<string, string>;
