// The importer's parts: durations in words and digits, mending words the print broke, page banners, and each TRT50xx it leaves.
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import { findDurations, writeDuration } from '../../src/import/durations.js';
import { importAct } from '../../src/import/import-act.js';
import { documentLexicon, isBanner, joinLines, sourceLines } from '../../src/import/normalise.js';
import { chartBoxes } from '../../src/import/chart-boxes.js';
import { quote } from '../../src/import/phrases.js';
import { resultCases } from '../../src/import/result-cases.js';
import { readStep } from '../../src/import/steps.js';
import { htmlToText } from '../../src/import/read-input.js';
import { printedText, TRAINING } from './agreement.js';

/** Reads one duration as the compiler does, through a one-step act. */
function compiled(duration: string) {
  const draft = writeDuration(duration);
  expect(draft, duration).toBeDefined();
  return draft!;
}

describe('durations', () => {
  it.each([
    ['отыз минуттан аспайды', 'отыз минуттан аспайды'],
    ['30 (отыз) минут', '30 (отыз) минут'],
    ['күнтізбелік он күн ішінде', 'күнтізбелік он күн ішінде'],
    ['бір жұмыс күні', 'бір жұмыс күні'],
    ['бір жұмыс күні ішінде, құжаттарды қабылдау күні мемлекеттік қызмет көрсету мерзіміне кірмейді',
      'бір жұмыс күні ішінде, «құжаттарды қабылдау күні мемлекеттік қызмет көрсету» мерзіміне кірмейді'],
    ['тексеру актісін жасау - күнтізбелік он күн ішінде; шарт жобасын дайындау - күнтізбелік он сегіз күн ішінде',
      '«тексеру актісін жасау» – күнтізбелік он күн ішінде; «шарт жобасын дайындау» – күнтізбелік он сегіз күн ішінде'],
    ['бір жұмыс күні ішінде, көрсетілетін қызметті алушы оқымайтын білім беру ұйымына өтініш берген жағдайда – төрт жұмыс күні ішінде',
      'бір жұмыс күні ішінде немесе «көрсетілетін қызметті алушы оқымайтын білім беру ұйымына өтініш берген» жағдайда – төрт жұмыс күні ішінде'],
  ])('«%s» is written «%s»', (printed, written) => {
    expect(compiled(printed)).toBe(written);
  });

  it('is found in its parentheses, and a parenthesis that is no duration is left alone', () => {
    const found = findDurations('құжаттарды тіркейді (бір сағаттан аспайды). Рәсімнің (іс-қимылдың) нәтижесі: беру');
    expect(found.map((d) => d.written)).toEqual(['бір сағаттан аспайды']);
    expect(writeDuration('отыз он минуттан аспайды')).toBeUndefined();
    expect(writeDuration('бір апта')).toBeUndefined();
  });

  it('reads in the compiled draft as the value, unit and bound the act states', () => {
    const json = compile(importAct(printedText(TRAINING['2018-1114-13-school-meals']!), 'act.txt').draft, 'd.tartip').json!;
    const d = json.procedures[0]!.steps[3]!.duration;
    expect(d).toMatchObject({ kind: 'amount', value: 4, unit: 'working-day', bound: 'within', numberWritten: 'words' });
  });
});

describe('normalising the print', () => {
  const lexicon = documentLexicon(sourceLines('құжаттарды тіркейді және құжаттарды береді.\nстандарттың талаптары, стандарттың іс-қимылдың тәртібі.'));
  it('mends a word broken with a hyphen, and keeps a hyphen the act writes', () => {
    expect(joinLines([{ line: 1, text: 'стан-' }, { line: 2, text: 'дарттың талаптары' }], lexicon).text).toBe('стандарттың талаптары');
    expect(joinLines([{ line: 1, text: 'рәсімнің (іс-' }, { line: 2, text: 'қимылдың)' }], lexicon).text).toBe('рәсімнің (іс-қимылдың)');
  });
  it('mends a word broken without a hyphen when the document prints it whole, and leaves two words apart', () => {
    expect(joinLines([{ line: 1, text: 'орындаушысы құжат' }, { line: 2, text: 'тарды тіркейді' }], lexicon).text).toBe('орындаушысы құжаттарды тіркейді');
    expect(joinLines([{ line: 1, text: 'құжаттарды' }, { line: 2, text: 'тіркейді' }], lexicon).text).toBe('құжаттарды тіркейді');
  });
  it('mends a word whose joined parts begin a word the document prints whole in another form, and not two whole words', () => {
    const forms = documentLexicon(sourceLines('Мемлекеттік корпорация қызметкері береді.\nсәттен бастап; бастау.'));
    expect(joinLines([{ line: 1, text: 'Мемлекеттік корпо' }, { line: 2, text: 'рацияға жолдайды' }], forms).text).toBe('Мемлекеттік корпорацияға жолдайды');
    expect(joinLines([{ line: 1, text: 'тапсырған сәттен' }, { line: 2, text: 'бастап' }], forms).text).toBe('тапсырған сәттен бастап');
  });
  it('reads the performer after a case a step opens with, and keeps the words as printed', () => {
    const performers = [{ id: 'орындаушы', names: ['көрсетілетін қызметті берушінің орындаушысы'] }];
    const step = readStep('оң қорытынды болған кезде, көрсетілетін қызметті берушінің орындаушысы шарт жобасын дайындайды (бір сағаттан аспайды).', performers);
    expect(step.performer).toBe('орындаушы');
    expect(step.action).toBe('оң қорытынды болған кезде, көрсетілетін қызметті берушінің орындаушысы шарт жобасын дайындайды');
    expect(step.duration).toBe('бір сағаттан аспайды');
  });
  it('a step printing cases with results of their own takes the closing result and the duration before it', () => {
    const performers = [{ id: 'қызметкер', names: ['Мемлекеттік корпорация қызметкері'] }];
    const step = readStep('Мемлекеттік корпорация қызметкері құжаттарды тіркейді, деректер болған жағдайда анықтаманы береді (бес минуттан аспайды). '
      + 'Рәсімнің (іс-қимылдың) нәтижесі: анықтама беру; деректер болмаған жағдайда, қолхат береді (он бес минуттан аспайды). '
      + 'Рәсімнің (іс-қимылдың) нәтижесі: қолхатты беру;', performers);
    expect(step.performer).toBe('қызметкер');
    expect(step.duration).toBe('он бес минуттан аспайды');
    expect(step.result).toBe('қолхатты беру');
    expect(step.cases).toBe(1);
    // The first case, its duration and result, stay in the action as printed: nothing is lost or moved.
    expect(step.action).toContain('(бес минуттан аспайды). Рәсімнің (іс-қимылдың) нәтижесі: анықтама беру;');
  });
  it('marks such a step TRT5011 where the act prints it (act 01, p.6 step 2)', () => {
    const { diagnostics, draft } = importAct(printedText(TRAINING['2018-1114-01-guardianship-certificates']!), 'act01.txt');
    expect(diagnostics.filter((d) => d.code === 'TRT5011').map((d) => d.range.start.line)).toEqual([855]);
    expect(draft).toContain('# TRT5011 (855-жол)');
  });
  it('a «N-процесс» noun phrase names its performer only through a possessive head', () => {
    const performers = [{ id: 'алушы', names: ['көрсетілетін қызметті алушы'] }];
    const own = readStep('көрсетілетін қызметті алушының ЖСН мен парольді порталға енгізуі (авторландыру процесі);', performers, true);
    expect(own.performer).toBe('алушы');
    expect(own.action).toBe('көрсетілетін қызметті алушының ЖСН мен парольді порталға енгізуі (авторландыру процесі)');
    const whose = readStep('көрсетілетін қызметті алушының деректерінде бұзушылықтардың болуына байланысты бас тарту туралы хабарлама қалыптастыру;', performers, true);
    expect(whose.performer).toBeNull();
    // Outside a noun-phrase step the words name the performer as before.
    expect(readStep('көрсетілетін қызметті алушы құжаттарды тапсырады;', performers).performer).toBe('алушы');
  });
  it('quotes a text whose guillemets do not balance in "…" on one line, and wraps a long one with them made plain', () => {
    expect(quote('«бір сөз')).toBe('"«бір сөз"');
    const long = quote(`«${'сөз '.repeat(60)}»» соңы`, '  ');
    expect(long.split('\n').every((l) => l.length <= 120)).toBe(true);
    expect(long.startsWith('««сөз')).toBe(true);
    expect(long).toContain('сөз »" соңы»');
  });
  it('drops page banners, bare page numbers and blank lines, keeping the input line numbers', () => {
    expect(isBanner('94 ')).toBe(true);
    expect(isBanner('4-бет →')).toBe(true);
    expect(isBanner('←  3-бет')).toBe(true);
    expect(isBanner('4. Мемлекеттік')).toBe(false);
    expect(sourceLines('a\n\n  \n4-бет →\nb  c ').map((l) => [l.line, l.text])).toEqual([[1, 'a'], [5, 'b c']]);
  });
  it('reads an HTML page one line per block element', () => {
    expect(htmlToText('<html><head><style>p{}</style></head><body><p>1. Жалпы <b>ережелер</b></p><div>2) екі</div></body></html>'))
      .toBe('1. Жалпы ережелер\n2) екі\n');
  });
});

describe('what the importer leaves to review', () => {
  const base = printedText(TRAINING['2018-1114-13-school-meals']!);
  const codes = (text: string) => {
    const r = importAct(text, 'act.txt');
    expect(compile(r.draft, 'd.tartip').diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    return r.diagnostics.map((d) => d.code);
  };
  it('leaves nothing on a clean act', () => {
    expect(codes(base)).toEqual([]);
  });
  it('TRT5003: the title is taken from the standard when the title block is not printed', () => {
    const untitled = base.replace(/Қызылорда облысы әкімдігінің 2018\s+жылғы «14» мамырдағы[\s\S]*$/u, '');
    expect(untitled).not.toBe(base);
    expect(codes(untitled)).toContain('TRT5003');
  });
  it.each([
    ['TRT5001', 'көрсетілетін қызметті берушінің басшысы  құжаттарды қарайды', 'аудан әкімі құжаттарды қарайды'],
    ['TRT5002', '(төрт жұмыс күні ішінде)', '(төрт-бес жұмыс күні ішінде)'],
    ['TRT5004', 'электрондық және (немесе) қағаз түрінде.', 'ауызша түрінде.'],
    ['TRT5005', '2015 жылғы 13 сәуірдегі', '2015 жылғы 32 сәуірдегі'],
    ['TRT5007', 'кеңсе қызметкеріне стандарттың 9-тармағына сәйкес  құжаттарды', 'стандарттың 9-тармағына сәйкес  құжаттарды'],
    ['TRT5008', 'Рәсімнің (іс-қимылдың) нәтижесі: құжаттар топтамасын \nұсыну;', 'ұсыну;'],
  ])('%s: «%s» printed as «%s»', (code, from, to) => {
    expect(base.includes(from), from).toBe(true);
    expect(codes(base.replace(from, to))).toContain(code);
  });
  it('TRT5006: units are read from the steps when no list of participants is printed', () => {
    const text = base.replace(/^7\. Мемлекеттік көрсетілетін[\s\S]*?орындаушысы\.\s*$/mu, '');
    expect(text).not.toBe(base);
    const r = importAct(text, 'act.txt');
    expect(r.diagnostics.map((d) => d.code)).toContain('TRT5006');
    const json = compile(r.draft, 'd.tartip').json!;
    expect(json.entities.filter((e) => e.kind === 'participant').map((e) => e.names[0])).toContain('көрсетілетін қызметті берушінің кеңсе қызметкері');
  });
  it('TRT5010: a handbook chart printing steps the main text does not is marked at its appendix; one restating the text is not', () => {
    const seed = importAct(printedText(TRAINING['2015-225-adoption-candidates-registration']!), 'seed.txt');
    const marked = seed.diagnostics.filter((d) => d.code === 'TRT5010');
    expect(marked.map((d) => d.message.en)).toEqual([expect.stringMatching(/^the chart «Портал арқылы .*анықтамалығы» in appendix 2 shows steps the main text does not \(20 секунд, 2 минут, 1,5 минут\)/u)]);
    expect(seed.draft).toMatch(/# TRT5010 \(\d+-жол\)[^\n]*\n(?:#[^\n]*\n)*қосымша 2: анықтамалық/u);
    // «1 қосымша» printed without a hyphen is still numbered, so «осы Регламенттің 2-қосымшасына» resolves.
    expect(seed.draft).toMatch(/\[2-қосымша\]/u);
    const act01 = importAct(printedText(TRAINING['2018-1114-01-guardianship-certificates']!), 'act.txt');
    expect(act01.diagnostics.map((d) => d.code)).not.toContain('TRT5010');
  });
  it('TRT5090: a text with no act in it', () => {
    expect(importAct('Жаңалықтар.\nБүгін күн ашық.', 'news.txt').diagnostics.map((d) => d.code)).toEqual(['TRT5090']);
  });
  it('a paragraph numbered twice becomes the act\'s own defect note', () => {
    const draft = importAct(printedText(TRAINING['2018-1114-05-guardians-allowance']!), 'act.txt').draft;
    expect(draft).toMatch(/ақау \[TRT2201\]/u);
  });
});

describe('a chart the main text does not print', () => {
  it('is read into its boxes in print order: words mended, each with the duration under it, answers left out', () => {
    const lines = sourceLines('Портал\n\nКөрсетілетін қызметті\nалушының деректерін\nрастау\n (20 секунд)\nИә\nЖоқ\nПорталда\nавторландыру\nӨтінішті тіркеу\n(түскен күні –\n2 минут)\nсұратуды куәландыру\n(қол қою) және оның\nтүпнұсқалығын растау\n (2 минут)');
    expect(chartBoxes(lines, documentLexicon(lines)).map((b) => [b.text, b.duration])).toEqual([
      ['Портал', null],
      ['Көрсетілетін қызметті алушының деректерін растау', '20 секунд'],
      ['Порталда авторландыру', null],
      ['Өтінішті тіркеу', 'түскен күні – 2 минут'],
      ['сұратуды куәландыру (қол қою) және оның түпнұсқалығын растау', '2 минут'],
    ]);
  });
  it('is listed in the seed\'s draft under its TRT5010 warning, box by box, and no step is made of it', () => {
    const { draft } = importAct(printedText(TRAINING['2015-225-adoption-candidates-registration']!), 'seed.txt');
    const after = draft.slice(draft.indexOf('TRT5010'));
    expect(after).toContain('«Өтінішті тіркеу» (түскен күні – 2 минут)');
    expect(after).toContain('«ЭЦҚ арқылы сұратуды куәландыру (қол қою)» (1,5 минут)');
  });
});

describe('a result given per channel', () => {
  it('reads «case – results; case – results» into its cases, and nothing from a paragraph that is not one', () => {
    expect(resultCases('Мемлекеттік қызмет көрсетудің нәтижесі: беруге жүгінген кезде – анықтама немесе дәлелді жауап; порталда – хабарлама (бұдан әрі – хабарлама).'))
      .toEqual([{ words: 'беруге жүгінген кезде', list: 'анықтама немесе дәлелді жауап' }, { words: 'порталда', list: 'хабарлама (бұдан әрі – хабарлама)' }]);
    expect(resultCases('Мемлекеттік көрсетілетін қызмет нәтижесі – анықтама (бұдан әрі – анықтама) немесе дәлелді бас тарту.')).toBeUndefined();
    expect(resultCases('нәтижесі: анықтама беру; қолхат беру.')).toBeUndefined();
  });
  it('the seed\'s p.3 gives the office its conclusion or refusal and the portal its notice', () => {
    const { draft } = importAct(printedText(TRAINING['2015-225-adoption-candidates-registration']!), 'seed.txt');
    expect(draft).toMatch(/қызмет нәтижесі беруші: қорытынды немесе \S+ «көрсетілетін қызметті берушіге\s+жүгінген кезде»/u);
    expect(draft).toContain('қызмет нәтижесі портал: хабарлама «порталда»');
  });
});
