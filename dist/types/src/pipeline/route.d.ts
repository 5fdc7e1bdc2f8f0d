import type { Locale } from '../i18n/index.js';
import { type PipelineOptions } from './settings.js';
/**
 * `sse-lint route`: loads one config (settings resolved as for a lint run, the config file applied) and answers
 * for a request. The queried URI is not marked as a stream: the answer says whether the config makes it one.
 * Without a port, the first port a server listens on (else 80).
 */
export declare function routeQuery(path: string, 
/** `locale` chosen by the caller wins over the config file's; `defaultLocale` (the environment's) comes after it. */
q: {
    host?: string;
    port?: number;
    uri: string;
    locale?: Locale;
    defaultLocale?: Locale;
}, options?: PipelineOptions): string;
