// Recorded defects (`ақау:`): reported as info (TRT2901), acknowledging only the findings they name, in scope.
import { describe, expect, it } from 'vitest';
import { applyRules } from '../../src/diagnostics/severity.js';
import { act, diagnose } from '../check/sources.js';

const twice = (stepDefect: string) => act({
  procedures: `4. рәсім кеңсе-рәсімі: беруші арқылы
     1) кеңсе: «қабылдайды»
     1) орындаушы: «шешеді»
${stepDefect}        шешім: анықтама немесе дәлелді-бас-тарту`,
});

describe('recorded defects', () => {
  it('reports each record as info, never as a problem', () => {
    const [d] = diagnose(twice('        ақау: «қадам екі рет нөмірленген»\n')).filter((x) => x.code === 'TRT2901');
    expect(d!.severity).toBe('info');
    expect(d!.message.en).toBe('defect in the source text: қадам екі рет нөмірленген');
  });

  it('without a record, the repeated number is a warning', () => {
    const [d] = diagnose(twice('')).filter((x) => x.code === 'TRT2201');
    expect(d).toMatchObject({ severity: 'warning' });
    expect(d!.acknowledged).toBeUndefined();
  });

  it('a record that names no finding acknowledges none', () => {
    const [d] = diagnose(twice('        ақау: «қадам екі рет нөмірленген»\n')).filter((x) => x.code === 'TRT2201');
    expect(d).toMatchObject({ severity: 'warning' });
  });

  it('with a record in the step naming it, the finding becomes info and points at the record', () => {
    const [d] = diagnose(twice('        ақау [TRT2201]: «қадам екі рет нөмірленген»\n')).filter((x) => x.code === 'TRT2201');
    expect(d).toMatchObject({ severity: 'info', acknowledged: true });
    expect(d!.related.at(-1)).toMatchObject({ message: { en: 'recorded here as a defect of the source text' }, range: { start: { line: 16 } } });
  });

  it('a record in another step does not cover the finding', () => {
    const source = act({
      procedures: `4. рәсім кеңсе-рәсімі: беруші арқылы
     1) кеңсе: «қабылдайды»
        ақау: «басқа ақау»
     3) орындаушы: «шешеді»
        шешім: анықтама немесе дәлелді-бас-тарту`,
    });
    expect(diagnose(source).find((d) => d.code === 'TRT2202')).toMatchObject({ severity: 'warning' });
  });

  it('a record in a paragraph covers the paragraph outside its steps, and a repeat whose first use it covers', () => {
    const source = act({
      intake: 'қабылдау:\n     2) беруші «кеңсе»;\n     2) жүйе портал (портал): «портал»\n   ақау [number-gap, duplicate-number]: «тізім «2)» деп басталады»',
      procedures: `4. рәсім кеңсе-рәсімі: беруші арқылы
     1) орындаушы: «шешеді»
        шешім: анықтама немесе дәлелді-бас-тарту
5. рәсім портал-рәсімі: портал арқылы
     2) орындаушы: «шешеді»
        шешім: анықтама немесе дәлелді-бас-тарту`,
    });
    const numbering = diagnose(source).filter((d) => d.code.startsWith('TRT22'));
    expect(numbering.map((d) => `${d.code} ${d.severity}`)).toEqual(['TRT2202 info', 'TRT2201 info', 'TRT2202 warning']);
  });

  it('a record of the whole act covers the section headings; an appendix record covers its appendix', () => {
    const source = `${act().replace('бөлім 2', 'бөлім 3').replace('01.01.2020\n', '01.01.2020\nақау [number-gap]: «бөлімдер нөмірі қате»\n')}
қосымша 2: диаграмма «диаграмма»
  ақау [number-gap]: «қосымша «2» деп нөмірленген»
  сызба кеңсе-рәсімі`;
    const found = diagnose(source).filter((d) => d.code.startsWith('TRT22') || d.code === 'TRT2901');
    expect(found.map((d) => `${d.code} ${d.severity}`)).toEqual(['TRT2901 info', 'TRT2202 info', 'TRT2202 info', 'TRT2901 info']);
  });

  it('severity settings leave an acknowledged finding alone, but «off» still drops it', () => {
    const diagnostics = diagnose(twice('        ақау [duplicate-number]: «қадам екі рет нөмірленген»\n'));
    const acknowledged = diagnostics.filter((d) => d.code === 'TRT2201');
    expect(applyRules(acknowledged, new Map([['TRT2201', 'error']]))).toEqual(acknowledged);
    expect(applyRules(acknowledged, new Map([['TRT2201', 'off']]))).toEqual([]);
  });

  it('cannot hide an unrelated error: a numeral slip in a step whose record names another finding stays an error', () => {
    // The second newcomer's act: «2 (бір) жұмыс күні» in a step that records an unrelated defect.
    const source = act({
      procedures: `4. рәсім кеңсе-рәсімі: беруші арқылы
     1) кеңсе: «қабылдайды»
        ұзақтығы: 2 (бір) жұмыс күні ішінде
        ақау: «актіде «қабылдайды» деп басылған»
        ақау [duplicate-number]: «қадам нөмірі қате»
     2) орындаушы: «шешеді»
        шешім: анықтама немесе дәлелді-бас-тарту`,
    });
    const slip = diagnose(source).find((d) => d.code === 'TRT2101');
    expect(slip).toMatchObject({ severity: 'error' });
    expect(slip!.acknowledged).toBeUndefined();
    expect(diagnose(source).find((d) => d.code === 'TRT2902')).toMatchObject({ severity: 'warning', range: { start: { line: 17 } } });
  });

  it('acknowledges a numeral slip the act really prints only when the record names it', () => {
    const source = act({
      procedures: `4. рәсім кеңсе-рәсімі: беруші арқылы
     1) кеңсе: «қабылдайды»
        ұзақтығы: 2 (бір) жұмыс күні ішінде
        ақау [numeral-mismatch]: «актіде «2 (бір)» деп басылған»
     2) орындаушы: «шешеді»
        шешім: анықтама немесе дәлелді-бас-тарту`,
    });
    expect(diagnose(source).find((d) => d.code === 'TRT2101')).toMatchObject({ severity: 'info', acknowledged: true });
  });

  it('refuses to excuse a mistake of the encoding, and names an unknown code with the closest one', () => {
    const source = act({
      procedures: `4. рәсім кеңсе-рәсімі: беруші арқылы
     1) кеңсе: «қабылдайды»
        ақау [TRT2001, TRT2201x]: «—»
     2) орындаушы: «шешеді»
        шешім: анықтама немесе дәлелді-бас-тарту`,
    });
    const found = diagnose(source).filter((d) => d.code === 'TRT2013' || d.code === 'TRT2014');
    expect(found.map((d) => `${d.code} ${d.severity} ${d.range.start.column}`)).toEqual(['TRT2014 error 15', 'TRT2013 error 24']);
    expect(found[1]!.message.en).toContain('did you mean «TRT2201»');
  });
});
