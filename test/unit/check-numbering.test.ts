// Numbering check: consecutive numbers, repeats (TRT2201) and jumps (TRT2202), each list on its own.
import { describe, expect, it } from 'vitest';
import { act, diagnose, found } from '../check/sources.js';

const steps = (...labels: string[]) =>
  `4. рәсім кеңсе-рәсімі: беруші арқылы\n${labels.map((l) => `     ${l} кеңсе: «іс-қимыл»\n`).join('')}     * орындаушы: «шешеді»\n        шешім: анықтама немесе дәлелді-бас-тарту`;

describe('numbering', () => {
  it('accepts 1, 2, 3 … and unnumbered «*» steps anywhere', () => {
    expect(found(act({ procedures: steps('*', '1)', '2)', '3)') }), 'TRT2201', 'TRT2202')).toEqual([]);
  });

  it('reports a repeated step number with the first use, as a warning', () => {
    const [d] = diagnose(act({ procedures: steps('1)', '2)', '2)', '3)') })).filter((x) => x.code === 'TRT2201');
    expect(d!.message.en).toBe('step number 2 is used twice');
    expect(d!.severity).toBe('warning');
    expect(d!.range.start).toMatchObject({ line: 16, column: 6 });
    expect(d!.related[0]!.range.start).toMatchObject({ line: 15, column: 6 });
  });

  it('reports a jump once and goes on counting from the number written', () => {
    const diagnostics = diagnose(act({ procedures: steps('1)', '3)', '4)', '5)') })).filter((x) => x.code === 'TRT2202');
    expect(diagnostics.map((d) => d.message.en)).toEqual(['step number should be 2, but is 3']);
  });

  it('numbers processes and conditions apart from the steps and from each other', () => {
    const procedures = `4. рәсім портал-рәсімі: беруші арқылы
     1) 1-процесс кеңсе: «а»
     2) 1-шарт кеңсе: «б»
        иә → 2-процесс
        жоқ → бас тарту
     3) 2-процесс кеңсе: «в»
     4) 3-шарт кеңсе: «г»
        иә → 4-процесс
        жоқ → бас тарту
     5) 4-процесс орындаушы: «д»
        шешім: анықтама немесе дәлелді-бас-тарту`;
    expect(diagnose(act({ procedures })).filter((d) => d.code === 'TRT2202').map((d) => d.message.en)).toEqual([
      'condition number should be 2, but is 3',
      'process number should be 3, but is 4',
    ]);
  });

  it('checks sections, paragraphs and list items, pointing at the number', () => {
    const source = act({
      intake: 'қабылдау:\n     1) беруші «кеңсе»;\n     1) жүйе портал (портал): «портал»',
      participants: '     1) кеңсе (беруші): «кеңсе қызметкері»;\n     3) орындаушы (беруші): «орындаушы»',
      procedures: steps('1)').replace('4. рәсім', '6. рәсім'),
    }).replace('бөлім 2', 'бөлім 4');
    expect(diagnose(source).filter((d) => d.code.startsWith('TRT22')).map((d) => `${d.range.start.line}:${d.range.start.column}-${d.range.end.column} ${d.message.en}`)).toEqual([
      '7:6-7 list item number 1 is used twice',
      '13:6-7 list item number should be 2, but is 3',
      '14:7-8 section number should be 2, but is 4',
      '15:1-2 paragraph number should be 4, but is 6',
    ]);
  });

  it('numbers the documents of a numbered list of results', () => {
    const source = act().replace('2. құжат анықтама: «анықтама»\n   бас тарту', '2. 1) құжат анықтама: «анықтама»\n   1) бас тарту');
    expect(diagnose(source).filter((d) => d.code === 'TRT2201').map((d) => d.message.en)).toEqual(['list item number 1 is used twice']);
  });
});
