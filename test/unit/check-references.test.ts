// References check: unused declarations (TRT2003) and abbreviations missing from the glossary (TRT2009).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { act, diagnose, found } from '../check/sources.js';

describe('unused declarations (TRT2003)', () => {
  it('accepts an act where everything declared is used', () => {
    expect(found(act())).toEqual([]);
  });

  it('reports a participant, a system, a document and an abbreviation nobody uses, at their names', () => {
    const source = act({
      intake: 'қабылдау: беруші «кеңсе»\n   жүйе ЭҮШ (шлюз): «шлюз»\n   құжат хабарлама (хабарлама): «хабарлама»\n   қысқарту ЖСН: «жеке сәйкестендіру нөмірі»',
      participants: '     1) кеңсе (беруші): «кеңсе қызметкері»;\n     2) орындаушы (беруші): «орындаушы»;\n     3) басшы (беруші): «басшы»',
    });
    const unused = diagnose(source).filter((d) => d.code === 'TRT2003');
    expect(unused.map((d) => `${d.range.start.line}:${d.range.start.column} ${d.message.en}`)).toEqual([
      '6:9 information system «ЭҮШ» is declared but never used',
      '7:10 result document «хабарлама» is declared but never used',
      '8:13 abbreviation «ЖСН» is declared but never used',
      '15:9 participant «басшы» is declared but never used',
    ]);
    expect(unused.every((d) => d.severity === 'warning')).toBe(true);
  });

  it('counts a use in a text, a flow, a lane or a recipient', () => {
    const source = act({
      intake: 'қабылдау: беруші «кеңсе»\n   жүйе ЭҮШ (шлюз): «шлюз»\n   қысқарту ЖСН: «жеке сәйкестендіру нөмірі»\n   қатысушы өкіл (алушы): «өкіл»',
      procedures: `4. рәсім кеңсе-рәсімі: беруші арқылы
     1) кеңсе: «ЖСН бойынша құжаттарды қабылдайды»
        ағын: кеңсе → ЭҮШ
     2) орындаушы: «анықтаманы немесе дәлелді бас тартуды дайындайды»
        шешім: анықтама немесе дәлелді-бас-тарту
        кімге: алушы немесе өкіл`,
    });
    expect(found(source, 'TRT2003')).toEqual([]);
  });

  it('does not call a name unused when a misspelt reference to it was reported with that name as the fix', () => {
    const source = act({
      procedures: `4. рәсім кеңсе-рәсімі: беруші арқылы
     1) кеңсе: «құжаттарды қабылдайды»
     2) орындаущы: «анықтаманы немесе дәлелді бас тартуды дайындайды»
        шешім: анықтама немесе дәлелді-бас-тарту`,
    });
    const codes = diagnose(source).map((d) => `${d.code} ${d.message.en}`);
    expect(codes).toContain('TRT2001 participant, organisation or system «орындаущы» is not declared; did you mean «орындаушы»?');
    expect(found(source, 'TRT2003')).toEqual([]);
  });
});

describe('abbreviations missing from the glossary (TRT2009)', () => {
  it('points at the word itself, even in a text wrapped over lines, and suggests the closest one', () => {
    const source = act({
      procedures: `4. рәсім кеңсе-рәсімі: беруші арқылы
     1) кеңсе: «құжаттарды қабылдайды
          және ЭЦК арқылы тіркейді»
     2) орындаушы: «анықтаманы немесе дәлелді бас тартуды дайындайды»
        шешім: анықтама немесе дәлелді-бас-тарту`,
      tail: 'қысқартулар:\n  ЭЦҚ – «электрондық цифрлық қолтаңба»',
    });
    const d = diagnose(source).find((x) => x.code === 'TRT2009')!;
    expect(d.range.start).toMatchObject({ line: 15, column: 16 });
    expect(d.range.end).toMatchObject({ line: 15, column: 19 });
    expect(d.message.en).toBe('«ЭЦК» looks like an abbreviation but is not in the glossary; did you mean «ЭЦҚ»?');
  });

  it('reports a word once, at its first use', () => {
    const source = act({
      procedures: `4. рәсім кеңсе-рәсімі: беруші арқылы
     1) кеңсе: «ЖСН тексереді»
     2) орындаушы: «ЖСН бойынша анықтаманы немесе дәлелді бас тартуды дайындайды»
        шешім: анықтама немесе дәлелді-бас-тарту`,
    });
    expect(found(source, 'TRT2009')).toEqual(['14:17 TRT2009']);
  });
});

describe('the real acts', () => {
  it('the seed act declares nothing in vain', () => {
    const source = readFileSync(new URL('../../regulations/2015-225-adoption-candidates-registration.tartip', import.meta.url), 'utf8');
    expect(found(source, 'TRT2003', 'TRT2009')).toEqual([]);
  });
});

describe('dates', () => {
  it('reports a date that is not a real day, and accepts real ones', async () => {
    const { compile } = await import('../../src/compile.js');
    const source = (date: string) => `регламент «x»\nбекітілген: қаулы № 1, ${date}\n  тіркелген: № 2, 29.02.2020\n`;
    const codes = (date: string) => compile(source(date), 'd.tartip').diagnostics.filter((d) => d.code === 'TRT2011').map((d) => `${d.range.start.line}:${d.range.start.column} ${d.message.en}`);
    expect(codes('01.13.2020')).toEqual(['2:24 «01.13.2020» is not a real day (check the day, month and year)']);
    expect(codes('31.04.2020')).toHaveLength(1);
    expect(codes('2020-02-30')).toHaveLength(1);
    expect(codes('14.05.2018')).toEqual([]);
  });
});
