// Input limits (TRT1007): oversized input gets one clear, well-placed error instead of a hang or a crash.
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import { closest } from '../../src/diagnostics/suggest.js';
import { LIMITS, amount } from '../../src/syntax/limits.js';
import { lex } from '../../src/syntax/lexer.js';
import { parseTokens } from '../../src/syntax/parser.js';
import { HEADER } from '../helpers/compile-source.js';

const limitErrors = (source: string) => compile(source, 't').diagnostics.filter((d) => d.code === 'TRT1007');

describe('input limits', () => {
  it('refuses a file over the size limit before lexing it, with one error where the limit is passed', () => {
    // A page of unclosed quotes: without the limit, one TRT1002 per line and seconds of work.
    const source = '«а\n'.repeat(Math.ceil((LIMITS.fileCharacters + 10) / 3));
    const result = compile(source, 't');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['TRT1007']);
    expect(result.diagnostics[0]!.message.en).toBe(`file size exceeds the limit: ${amount(source.length, 'characters').en} (at most 500,000 characters)`);
    const line = Math.floor(LIMITS.fileCharacters / 3);
    expect(result.diagnostics[0]!.range.start).toEqual({ line: line + 1, column: LIMITS.fileCharacters - 3 * line + 1, offset: LIMITS.fileCharacters });
    expect(result.json).toBeUndefined();
  });

  it('refuses a file with more tokens than the limit before parsing, pointing at the first one too many', () => {
    const source = `${HEADER}${'; '.repeat(LIMITS.tokens)}`;
    const result = compile(source, 't');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['TRT1007']);
    const headerTokens = lex(HEADER, 't').tokens.length;
    expect(result.diagnostics[0]!.message.en).toBe(`number of tokens (and unrecognised characters) exceeds the limit: ${amount(headerTokens + LIMITS.tokens, 'tokens').en} (at most 25,000 tokens)`);
    expect(result.diagnostics[0]!.range.start.offset).toBe(HEADER.length + 2 * (LIMITS.tokens - headerTokens));
  });

  it('counts runs of unrecognised characters as tokens, so garbage cannot slip under the limit', () => {
    const source = 'а\u200f'.repeat(LIMITS.tokens / 2 + 1);
    expect(compile(source, 't').diagnostics.map((d) => d.code)).toEqual(['TRT1007']);
  });

  it('reports a line over the length limit from the first character past it, and goes on compiling', () => {
    const long = `# ${'а'.repeat(LIMITS.lineCharacters)}`;
    const [d, ...rest] = limitErrors(`${HEADER}${long}\nбөлім x`);
    expect(rest).toEqual([]);
    expect(d!.range.start).toMatchObject({ line: 3, column: LIMITS.lineCharacters + 1 });
    expect(d!.range.end).toMatchObject({ line: 3, column: long.length + 1 });
    expect(compile(`${HEADER}${long}\nбөлім x`, 't').diagnostics.map((x) => x.code)).toContain('TRT1001');
  });

  it('reports a text over the length limit (usually a lost » that swallowed what follows)', () => {
    const [d] = limitErrors(`регламент «${'сөз '.repeat(LIMITS.textCharacters / 4)}»\n`);
    expect(d!.message.en).toContain('text length exceeds the limit: 20,002 characters');
    expect(d!.range.start).toMatchObject({ line: 1, column: 11 });
  });

  it('reports «…» nested deeper than the limit at the first opening too deep', () => {
    const depth = LIMITS.textNesting + 1;
    const [d] = limitErrors(`регламент ${'«а '.repeat(depth)}${'»'.repeat(depth)}\n`);
    expect(d!.message.en).toContain('nesting depth of «…» in a text exceeds the limit: 11 levels (at most 10 levels)');
    expect(d!.range.start.column).toBe(11 + 3 * LIMITS.textNesting);
    expect(limitErrors(`регламент ${'«а '.repeat(LIMITS.textNesting)}${'»'.repeat(LIMITS.textNesting)}\n`)).toEqual([]);
  });

  it('reports a procedure with more steps than the limit at its first step too many', () => {
    const steps = Array.from({ length: LIMITS.stepsPerProcedure + 1 }, (_, i) => `  ${i + 1}) алушы: «а»\n`).join('');
    const [d] = limitErrors(`${HEADER}бөлім 1 «x»\n1. рәсім р: беруші арқылы\n${steps}`);
    expect(d!.message.en).toBe('the number of steps in procedure «р» exceeds the limit: 501 steps (at most 500 steps)');
    expect(d!.range.start.line).toBe(4 + LIMITS.stepsPerProcedure + 1);
  });

  it('writes the limits in each language\'s own digit grouping', () => {
    expect(amount(1500000, 'bytes')).toEqual({ kk: '1 500 000 байт', en: '1,500,000 bytes' });
  });
});

describe('scale hazards found by the lexer benchmark and fuzzing', () => {
  it('parses 150 000 elements without overflowing the call stack (was push(...elements))', () => {
    const tokens = lex('1.\n'.repeat(150_000), 't').tokens;
    expect(parseTokens(tokens).elements).toHaveLength(150_000);
  });

  it('suggests nothing for a word longer than any name rather than measuring it against every candidate', () => {
    expect(closest('а'.repeat(101), ['а'.repeat(100)])).toBeUndefined();
    expect(closest('кеңсе', ['кенсе', 'а'.repeat(100_000)])).toBe('кенсе');
  });
});
