// Reading sources: strict UTF-8 with the bad byte's offset and position, BOM and CRLF accepted, bounded reads.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSource, readSource } from '../../src/cli/read-source.js';
import { compile } from '../../src/compile.js';
import { LIMITS } from '../../src/syntax/limits.js';

const root = path.resolve(import.meta.dirname, '../..');
const seed = readFileSync(path.join(root, 'regulations/2015-225-adoption-candidates-registration.tartip'));
const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

function invalid(bytes: Uint8Array) {
  const result = decodeSource(bytes, 'f.tartip');
  if (result.ok) throw new Error('decoded bytes that are not UTF-8');
  return result.diagnostic;
}

describe('invalid UTF-8', () => {
  it.each([
    ['a Windows-1251 byte', Uint8Array.of(0xe0)],
    ['a lone continuation byte', Uint8Array.of(0x80)],
    ['an overlong encoding', Uint8Array.of(0xc0, 0xaf)],
    ['an encoded surrogate', Uint8Array.of(0xed, 0xa0, 0x80)],
    ['a code point above U+10FFFF', Uint8Array.of(0xf4, 0x90, 0x80, 0x80)],
    ['a sequence cut short', Uint8Array.of(0xd2, 0x20)],
  ])('reports %s with its byte offset and the line and column where it sits', (_, bad) => {
    const before = utf8('регламент «x»\nбөлім ');
    const d = invalid(concat(before, bad, utf8(' 1\n')));
    expect(d.code).toBe('TRT1005');
    expect(d.message.en).toBe(`the file is not valid UTF-8: invalid byte sequence at byte offset ${before.length}`);
    expect(d.range.start).toEqual({ line: 2, column: 7, offset: 20 });
  });

  it('reports a sequence cut short by the end of the file', () => {
    const d = invalid(concat(utf8('бөлім'), Uint8Array.of(0xd2)));
    expect(d.message.en).toContain('byte offset 10');
  });

  it('reports a UTF-16 file (as Notepad saves «Unicode») at its first byte instead of decoding garbage', () => {
    const utf16 = Buffer.from(`\ufeffрегламент`, 'utf16le');
    expect(invalid(utf16).message.en).toContain('byte offset 0');
  });
});

describe('byte-order mark and line breaks', () => {
  it('compiles the seed regulation with a BOM and CRLF line breaks exactly as without them', () => {
    const plain = compile(seed.toString('utf8'), 'f.tartip');
    const decoded = decodeSource(concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8(seed.toString('utf8').replace(/\n/g, '\r\n'))), 'f.tartip');
    if (!decoded.ok) throw new Error('BOM refused');
    const windows = compile(decoded.text, 'f.tartip');
    expect(windows.diagnostics).toEqual([]);
    expect(windows.json).toEqual(plain.json);
  });

  it('accepts old Mac line breaks (CR alone) and counts them as lines', () => {
    const result = compile(seed.toString('utf8').replace(/\n/g, '\r'), 'f.tartip');
    expect(result.diagnostics).toEqual([]);
  });
});

describe('reading files within the size limit', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tartip-read-'));

  it('refuses a file larger than the byte limit without decoding it', () => {
    const file = path.join(dir, 'big.tartip');
    writeFileSync(file, Buffer.alloc(LIMITS.fileBytes + 1, 0x20));
    const result = readSource(file);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostic.message.en).toBe('file size exceeds the limit: 1,500,001 bytes (at most 1,500,000 bytes)');
  });

  it('stops reading a device that never ends (/dev/zero) at the limit', () => {
    const result = readSource('/dev/zero');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostic.code).toBe('TRT1007');
  });

  it('reads a file right at the limit', () => {
    const file = path.join(dir, 'edge.tartip');
    writeFileSync(file, Buffer.alloc(LIMITS.fileBytes, 0x20));
    const result = readSource(file);
    expect(result.ok && result.text.length).toBe(LIMITS.fileBytes);
  });

  it('reports a missing file as a read failure, not a crash', () => {
    const result = readSource(path.join(dir, 'missing.tartip'));
    expect(!result.ok && result.diagnostic.code).toBe('TRT9001');
  });
});

describe('decomposed letters', () => {
  it('reads a keyword typed with a combining mark as the keyword, with a warning at the first one', () => {
    // «ұйым» with «й» typed as «и» + U+0306 COMBINING BREVE.
    const source = 'регламент «x»\nбөлім 1 «y»\n1. беруші: «b»\n   ұи\u0306ым МК (корпорация): «Мемлекеттік корпорация»\n   қабылдау: МК\n';
    const result = compile(source, 'nfc.tartip');
    const codes = result.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.column} ${d.code}`);
    expect(codes).toContain('4:5 TRT1013');
    expect(codes.filter((c) => /TRT10(08|11|12)/.test(c))).toEqual([]);
    expect(result.model.entities.get('МК')?.subkind).toBe('state-corporation');
  });
});
