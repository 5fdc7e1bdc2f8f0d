import type { ConfigTree } from '../model/includes.js';
import { type SourceFile } from '../parser/source.js';
/**
 * Copies every file of the trees (fixed texts where changed) into a temp prefix, keeping paths relative to
 * each tree's prefix, and runs `bin -t -p <tmp> -c <tmp>/<entry>`. Includes written with absolute paths
 * outside the prefix still point at the originals: nginx reads those unfixed. Only the named binary runs. `error` is
 * set when it could not be run at all.
 */
export declare function verifyWithNginx(bin: string, trees: ConfigTree[], changed: Map<string, {
    after: string;
    source: SourceFile;
}>): {
    ok: boolean;
    output: string;
    error?: Error;
};
