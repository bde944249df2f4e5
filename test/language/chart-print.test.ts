// What the source says an appendix prints where the print differs from the body: box texts, durations,
// questions, exit labels, the box content and duration placement of a chart, and the appendix mark.
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import { emitDiagrams } from '../../src/emit/mermaid/emit-diagrams.js';
import { act, found } from '../check/sources.js';

const PROCEDURE = `4. рәсім кеңсе-рәсімі: беруші арқылы
     1) кеңсе: «құжаттарды қабылдайды және тіркейді, көрсетілетін қызметті алушыға қолхат береді»
        сызбада: «құжаттарды қабылдау және тіркеу»
        ұзақтығы: он бес минуттан аспайды
        сызбадағы ұзақтығы: «15 минуттан аспайды»
        сұрақ: «Құжаттар толық па?»
        егер «құжаттар толық емес» жағдайда: «өтінішті қабылдаудан бас тартады»
          сызбада: «өтінішті қабылдаудан бас тартады»
          сызбадағы ұзақтығы: «15 минут»
          жоқ → бас тарту
     2) орындаушы: «анықтаманы дайындайды»
        ұзақтығы: екі жұмыс күні ішінде`;

const TAIL = (options: string, head = '1-қосымша') => `${head}: анықтамалық «Бизнес-процестердің анықтамалығы»
  сызба кеңсе-рәсімі
    жолдар: алушы, кеңсе, орындаушы
${options}`;

const compiled = (tail: string) => compile(act({ procedures: PROCEDURE, tail }), 'print.tartip');

describe('what the appendix prints', () => {
  it('keeps box texts, printed durations, the question and the exit label in the JSON', () => {
    const result = compiled(TAIL('    ұзақтығы: жанында\n    қорапта: мәтіні'));
    expect(result.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code)).toEqual([]);
    const step = result.json!.procedures[0]!.steps[0]!;
    expect(step.short).toBe('құжаттарды қабылдау және тіркеу');
    expect(step.chartDuration).toBe('15 минуттан аспайды');
    expect(step.question).toBe('Құжаттар толық па?');
    expect(step.branches[0]).toMatchObject({ short: 'өтінішті қабылдаудан бас тартады', chartDuration: '15 минут', exit: 'no' });
    expect(result.json!.procedures[0]!.steps[1]!.chartDuration).toBeUndefined();
    const appendix = result.json!.appendices[0]!;
    expect(appendix.mark).toBe('1-қосымша');
    expect(appendix.charts[0]).toMatchObject({ durations: 'beside', boxes: 'text', lanes: ['алушы', 'кеңсе', 'орындаушы'] });
  });

  it('writes the mark as the source writes the number', () => {
    expect(compiled(TAIL('', 'қосымша 1')).json!.appendices[0]!.mark).toBe('1 қосымша');
    expect(compiled(TAIL('', 'қосымша')).json!.appendices[0]!.mark).toBe('қосымша');
    expect(compiled(TAIL('')).json!.appendices[0]!.charts[0]!.durations).toBeUndefined();
  });

  it('reports an unknown option word at the word, with the closest one as the fix', () => {
    const source = act({ procedures: PROCEDURE, tail: TAIL('    ұзақтығы: жанидна') });
    const d = compile(source, 'print.tartip').diagnostics.find((x) => x.code === 'TRT2601')!;
    expect(d.severity).toBe('error');
    expect(d.message.en).toContain('«жанында»');
    expect(d.fix?.replacement).toBe('жанында');
    expect(found(source, 'TRT2601')).toHaveLength(1);
  });

  it('warns of a box over ten lines, a question no diamond carries, and two branches with one label', () => {
    const long = 'өте ұзақ мәтін '.repeat(60);
    const source = act({
      procedures: `4. рәсім кеңсе-рәсімі: беруші арқылы
     1) кеңсе: «${long}»
        сұрақ: «Иә ме?»
     2) орындаушы: «қарайды»
        егер «бір» жағдайда: «бас тартады»
          иә → бас тарту
        егер «екі» жағдайда: «қайтарады»
          иә → 1`,
      tail: TAIL(''),
    });
    expect(found(source, 'TRT2602', 'TRT2603', 'TRT2604').map((s) => s.split(' ')[1])).toEqual(['TRT2602', 'TRT2603', 'TRT2604']);
  });

  it('a label-only chart checks no box text', () => {
    expect(found(act({ procedures: PROCEDURE, tail: TAIL('    қорапта: белгісі') }))).toEqual([]);
  });
});

describe('how a chart prints its exits («жауаптар»)', () => {
  it('carries the act\'s form to the JSON and to every exit label of the chart, the way on too', () => {
    const result = compiled(TAIL('    жауаптар: ИЯ'));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.json!.appendices[0]!.charts[0]!.answers).toEqual({ yes: 'ИЯ', no: 'ЖОҚ' });
    const chart = emitDiagrams(result.json!).diagrams.find((d) => d.kind === 'chart')!.mermaid;
    expect(chart).toContain('|"ЖОҚ"|');
    expect(chart).toContain('|"ИЯ"|');
    expect(chart).not.toMatch(/\|"(Иә|Жоқ)"\|/);
  });

  it('keeps «Иә» / «Жоқ» by default and leaves the JSON without the option', () => {
    const result = compiled(TAIL(''));
    expect(result.json!.appendices[0]!.charts[0]!.answers).toBeUndefined();
    const chart = emitDiagrams(result.json!).diagrams.find((d) => d.kind === 'chart')!.mermaid;
    expect(chart).toContain('|"Жоқ"|');
    expect(chart).toContain('|"Иә"|');
  });

  it('matches the word as written, case and all, and offers the closest printed form', () => {
    const source = act({ procedures: PROCEDURE, tail: TAIL('    жауаптар: ИЕ') });
    const d = compile(source, 'print.tartip').diagnostics.find((x) => x.code === 'TRT2601')!;
    expect(d.severity).toBe('error');
    expect(d.message.kk).toContain('«жауаптар»');
    expect(d.message.en).toContain('«ИӘ»');
    expect(d.fix?.replacement).toBeDefined();
    expect(['Иә', 'ИӘ', 'Ия', 'ИЯ']).toContain(d.fix!.replacement);
    expect(found(source, 'TRT2601')).toHaveLength(1);
    const lower = compile(act({ procedures: PROCEDURE, tail: TAIL('    жауаптар: иә') }), 'print.tartip');
    expect(lower.diagnostics.map((x) => x.code)).toContain('TRT2601');
  });
});
