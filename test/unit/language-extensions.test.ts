// The constructs added while encoding the corpus (README «Language changelog»), each on an inline source.
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import type { ProcessDefinition } from '../../src/emit/json/model.js';

const HEAD = `регламент «Сынақ»
бекітілген: қаулы № 1, 01.01.2020
бөлім 1 «Жалпы ережелер»
1. беруші: «білім бөлімі»
   ұйым МК (корпорация): «Мемлекеттік корпорация»
   жүйе портал (портал): «портал»
   жүйе шлюз (шлюз): «шлюз»
   жүйе өңірлік-шлюз (шлюз): «өңірлік шлюз»
   жүйе тізілім (тізілім): «тізілім»
   қабылдау: МК, портал
   қатысушылар: 1) МК-қызметкері (МК): «Мемлекеттік корпорация қызметкері»; 2) орындаушы (беруші): «орындаушы»
`;

const PROCEDURES = `бөлім 2 «Рәсімдер»
3. рәсім МК-рәсімі: МК арқылы
     1) МК-қызметкері: «құжаттарды тіркейді»
        егер «құжаттар толық емес» жағдайда: «бас тартады» [стандарттың 9-тармағы, 1-қосымша] → бас тарту
     2) орындаушы: «шешімді дайындайды»
        шешім: шешім немесе дәлелді-бас-тарту
4. рәсім портал-рәсімі: портал арқылы
     1) портал: «сұраныс жолданады»
        ағын: портал → шлюз немесе өңірлік-шлюз → тізілім
     2) орындаушы: «шешімді дайындайды»
        шешім: шешім немесе дәлелді-бас-тарту
`;

function compiled(middle: string, tail = '', head = HEAD): ProcessDefinition {
  const result = compile(`${head}${middle}${PROCEDURES}${tail}`, 'ext.tartip');
  const problems = result.diagnostics.filter((d) => d.severity !== 'info');
  expect(problems.map((d) => `${d.range.start.line}:${d.range.start.column} ${d.code} ${d.message.en}`)).toEqual([]);
  return result.json!;
}

const RESULTS = `2. 1) құжат шешім: «төлем тағайындау туралы шешім» (бұдан әрі – «шешім»)
   2) бас тарту дәлелді-бас-тарту: «дәлелді жауап»
   қызмет нәтижесі: шешім немесе дәлелді-бас-тарту
   жеткізу: қағаз, қол және мөр «нәтиже қолымен және мөрімен расталады»
   жеткізу МК, портал: жеке кабинет «жеке кабинетке жіберіледі»
`;

describe('language extensions', () => {
  it('lets a decision document be named «шешім», like the act names it, and keeps the act\'s list numbers', () => {
    const json = compiled(RESULTS, 'қосымша 1: анықтамалық «А»\n  сызба МК-рәсімі\n');
    expect(json.documents.map((d) => [d.number, d.id, d.role])).toEqual([[1, 'шешім', 'document'], [2, 'дәлелді-бас-тарту', 'refusal']]);
    expect(json.procedures[0]!.steps[1]!.decisions).toEqual([[['шешім'], ['дәлелді-бас-тарту']]]);
  });

  it('gives delivery to several channels or to every channel', () => {
    const json = compiled(RESULTS, 'қосымша 1: анықтамалық «А»\n  сызба МК-рәсімі\n');
    expect(json.delivery.map((d) => [d.channels, d.means])).toEqual([
      [[], ['paper', 'signature', 'seal']],
      [['МК', 'портал'], ['personal-cabinet']],
    ]);
  });

  it('keeps standard and appendix references made in a branch', () => {
    const json = compiled(RESULTS, 'қосымша 1: анықтамалық «А»\n  сызба МК-рәсімі\n');
    const branch = json.procedures[0]!.steps[0]!.branches[0]!;
    expect(branch.standardRefs).toEqual([{ part: 'item', numbers: [9], written: 'стандарттың 9-тармағы' }]);
    expect(branch.appendixRefs).toEqual([1]);
  });

  it('lists the alternative routes of one message and marks them as one group', () => {
    const json = compiled(RESULTS, 'қосымша 1: анықтамалық «А»\n  сызба МК-рәсімі\n');
    const step = json.procedures[1]!.steps[0]!;
    expect(step.flows).toEqual([['портал', 'шлюз', 'тізілім'], ['портал', 'өңірлік-шлюз', 'тізілім']]);
    expect(step.flowGroups).toEqual([0, 0]);
  });

  it('records defects and notes of an appendix and of the whole act', () => {
    const tail = 'қосымша 1: анықтамалық «А»\n  сызба МК-рәсімі\n  ескерту: «қосымшаның ескертуі»\n  ақау: «нөмірі қате басылған»\n';
    // Outside any paragraph (here before the first section) a note or defect is about the whole act.
    const head = HEAD.replace('бөлім 1', 'ескерту: «актінің ескертуі»\nақау: «атау блогы үзілген»\nбөлім 1');
    const json = compiled(RESULTS, tail, head);
    expect(json.notes).toEqual(['актінің ескертуі']);
    expect(json.appendices[0]!.notes).toEqual(['қосымшаның ескертуі']);
    expect(json.defects.map((d) => [d.text, d.appendix])).toEqual([
      ['атау блогы үзілген', null],
      ['нөмірі қате басылған', { number: 1 }],
    ]);
  });
});
