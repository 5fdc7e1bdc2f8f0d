// The package version, replaced at build time by esbuild's define; read from package.json in development.
declare const __SSE_LINT_VERSION__: string | undefined;
export const VERSION: string = typeof __SSE_LINT_VERSION__ === 'string' ? __SSE_LINT_VERSION__ : '0.1.0-dev';
