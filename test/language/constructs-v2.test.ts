// The language of issue 12, construct by construct, on the words of the acts it was not tuned for (11, 14).
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import { act } from '../check/sources.js';

const compiled = (source: string) => compile(source, 'v2.tartip');
const problems = (source: string) =>
  compiled(source).diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.range.start.line}:${d.range.start.column} ${d.code}`);
const json = (source: string) => {
  const result = compiled(source);
  expect(result.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.range.start.line} ${d.code} ${d.message.en}`)).toEqual([]);
  return result.json!;
};

/** Act 11's office procedure, shortened: an act and a conclusion made and passed on, chained conditions. */
const ACT11 = act({
  procedures: `4. рәсім кеңсе-рәсімі: беруші арқылы
     1) кеңсе: «құжаттарды тіркейді»
     2) орындаушы: «тексеріп-қарау актісін (бұдан әрі – тексеру актісі) жасайды, қорытынды дайындайды»
        құжат акт (аралық): «тұрғын үй-тұрмыстық жағдайын тексеріп-қарау актісі» (бұдан әрі – «тексеру актісі»)
          [стандарттың 3-қосымшасы]
        ұзақтығы: күнтізбелік он күн ішінде
        жасайды: акт
     3) орындаушы: «көрсетілетін қызметті алушыға қорытынды беруді қамтамасыз етеді және оң қорытынды алған
          көрсетілетін қызметті алушының деректерін республикалық деректер банкіне (бұдан әрі - РДБ) енгізеді»
        жүйе РДБ (деректер банкі): «республикалық деректер банкі» (бұдан әрі – «РДБ»)
        тек «оң қорытынды алған» жағдайда: «оң қорытынды алған көрсетілетін қызметті алушының деректерін
          республикалық деректер банкіне (бұдан әрі - РДБ) енгізеді»
        жүйе: РДБ
        пайдаланады: акт
     4) алушы: «РДБ-нен балаларды іріктеуді жүргізеді»
        тек «оң қорытынды алған» жағдайда
        әйтпесе → аяқталу
     5) орындаушы: «іріктеудің оң нәтижелері болған кезде бұйрықты немесе дәлелді бас тартуды дайындайды»
        тек «іріктеудің оң нәтижелері болған» кезде
        әйтпесе → бас тарту
        шешім: анықтама немесе дәлелді-бас-тарту
     6) кеңсе: «нәтижені береді»
        кімге: алушы`,
});

describe('declarations where the act introduces them', () => {
  it('keeps the procedure and the step open across a declaration among the step\'s clauses', () => {
    const out = json(ACT11);
    const steps = out.procedures[0]!.steps;
    expect(steps).toHaveLength(6);
    expect(steps[1]!.declares).toEqual(['акт']);
    expect(steps[2]!.declares).toEqual(['РДБ']);
    expect(steps[1]!.duration).toMatchObject({ value: 10, unit: 'calendar-day' });
  });

  it('declares the standard in the paragraph that cites it', () => {
    const source = act().replace('2. құжат анықтама: «анықтама»', `2. стандарт «Сынақ стандарты» (бұдан әрі – «стандарт»):
     бұйрық № 198, 13.04.2015
   құжат анықтама: «анықтама»`);
    const out = json(source);
    expect(out.standard).toMatchObject({ name: 'Сынақ стандарты', number: '198', shortName: 'стандарт' });
    expect(out.sections[0]!.paragraphs[1]!.items[0]).toEqual({ kind: 'declaration', what: 'standard', ids: [], lead: null });
  });
});

describe('intermediate documents', () => {
  it('are declared with «(аралық)», made and used by steps', () => {
    const out = json(ACT11);
    expect(out.documents.find((d) => d.id === 'акт')).toMatchObject({ kind: 'intermediate', shortName: 'тексеру актісі' });
    expect(out.procedures[0]!.steps[1]!.produces).toEqual(['акт']);
    expect(out.procedures[0]!.steps[2]!.uses).toEqual(['акт']);
  });

  it('warns when a step uses one no earlier step makes, and names one nothing uses for what it is', () => {
    const used = ACT11.replace('        жасайды: акт\n', '');
    expect(problems(used)).toContain('25:22 TRT2307');
    const unused = ACT11.replace('        жасайды: акт\n', '').replace('        пайдаланады: акт\n', '');
    const warning = compiled(unused).diagnostics.find((d) => d.code === 'TRT2003')!;
    expect(warning.message.en).toBe('intermediate document «акт» is declared but never used');
  });
});

describe('information systems a step works in', () => {
  it('counts a system the texts mention as used, and its «бұдан әрі» short name as a known abbreviation', () => {
    const mentioned = ACT11.replace('        жүйе: РДБ\n', '');
    expect(problems(mentioned)).toEqual([]);
    expect(json(ACT11).procedures[0]!.steps[2]!.systems).toEqual(['РДБ']);
  });

  it('accepts the act\'s own kind «деректер банкі», and refuses a unit in «жүйе:»', () => {
    expect(problems(ACT11.replace('        жүйе: РДБ\n', '        жүйе: кеңсе\n'))).toEqual(['25:15 TRT2005']);
  });
});

describe('guards', () => {
  it('guards part of an action, and sends a failed whole-step guard where «әйтпесе» says', () => {
    const steps = json(ACT11).procedures[0]!.steps;
    expect(steps[2]!.guards).toEqual([{ condition: 'оң қорытынды алған', part: expect.stringContaining('деректерін'), otherwise: null, inAction: true }]);
    expect(steps[2]!.transitions.map((t) => t.on)).toEqual(['done']);
    expect(steps[3]!.guards[0]).toMatchObject({ otherwise: { kind: 'end' }, inAction: false });
    expect(steps[3]!.transitions).toContainEqual({ on: 'skipped', branch: null, to: { kind: 'end' } });
    expect(steps[4]!.guards[0]).toMatchObject({ condition: 'іріктеудің оң нәтижелері болған', otherwise: { kind: 'refusal' }, inAction: true });
  });

  it('refuses «иә/жоқ» on a guarded step, «әйтпесе» without a guard, and a guarded part the action does not say', () => {
    expect(problems(ACT11.replace('        әйтпесе → аяқталу\n', '        жоқ → аяқталу\n'))).toContain('29:9 TRT2305');
    expect(problems(ACT11.replace('        тек «оң қорытынды алған» жағдайда\n        әйтпесе', '        әйтпесе'))).toContain('28:9 TRT2306');
    expect(problems(ACT11.replace('тек «оң қорытынды алған» жағдайда: «оң', 'тек «оң қорытынды алған» жағдайда: «теріс'))).toContain('23:44 TRT2308');
  });
});

describe('lanes', () => {
  const chart = (lanes: string, extra = '') => act({
    procedures: `4. рәсім кеңсе-рәсімі: беруші арқылы
     1) кеңсе: «құжаттарды қабылдайды»
        егер «құжаттар толық емес» жағдайда:
          беруші: «өтінішті қабылдаудан бас тартады»
${extra}          → бас тарту
     2) орындаушы: «анықтаманы немесе дәлелді бас тартуды дайындайды»
        шешім: анықтама немесе дәлелді-бас-тарту`,
    tail: `қосымша: анықтамалық «Анықтамалық»\n  сызба кеңсе-рәсімі\n    жолдар: ${lanes}`,
  });

  it('reports a lane listed twice, with the fix that removes it', () => {
    const d = compiled(chart('алушы, кеңсе, орындаушы, кеңсе', '          жолы: кеңсе\n')).diagnostics.filter((x) => x.code === 'TRT2404');
    expect(d.map((x) => [x.severity, x.range.start.column, x.fix?.replacement])).toEqual([['warning', 38, '']]);
  });

  it('draws the provider\'s refusal in the lane the print gives it («жолы»), with no extra lane', () => {
    expect(problems(chart('алушы, кеңсе, орындаушы'))).toEqual(['22:13 TRT2403']);
    const out = json(chart('алушы, кеңсе, орындаушы', '          жолы: кеңсе\n'));
    expect(out.procedures[0]!.steps[0]!.branches[0]).toMatchObject({ performer: 'беруші', lane: 'кеңсе' });
  });
});

describe('what the print lacks', () => {
  it('marks a title block and an appendix not printed; the title may come from the resolution or be absent', () => {
    const source = act({ tail: 'қосымша: анықтамалық «Анықтамалық» басылмаған «газетте басылмаған»\n  сызба кеңсе-рәсімі' })
      .replace('регламент «Сынақ»', 'регламент «Сынақ» басылмаған «атауы қаулының 2-тармағындағы тізбеден алынды»');
    const out = json(source);
    expect(out.notPrinted).toEqual({ note: 'атауы қаулының 2-тармағындағы тізбеден алынды' });
    expect(out.appendices[0]!.notPrinted).toEqual({ note: 'газетте басылмаған' });
    expect(json(source.replace('регламент «Сынақ» басылмаған', 'регламент басылмаған')).title).toBeNull();
    expect(problems(source.replace('регламент «Сынақ» басылмаған «атауы қаулының 2-тармағындағы тізбеден алынды»', 'регламент'))).toEqual(['1:1 TRT1010']);
  });

  it('says what a regulation lacks at its head, and a file holding only its title compiles to nothing', () => {
    const result = compiled('регламент «x»\n');
    expect(result.json).toBeUndefined();
    expect(result.diagnostics.map((d) => `${d.code} ${d.message.en}`)).toEqual([
      'TRT2012 the regulation lacks the service provider («беруші: «…»»)',
      'TRT2012 the regulation lacks the intake channels («қабылдау …: …»)',
      'TRT2012 the regulation lacks the result document («құжат …: «…»»)',
      'TRT2012 the regulation lacks the result of the service («қызмет нәтижесі: …»)',
      'TRT2012 the regulation lacks the list of participants («қатысушылар: 1) …»)',
      'TRT2012 the regulation lacks a procedure with its steps («рәсім …: … арқылы» and «1) …»)',
    ]);
  });
});

describe('channels', () => {
  it('keeps each basis with the channels it starts', () => {
    const source = act({ intake: 'қабылдау: беруші «кеңсе»\n   негіз беруші: «кеңсеге жүгінуі»' });
    expect(json(source).basis).toEqual([{ channels: ['беруші'], text: 'кеңсеге жүгінуі', standardRefs: [], appendixRefs: [] }]);
  });

  it('refuses a decision on a document that the procedure\'s channel does not issue', () => {
    const source = act({
      intake: 'қабылдау: беруші «кеңсе»; жүйе портал (портал): «портал»',
      procedures: `4. рәсім кеңсе-рәсімі: беруші арқылы
     1) кеңсе: «құжаттарды қабылдайды»
     2) орындаушы: «анықтаманы дайындайды»
        шешім: анықтама немесе дәлелді-бас-тарту
5. рәсім портал-рәсімі: портал арқылы
     1) орындаушы: «анықтаманы дайындайды»
        шешім: анықтама немесе дәлелді-бас-тарту`,
    }).replace('   қызмет нәтижесі: анықтама немесе дәлелді-бас-тарту', `   құжат хабарлама (хабарлама): «хабарлама»
   қызмет нәтижесі беруші: анықтама немесе дәлелді-бас-тарту
   қызмет нәтижесі портал: хабарлама немесе дәлелді-бас-тарту`);
    expect(problems(source)).toEqual(['21:16 TRT2406']);
  });
});

describe('durations in parts', () => {
  it('says when «;» parts look like alternatives by outcome, with «немесе» as the fix (act 11\'s held-out twin)', () => {
    const source = act({
      procedures: `4. рәсім кеңсе-рәсімі: беруші арқылы
     1) кеңсе: «құжаттарды қабылдайды»
     2) орындаушы: «тексеру актісін жасайды, шарт жобасын немесе дәлелді бас тартуды дайындайды»
        ұзақтығы: «тексеру актісін жасау» – күнтізбелік он күн ішінде;
                  «шарт жобасын дайындау» – күнтізбелік он сегіз күн ішінде;
                  «дәлелді бас тартуды дайындау» – күнтізбелік төрт күн ішінде
        шешім: шарт немесе дәлелді-бас-тарту`,
    }).replace('2. құжат анықтама: «анықтама»', '2. құжат анықтама: «анықтама»\n   құжат шарт: «шарт» (бұдан әрі – «шарт»)')
      .replace('қызмет нәтижесі: анықтама немесе', 'қызмет нәтижесі: анықтама немесе шарт немесе');
    expect(problems(source)).toEqual(['19:19 TRT2105']);
    const d = compiled(source).diagnostics.find((x) => x.code === 'TRT2105')!;
    expect(d.message.en).toContain('«шарт жобасын дайындау» and «дәлелді бас тартуды дайындау» look like alternatives');
    const fixed = source.slice(0, d.fix!.range.start.offset) + d.fix!.replacement + source.slice(d.fix!.range.end.offset);
    const step = json(fixed).procedures[0]!.steps[1]!;
    expect(step.duration).toMatchObject({ kind: 'sequence', parts: [{ value: 10 }, { kind: 'alternatives', options: [{ value: 18 }, { value: 4 }] }] });
  });
});

describe('abbreviations', () => {
  it('takes the act\'s «бұдан әрі» on a «қысқарту»', () => {
    const source = act({ tail: 'қысқартулар:\n  РДБ – «республикалық деректер банкі»' }).replace('«анықтаманы немесе дәлелді бас тартуды дайындайды»', '«РДБ-ге енгізеді»');
    expect(problems(source)).toEqual([]);
    const declared = act().replace('2. құжат анықтама: «анықтама»', '2. қысқарту РДБ: «республикалық деректер банкі» (бұдан әрі – «РДБ»)\n   құжат анықтама: «анықтама»')
      .replace('«анықтаманы немесе дәлелді бас тартуды дайындайды»', '«РДБ-ге енгізеді»');
    expect(problems(declared)).toEqual([]);
  });
});
