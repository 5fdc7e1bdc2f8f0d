import type { SourceFile } from '../../parser/source.js';
/** Where bytes 0x80-0xFF live in a subject: byte b is U+E000 + b. */
export declare const PUA = 57344;
/** The subject of raw bytes. */
export declare function bytesToSubject(bytes: Uint8Array): string;
/** The subject of a text as it is stored on disk in the given encoding. */
export declare function textToSubject(text: string, encoding?: 'utf8' | 'latin1'): string;
/** The bytes a subject stands for. */
export declare function subjectToBytes(s: string): Buffer;
/** A subject shown as text: UTF-8 when its bytes are valid UTF-8, else Latin-1. */
export declare function fromSubject(s: string): string;
/** The subject of a directive argument, in the encoding its file was read with. */
export declare function argSubject(value: string, file: SourceFile): string;
