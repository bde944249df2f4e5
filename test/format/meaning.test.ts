// Formatting never changes meaning: every act and every fixture that parses compiles to byte-identical JSON
// with the same findings after formatting, and formatting the result again changes nothing.
import { describe, expect, it } from 'vitest';
import { formatSource } from '../../src/format/index.js';
import { meaning, read, sourcesUnder } from './helpers.js';

const ACTS = sourcesUnder('regulations');
const FIXTURES = sourcesUnder('test').filter((f) => !f.startsWith('test/format/'));

describe('formatting keeps the meaning', () => {
  it('finds the acts and fixtures', () => {
    expect(ACTS.length).toBeGreaterThanOrEqual(13);
    expect(FIXTURES.length).toBeGreaterThan(5);
  });

  it.each(ACTS)('%s: the same JSON and findings, idempotent, and committed formatted', (file) => {
    const source = read(file);
    const once = formatSource(source, { file });
    expect(once.diagnostics).toEqual([]);
    const before = meaning(source, file);
    const after = meaning(once.text, file);
    expect(before.json).not.toBe('null');
    expect(after.json).toBe(before.json);
    expect(after.findings).toEqual(before.findings);
    expect(formatSource(once.text, { file }).text).toBe(once.text);
    expect(once.changed, `${file} is not formatted: run tartip fmt regulations`).toBe(false);
  });

  it.each(ACTS)('%s: laid out narrow and wide, the same meaning, and back to the same canonical text', (file) => {
    const source = read(file);
    const before = meaning(source, file);
    for (const width of [40, 72, 160]) {
      const other = formatSource(source, { file, width });
      expect(other.diagnostics).toEqual([]);
      expect(meaning(other.text, file)).toEqual(before);
      expect(formatSource(other.text, { file }).text).toBe(formatSource(source, { file }).text);
    }
  });

  it.each(FIXTURES)('%s: formatted when it parses, keeping its meaning; otherwise left as it is', (file) => {
    const source = read(file);
    const once = formatSource(source, { file });
    if (once.diagnostics.length > 0) {
      expect(once.diagnostics[0]!.code).toBe('TRT6001');
      expect(once.text).toBe(source);
      expect(once.changed).toBe(false);
      return;
    }
    const before = meaning(source, file);
    const after = meaning(once.text, file);
    expect(after.json).toBe(before.json);
    expect(after.findings).toEqual(before.findings);
    expect(formatSource(once.text, { file }).text).toBe(once.text);
  });
});
