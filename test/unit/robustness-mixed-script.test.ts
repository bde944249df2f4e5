// Input hygiene: Latin look-alikes inside Cyrillic words (and the reverse) are warned about with a fix; NFC names match.
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { lex } from '../../src/syntax/lexer.js';
import { checkMixedScript, unmix } from '../../src/syntax/mixed-script.js';
import { SMALL } from '../helpers/small-regulation.js';

const mixed = (source: string) => checkMixedScript(lex(source, 't').tokens, lex(source, 't').lines, 't');
const applyFix = (source: string, d: Diagnostic) => source.slice(0, d.fix!.range.start.offset) + d.fix!.replacement + source.slice(d.fix!.range.end.offset);

describe('mixed-script words (TRT1006)', () => {
  it('starts from a source with no problem', () => {
    expect(compile(SMALL, 't').diagnostics).toEqual([]);
  });

  it('warns about a Latin «e» in a performer name, and its fix makes the reference resolve', () => {
    const broken = SMALL.replace('2) кеңсе: «құжаттарды', '2) кeңсе: «құжаттарды'); // Latin e (U+0065)
    const result = compile(broken, 't');
    const warning = result.diagnostics.find((d) => d.code === 'TRT1006')!;
    expect(warning.severity).toBe('warning');
    expect(warning.message.en).toBe('the word «кeңсе» mixes Cyrillic and Latin look-alike letters (Latin «e» U+0065); did you mean «кеңсе»?');
    expect(warning.range.start).toMatchObject({ line: 16, column: 9 });
    expect(warning.fix!.replacement).toBe('кеңсе');
    // Without the warning the only clue would be «not declared»; the fix removes both.
    expect(result.diagnostics.map((d) => d.code)).toContain('TRT2001');
    expect(compile(applyFix(broken, warning), 't').diagnostics).toEqual([]);
  });

  it('warns about a Latin «M» and «K» in «МК-…», read as one name', () => {
    const [d] = mixed('MK-қызметкері');
    expect(d!.message.en).toContain('(Latin «M» U+004D, «K» U+004B)');
    expect(d!.fix!.replacement).toBe('МК-қызметкері');
  });

  it('warns about a Latin «i» and «h» inside Kazakh words, the corpus\'s commonest slips', () => {
    expect(mixed('мемлекеттiк').map((d) => d.fix!.replacement)).toEqual(['мемлекеттік']);
    expect(mixed('шаhар').map((d) => d.fix!.replacement)).toEqual(['шаһар']);
  });

  it('does not take the Kazakh Cyrillic «і» (U+0456) for a look-alike', () => {
    expect(mixed('мемлекеттік бөлімі іс-қимыл')).toEqual([]);
  });

  it('converts Cyrillic look-alikes inside a Latin-script word to Latin', () => {
    const [d] = mixed('pоrtal'); // Cyrillic о (U+043E)
    expect(d!.message.en).toContain('(Cyrillic «о» U+043E)');
    expect(d!.fix!.replacement).toBe('portal');
  });

  it('reports a keyword that a look-alike stopped being a keyword, with the keyword as the fix', () => {
    const source = SMALL.replace('бөлім 2', 'бөлiм 2');
    const result = compile(source, 't');
    const warning = result.diagnostics.find((d) => d.code === 'TRT1006')!;
    expect(warning.fix!.replacement).toBe('бөлім');
    expect(compile(applyFix(source, warning), 't').diagnostics).toEqual([]);
  });

  it('checks reference-like words inside texts (abbreviations), and leaves the act\'s other wording alone', () => {
    const diagnostics = mixed('«тіркеу AЖО арқылы, мемлекеттiк қызмет»');
    expect(diagnostics.map((d) => d.fix!.replacement)).toEqual(['АЖО']);
    expect(diagnostics[0]!.range.start.column).toBe(9);
  });

  it('leaves a word alone when both scripts have letters without a look-alike', () => {
    expect(unmix('egovпортал')).toBeUndefined();
    expect(unmix('қазақ')).toBeUndefined();
    expect(unmix('portal')).toBeUndefined();
  });

  it('decides a word made only of look-alikes by its majority, Cyrillic on a tie', () => {
    expect(unmix('TOО')!.fixed).toBe('TOO');
    expect(unmix('ТОO')!.fixed).toBe('ТОО');
    expect(unmix('Оo')!.fixed).toBe('Оо');
  });

  // The real mixed words of the newspaper (found by scanning it; see the README's reliability section):
  // reg. 7's title «… тәрбиешiлерге берiлген …» and regs 12 and 13's «мемлекеттiк», all with a Latin «i».
  it('flags the newspaper\'s own mixed words when they are used as names', () => {
    const words = ['тәрбиешiлерге', 'берiлген', 'мемлекеттiк', 'түпкiлiктi'];
    for (const word of words) expect(mixed(word).map((d) => d.fix!.replacement)).toEqual([word.replaceAll('i', 'і')]);
  });
});

describe('Unicode normalisation of names', () => {
  it('matches a name typed with a decomposed «й» (и + U+0306, as Word may paste it) to its declaration', () => {
    const decomposed = 'бөлімшей'.normalize('NFD');
    expect(decomposed).not.toBe('бөлімшей');
    const source = SMALL.replace('2) басшы (беруші)', '2) бөлімшей (беруші)').replace('3) басшы:', `3) ${decomposed}:`);
    // The name matches; the only finding is the warning that the file was not in NFC.
    expect(compile(source, 't').diagnostics.map((d) => d.code)).toEqual(['TRT1013']);
  });
});
