import { ConfigError } from '../engine/config.js';
import { type Locale, type MessageKey } from '../i18n/index.js';
import type { InputError } from '../model/includes.js';
/**
 * A problem with what the caller asked for (bad options, an unusable input path, an invalid config file or
 * baseline). The CLI prints `render(locale)` after `sse-lint: ` and exits with 2; API callers get it thrown.
 */
export declare class PipelineError extends Error {
    /**
     * A catalog key and its data (with `cause`, a system error whose reason fills `{reason}`), inputs that could not
     * be read, or literal text that is already final.
     */
    readonly what: {
        key: MessageKey;
        data?: Record<string, string | number>;
        cause?: unknown;
    } | {
        inputs: readonly InputError[];
    } | {
        text: string;
    } | {
        config: ConfigError;
    };
    constructor(
    /**
     * A catalog key and its data (with `cause`, a system error whose reason fills `{reason}`), inputs that could not
     * be read, or literal text that is already final.
     */
    what: {
        key: MessageKey;
        data?: Record<string, string | number>;
        cause?: unknown;
    } | {
        inputs: readonly InputError[];
    } | {
        text: string;
    } | {
        config: ConfigError;
    });
    render(locale: Locale): string;
    /** Wraps the errors the engine throws for a bad config or baseline; anything else is rethrown as it is. */
    static from(e: unknown): PipelineError;
}
/** Why a program could not be run: `no such file`, `permission denied`, ... (else the error's message). */
export declare function runErrorReason(e: unknown, locale?: Locale): string;
/** A system error as a short reason: `no such directory`, `permission denied`, ... (else its message). */
export declare function ioReason(e: unknown, locale?: Locale): string;
/** An error from writing `file` as a PipelineError (config and baseline errors keep their own wording). */
export declare function writeError(e: unknown, file: string): PipelineError;
