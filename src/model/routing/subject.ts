// Byte subjects. nginx compares URIs and patterns as bytes and PCRE runs without UTF mode. Internally a "subject"
// string holds one character per byte, with bytes 0x80-0xFF moved to U+E080-U+E0FF: JavaScript's case folding and `\s`
// then leave them alone, as PCRE's C-locale tables do (only ASCII letters fold, 0xA0 is not a space).
import type { SourceFile } from '../../parser/source.js';

/** Where bytes 0x80-0xFF live in a subject: byte b is U+E000 + b. */
export const PUA = 0xe000;

/** The subject of raw bytes. */
export function bytesToSubject(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b < 0x80 ? b : PUA + b);
  return s;
}

/** The subject of a text as it is stored on disk in the given encoding. */
export function textToSubject(text: string, encoding: 'utf8' | 'latin1' = 'utf8'): string {
  return bytesToSubject(Buffer.from(text, encoding));
}

/** The bytes a subject stands for. */
export function subjectToBytes(s: string): Buffer {
  const out = Buffer.alloc(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[i] = c >= PUA ? c - PUA : c;
  }
  return out;
}

/** A subject shown as text: UTF-8 when its bytes are valid UTF-8, else Latin-1. */
export function fromSubject(s: string): string {
  const bytes = subjectToBytes(s);
  const text = bytes.toString('utf8');
  return Buffer.from(text, 'utf8').equals(bytes) ? text : bytes.toString('latin1');
}

/** The subject of a directive argument, in the encoding its file was read with. */
export function argSubject(value: string, file: SourceFile): string {
  return textToSubject(value, file.encoding);
}
