import { ReadRefusedError } from '../util/read-file.js';
import { type Locale } from './index.js';
/** `permission denied`, `is a FIFO (named pipe); sse-lint reads only regular files`, ... (else the error's message). */
export declare function readErrorReason(e: unknown, locale: Locale): string;
/** The data of a refused path's reason: the size limit in MB (for `too-large`). */
export declare function refusedData(e: ReadRefusedError): Record<string, number>;
