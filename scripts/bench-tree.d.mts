// Types of scripts/bench-tree.mjs for the tests that import it.
export declare const SERVERS_PER_FILE: number;
export declare function writeBenchTree(dir: string, servers: number, options?: { runtimeDir?: string }): number;
