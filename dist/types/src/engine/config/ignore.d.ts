/**
 * A test for "is this file ignored": globs relative to `baseDir` (`conf.d/legacy-*.conf`, `sites/**`),
 * absolute globs (`/etc/nginx/modules-enabled/*`), and globs without a slash, which match a file or directory
 * name at any depth (`*.bak`, `legacy`). A directory pattern covers everything below it.
 */
export declare function ignoreMatcher(globs: readonly string[], baseDir: string): (file: string) => boolean;
