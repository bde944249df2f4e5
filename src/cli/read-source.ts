// Reads a source file as strict UTF-8; invalid bytes become a diagnostic with their byte offset, not garbage.
import { readFileSync } from 'node:fs';
import { createDiagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/types.js';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

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

export function decodeSource(bytes: Uint8Array, file: string): ReadResult {
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    const offset = Math.max(0, invalidUtf8Offset(bytes));
    const at = { line: 1, column: 1, offset: 0 };
    return { ok: false, diagnostic: createDiagnostic('TRT1005', file, { start: at, end: at }, { offset }) };
  }
}

export function readSource(path: string): ReadResult {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const at = { line: 1, column: 1, offset: 0 };
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return { ok: false, diagnostic: createDiagnostic('TRT9001', path, { start: at, end: at }, { path, reason }) };
  }
  return decodeSource(bytes, path);
}
