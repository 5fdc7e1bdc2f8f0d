import { type ConfigTree } from '../model/includes.js';
import type { InputOptions } from '../model/inputs.js';
export interface Placed {
    /** Trees of main configs that include some of the files, each with the files it stands for. */
    trees: {
        tree: ConfigTree;
        files: string[];
    }[];
    /** Inputs no tree includes (and everything that is not a regular file): loaded as usual. */
    rest: string[];
}
/**
 * Finds, for each regular-file input, the nginx.conf in its folder or a folder above (up to `cwd` when the file is
 * inside it, else up to the root) whose tree includes it, nearest first. Inputs that share a main config share its
 * tree; a main config given as an input stands for itself.
 */
export declare function placeInIncluders(inputs: readonly string[], options: InputOptions): Placed;
