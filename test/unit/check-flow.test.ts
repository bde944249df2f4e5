// Flow checks: reachability (TRT2301), conditions (TRT2302), loops with no way out (TRT2303), and a step's
// stated result agreeing with where it leads (TRT2304).
import { describe, expect, it } from 'vitest';
import { act, diagnose, found } from '../check/sources.js';

const proc = (body: string) => act({ procedures: `4. рәсім кеңсе-рәсімі: беруші арқылы\n${body}` });
const messages = (source: string, code: string) => diagnose(source).filter((d) => d.code === code).map((d) => d.message.en);
const DECIDE = '     9) орындаушы: «шешеді»\n        шешім: анықтама немесе дәлелді-бас-тарту';

describe('reachability (TRT2301)', () => {
  it('reports the first step that no path reaches, not every step after it', () => {
    const source = proc(`     1) кеңсе: «қабылдайды»
        → бас тарту
     2) кеңсе: «жолдайды»
     3) орындаушы: «шешеді»
        шешім: анықтама немесе дәлелді-бас-тарту`);
    expect(messages(source, 'TRT2301')).toEqual(['step «2)» can never be reached']);
  });

  it('reaches a step skipped by «тек», a condition\'s outcomes and a branch target', () => {
    const source = proc(`     1) кеңсе: «тіркейді»
        тек «тіркелмеген алушылар үшін»
     2) 1-шарт кеңсе: «тексереді»
        иә → 4
        жоқ → 3
     3) кеңсе: «бас тартады»
        егер «қайта ұсынылса» жағдайда: «қайта тексереді» → 4
        → бас тарту
${DECIDE.replace('9)', '4)')}`);
    expect(found(source, 'TRT2301', 'TRT2302', 'TRT2303')).toEqual([]);
  });

  it('leaves a procedure with a jump to a missing step to the binder (TRT2004 only)', () => {
    const source = proc(`     1) кеңсе: «қабылдайды»
        → 7
     2) кеңсе: «жолдайды»
${DECIDE}`);
    expect(diagnose(source).filter((d) => d.code.startsWith('TRT2')).map((d) => d.code)).toEqual(['TRT2004', 'TRT2202']);
  });
});

describe('conditions (TRT2302)', () => {
  it('requires «жоқ»; «иә» may go on to the next step', () => {
    const source = proc(`     1) 1-шарт кеңсе: «тексереді»
        иә → 2
${DECIDE.replace('9)', '2)')}`);
    expect(messages(source, 'TRT2302')).toEqual(['condition «1) 1-шарт» does not say where its «жоқ» outcome goes']);
    expect(found(source.replace('иә → 2', 'жоқ → бас тарту'), 'TRT2302')).toEqual([]);
  });

  it('rejects an outcome given twice', () => {
    const source = proc(`     1) 1-шарт кеңсе: «тексереді»
        жоқ → бас тарту
        жоқ → 2
${DECIDE.replace('9)', '2)')}`);
    expect(found(source, 'TRT2008')).toEqual(['16:9 TRT2008']);
  });
});

describe('loops (TRT2303)', () => {
  it('reports a loop with no way out once, at its first step', () => {
    const source = proc(`     1) кеңсе: «жолдайды»
     2) орындаушы: «қайтарады»
        → 1`);
    expect(messages(source, 'TRT2303')).toEqual(['no path from step «1)» reaches a result or a refusal: the steps go round in a loop']);
  });

  it('accepts a loop that has a way out', () => {
    const source = proc(`     1) 1-шарт кеңсе: «толық па?»
        иә → 2
        жоқ → 1
${DECIDE.replace('9)', '2)')}`);
    expect(found(source, 'TRT2303', 'TRT2301')).toEqual([]);
  });
});

describe('results that are the basis of the next step (TRT2304)', () => {
  const base = `     1) кеңсе: «қабылдайды»
     2) басшы: «қарайды»
     3) орындаушы: «шешеді»
        шешім: анықтама немесе дәлелді-бас-тарту`;
  const withResult = (target: string) => act({
    participants: '     1) кеңсе (беруші): «кеңсе»;\n     2) басшы (беруші): «басшы»;\n     3) орындаушы (беруші): «орындаушы»',
    procedures: `4. рәсім кеңсе-рәсімі: беруші арқылы\n${base}\n5. нәтижесі кеңсе-рәсімі 1: «тіркелген құжаттар» → ${target}`,
  });

  it('accepts a result that leads where the step leads', () => {
    expect(found(withResult('2'), 'TRT2304')).toEqual([]);
  });

  it('reports a result said to lead elsewhere, with the step as related location', () => {
    const [d] = diagnose(withResult('3')).filter((x) => x.code === 'TRT2304');
    expect(d!.message.en).toBe('the result of step «1)» is stated to be the basis of step «3)», but the step leads to step «2)»');
    expect(d!.related[0]!.range.start.line).toBe(15);
  });

  it('reports a result said to end the service when the flow goes on', () => {
    expect(messages(withResult('аяқталу'), 'TRT2304')).toEqual([
      'the result of step «1)» is stated to be the basis of the end (the result), but the step leads to step «2)»',
    ]);
  });
});
