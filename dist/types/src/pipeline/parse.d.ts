import { type Payload, type PayloadOptions } from '../reporters/crossplane.js';
import { type PipelineOptions } from './settings.js';
export interface ParseRequest extends PayloadOptions {
    /** Parse only this file, without following includes. */
    singleFile?: boolean;
}
/** The crossplane-compatible payload of `target` (a path, or `-` for standard input). */
export declare function parsePayload(target: string, request?: ParseRequest, options?: PipelineOptions): Payload;
