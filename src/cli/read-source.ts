// Reads a source file as strict UTF-8, within the size limit; invalid bytes become a diagnostic at their byte offset.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { createDiagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { LIMITS, fileBytesDiagnostic } from '../syntax/limits.js';
import { LineMap } from '../text/line-map.js';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

export type ReadResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    const cp = need === 2 ? ((b & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) : need === 3 ? ((b & 0x07) << 18) | ((bytes[i + 1]! & 0x3f) << 12) : 0;
    if (need === 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) return i;
    if (need === 3 && (cp < 0x10000 || cp > 0x10ffff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Decodes strictly: a file from a Windows code page or UTF-16 must not turn into plausible garbage.
 * The diagnostic points at the line and column where the bad byte sits (the valid text before it
 * locates it), and its message gives the byte offset for a hex editor.
 */
export function decodeSource(bytes: Uint8Array, file: string): ReadResult {
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    const offset = Math.max(0, invalidUtf8Offset(bytes));
    const before = new LineMap(lenient.decode(bytes.subarray(0, offset)));
    const at = before.position(before.text.length);
    return { ok: false, diagnostic: createDiagnostic('TRT1005', file, { start: at, end: at }, { offset }) };
  }
}

/**
 * One buffer for every read: the bytes are decoded (copied into a string) before the next file is read.
 * A fresh 1.5 MB buffer per file cost ≈ 3 ms in page faults, more than compiling the file's header.
 */
let readBuffer: Buffer | undefined;

/**
 * Reads at most one byte more than the limit, whatever the file is: a regular file's size is known
 * up front, but a pipe or a device such as /dev/zero only ends when read, or never.
 */
function readBounded(path: string): { bytes: Uint8Array; tooLarge: number | undefined } {
  const fd = openSync(path, 'r');
  try {
    const stats = fstatSync(fd);
    const size = stats.isFile() ? stats.size : 0;
    if (size > LIMITS.fileBytes) return { bytes: new Uint8Array(0), tooLarge: size };
    const buffer = (readBuffer ??= Buffer.allocUnsafe(LIMITS.fileBytes + 1));
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > LIMITS.fileBytes) return { bytes: new Uint8Array(0), tooLarge: length };
    }
    return { bytes: buffer.subarray(0, length), tooLarge: undefined };
  } finally {
    closeSync(fd);
  }
}

/**
 * The bytes of a file within the size limit, as a copy of their own (the read buffer is reused), or
 * undefined when it cannot be read or is too large: then `readSource` says why.
 */
export function readFileBytes(path: string): Uint8Array | undefined {
  try {
    const read = readBounded(path);
    return read.tooLarge === undefined ? Uint8Array.from(read.bytes) : undefined;
  } catch {
    return undefined;
  }
}

export function readSource(path: string): ReadResult {
  let read: ReturnType<typeof readBounded>;
  try {
    read = readBounded(path);
  } catch (error) {
    const at = { line: 1, column: 1, offset: 0 };
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return { ok: false, diagnostic: createDiagnostic('TRT9001', path, { start: at, end: at }, { path, reason }) };
  }
  if (read.tooLarge !== undefined) return { ok: false, diagnostic: fileBytesDiagnostic(path, read.tooLarge) };
  return decodeSource(read.bytes, path);
}

/** Source text given as bytes rather than a file (standard input): the same size limit and strict decoding. */
export function readBytes(bytes: Uint8Array, label: string): ReadResult {
  if (bytes.length > LIMITS.fileBytes) return { ok: false, diagnostic: fileBytesDiagnostic(label, bytes.length) };
  return decodeSource(bytes, label);
}

/**
 * Reads standard input up to one byte past the size limit, then stops: `yes | tartip check -` or
 * `< /dev/zero` never ends, so the rest is not drained (leaving the loop closes the stream) and the
 * length says TRT1007, as for a file.
 */
export async function readStdin(stream: AsyncIterable<Buffer | string> = process.stdin): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    chunks.push(bytes);
    length += bytes.length;
    if (length > LIMITS.fileBytes) break;
  }
  return Buffer.concat(chunks).subarray(0, LIMITS.fileBytes + 1);
}
