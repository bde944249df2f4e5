// Lexer: Kazakh letters, keywords (multi-word, any case, aliases), numerals, texts and bad characters.
import { describe, expect, it } from 'vitest';
import { lex } from '../../src/syntax/lexer.js';
import { KEYWORDS, formsOf } from '../../src/syntax/keywords.js';

const names = (source: string) => lex(source, 't').tokens.map((t) => `${t.tokenType.name}:${t.image}`);

const KAZAKH_LOWER = 'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя';
const KAZAKH_UPPER = 'АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ';

describe('lexer', () => {
  it.each([...KAZAKH_LOWER, ...KAZAKH_UPPER])('keeps the letter «%s» inside one identifier', (letter) => {
    const tokens = lex(`қа${letter}ба-${letter}`, 't').tokens;
    expect(tokens).toHaveLength(1);
    expect(tokens[0]!.tokenType.name).toBe('Identifier');
    expect(tokens[0]!.image).toBe(`қа${letter}ба-${letter}`);
  });

  it('reads a hyphenated Kazakh word as one identifier, not a dash', () => {
    expect(names('іс-қимылдар МК-қызметкері')).toEqual(['Identifier:іс-қимылдар', 'Identifier:МК-қызметкері']);
  });

  it('reads every keyword form of the table as its keyword, in any case', () => {
    for (const entry of KEYWORDS) {
      for (const form of formsOf(entry)) {
        for (const written of [form, form.toUpperCase()]) {
          const tokens = lex(written, 't').tokens;
          expect(tokens.map((t) => t.tokenType.name), written).toEqual([entry.token]);
        }
      }
    }
  });

  it('matches multi-word keywords across any whitespace, before their first word alone', () => {
    expect(names('қабылдау  және\n беру')).toEqual(['IntakeAndIssuance:қабылдау  және\n беру']);
    expect(names('орындалу ұзақтығы')).toEqual(['Duration:орындалу ұзақтығы']);
    expect(names('қабылдау')).toEqual(['Intake:қабылдау']);
  });

  it('does not read a keyword inside a longer word', () => {
    expect(names('берушінің алушы-өкілі')).toEqual(['Identifier:берушінің', 'Identifier:алушы-өкілі']);
  });

  it('reads a run of numeral words as one token', () => {
    expect(names('он бес минуттан аспайды')).toEqual(['NumeralWords:он бес', 'Identifier:минуттан', 'Identifier:аспайды']);
    expect(names('30 (отыз) минут')).toEqual(['NumberLiteral:30', 'LParen:(', 'NumeralWords:отыз', 'RParen:)', 'Identifier:минут']);
  });

  it('keeps the decimal comma in a number and reads dates', () => {
    expect(names('1,5 14.05.2018 2018-05-14')).toEqual(['NumberLiteral:1,5', 'DottedDate:14.05.2018', 'IsoDate:2018-05-14']);
  });

  it('nests guillemets inside a text', () => {
    expect(names('««Жеке тұлғалар» мемлекеттік деректер базасы»')).toEqual(['GuillemetText:««Жеке тұлғалар» мемлекеттік деректер базасы»']);
  });

  it('reports an unclosed text and goes on with the next line', () => {
    const result = lex('«ашық мәтін\nберуші: «a»', 't');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['TRT1002']);
    expect(result.tokens.map((t) => t.tokenType.name)).toEqual(['UnterminatedText', 'Provider', 'Colon', 'GuillemetText']);
  });

  it('takes the lines of prose after an unclosed « into its text, up to the line that starts an element', () => {
    const result = lex('1. «ашық мәтін\n  жалғасы, бірінші жол\n  жалғасы\n2. беруші: «a»', 't');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['TRT1002']);
    expect(result.tokens.map((t) => t.tokenType.name)).toEqual(['NumberLiteral', 'Dot', 'UnterminatedText', 'NumberLiteral', 'Dot', 'Provider', 'Colon', 'GuillemetText']);
    expect(result.diagnostics[0]!.message.en).toContain('before line 4');
  });

  it('never lets a text run into a line that opens a clause with a text of its own', () => {
    // «органы: «…» lost its », and a later » would otherwise close it lines further on, swallowing the header.
    const result = lex('органы: «Қызылорда облысы әкімдігі\n  атауы: «Мемлекеттік» »\n', 't');
    expect(result.diagnostics.map((d) => d.code).sort()).toEqual(['TRT1002', 'TRT1023']);
    expect(result.tokens[2]!.image).toBe('«Қызылорда облысы әкімдігі');
  });

  it('answers a lone » after a text that closed at its inner » with where it closed', () => {
    const result = lex('бас тарту x: «Отбасы туралы» Қазақстан жауап»\n', 't');
    expect(result.diagnostics.map((d) => [d.code, d.range.start.column, d.related[0]?.range.start.column])).toEqual([['TRT1023', 45, 28]]);
    expect(result.quiet).toEqual([[28, 45]]);
  });

  it('names invisible characters in its error', () => {
    const result = lex('беруші\u200f', 't');
    expect(result.diagnostics[0]!.message.en).toContain('U+200F RIGHT-TO-LEFT MARK');
  });

  it('accepts CRLF and a byte-order mark', () => {
    const result = lex('\ufeffрегламент «x»\r\nберуші', 't');
    expect(result.diagnostics).toEqual([]);
    expect(result.tokens.at(-1)!.startLine).toBe(2);
  });

  it('reads Latin-script and Russian keyword aliases', () => {
    expect(names('reglament регламент ūzaqtyğy')).toEqual(['Regulation:reglament', 'Regulation:регламент', 'Duration:ūzaqtyğy']);
  });

  it('stays linear on many unclosed quotes', () => {
    const source = '«'.repeat(20000) + '\n' + 'x '.repeat(1000);
    const result = lex(source, 't');
    expect(result.diagnostics.length).toBeGreaterThan(0);
  });
});
