// The handbook chart: lanes in the act's order, boxes in their performer's lane, decisions and ends.
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import type { ProcessDefinition } from '../../src/emit/json/model.js';
import { emitDiagrams } from '../../src/emit/mermaid/emit-diagrams.js';

const HEAD = `регламент «Сынақ қызметі»
бекітілген: қаулы № 1, 01.01.2020
бөлім 1 «Жалпы ережелер»
1. беруші: «аудандық білім бөлімі»
   қабылдау: 1) беруші «көрсетілетін қызметті берушінің кеңсесі»
   құжат нәтиже: «мемлекеттік көрсетілетін қызмет нәтижесі»
   қызмет нәтижесі: нәтиже
2. қатысушылар:
     1) кеңсе (беруші): «көрсетілетін қызметті берушінің кеңсесі»;
     2) басшы (беруші): «көрсетілетін қызметті берушінің басшысы»;
     3) орындаушы (беруші): «көрсетілетін қызметті берушінің орындаушысы»
`;

function definition(body: string): ProcessDefinition {
  const result = compile(HEAD + body, 'test.tartip');
  expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.range.start.line} ${d.code} ${d.message.en}`)).toEqual([]);
  return result.json!;
}

function chart(body: string): string {
  const charts = emitDiagrams(definition(body)).diagrams.filter((d) => d.kind === 'chart');
  expect(charts).toHaveLength(1);
  return charts[0]!.mermaid;
}

/** The lane (subgraph) a node is declared in. */
function laneOf(text: string, node: string): string {
  let lane = '';
  for (const line of text.split('\n')) {
    const open = /^ {2}subgraph \w+\["(.*)"\]$/.exec(line);
    if (open) lane = title(open[1]!);
    if (line.startsWith(`    ${node}`) && /^[\s\w]+[[({@]/.test(line)) return lane;
  }
  throw new Error(`node ${node} not found`);
}

/** A lane title as read: its two lines joined, the empty second line of a one-word title dropped. */
function title(label: string): string {
  return label.replace('<br/>#160;', '').replace('<br/>', ' ');
}

function lanes(text: string): string[] {
  return [...text.matchAll(/^ {2}subgraph \w+\["(.*)"\]$/gm)].map((m) => title(m[1]!));
}

const OFFICE = `3. рәсім кеңсе-рәсімі: беруші арқылы
     1) алушы: «құжаттарды ұсынады»
     2) кеңсе: «құжаттарды тіркейді»
        егер «құжаттар толық емес» жағдайда: «қабылдаудан бас тартады» → бас тарту
        ұзақтығы: отыз минуттан аспайды
     3) басшы: «қарайды»
        ұзақтығы: бір сағаттан аспайды
     4) орындаушы: «дайындайды»
        ұзақтығы: екі жұмыс күні ішінде
     5) кеңсе: «нәтижені береді»
        кімге: алушы
`;

describe('layout', () => {
  const body = `${OFFICE}қосымша 1: анықтамалық «Анықтамалық»\n  сызба кеңсе-рәсімі: «Кеңсе арқылы жүгінген кезде»\n`;

  it('moves every transition down a row by default, and packs rows with «packed», changing nothing else', () => {
    const packed = emitDiagrams(definition(body), { layout: 'packed' }).diagrams;
    const rows = emitDiagrams(definition(body)).diagrams;
    for (const d of packed) expect(d.mermaid).not.toContain('ignoreCrossLaneEdges');
    rows.forEach((d, i) => {
      if (d.kind === 'legend') expect(d.mermaid).toBe(packed[i]!.mermaid);
      else expect(d.mermaid).toBe(packed[i]!.mermaid.replace('    lineHops: "arc"\n', '    lineHops: "arc"\n    ignoreCrossLaneEdges: false\n'));
    });
  });
});

describe('handbook chart', () => {
  it('is a top-to-bottom swimlane chart with the lanes the act lists, in its order', () => {
    const text = chart(`${OFFICE}қосымша 1: анықтамалық «Анықтамалық»\n  сызба кеңсе-рәсімі: «Кеңсе арқылы жүгінген кезде»\n    жолдар: алушы, басшы, кеңсе, орындаушы\n`);
    expect(text).toMatch(/^swimlane-beta TB$/m);
    expect(lanes(text)).toEqual([
      'Көрсетілетін қызметті алушы',
      'Көрсетілетін қызметті берушінің басшысы',
      'Көрсетілетін қызметті берушінің кеңсесі',
      'Көрсетілетін қызметті берушінің орындаушысы',
    ]);
    expect(text).toContain('accTitle: Кеңсе арқылы жүгінген кезде');
  });

  it('defaults to the applicant, then the participants in the order of the act’s list', () => {
    const text = chart(`${OFFICE}қосымша 1: анықтамалық «Анықтамалық»\n  сызба кеңсе-рәсімі\n`);
    expect(lanes(text)).toEqual([
      'Көрсетілетін қызметті алушы',
      'Көрсетілетін қызметті берушінің кеңсесі',
      'Көрсетілетін қызметті берушінің басшысы',
      'Көрсетілетін қызметті берушінің орындаушысы',
    ]);
  });

  it('puts each action in its performer’s lane with its text and duration, unnumbered as the printed handbooks are', () => {
    const text = chart(`${OFFICE}қосымша 1: анықтамалық «Анықтамалық»\n  сызба кеңсе-рәсімі\n`);
    expect(text).toContain('s3["қарайды<br/><i>(бір сағаттан аспайды)</i>"]');
    expect(text).not.toContain('<b>3</b>');
    expect(laneOf(text, 's1')).toBe('Көрсетілетін қызметті алушы');
    expect(laneOf(text, 's2')).toBe('Көрсетілетін қызметті берушінің кеңсесі');
    expect(laneOf(text, 's3')).toBe('Көрсетілетін қызметті берушінің басшысы');
    expect(laneOf(text, 's4')).toBe('Көрсетілетін қызметті берушінің орындаушысы');
    expect(text).toContain('start --> s1');
    expect(text).toContain('s3 --> s4');
  });

  it('draws a case as a diamond with Иә to its box and Жоқ onwards, and a refusal end in its lane', () => {
    const text = chart(`${OFFICE}қосымша 1: анықтамалық «Анықтамалық»\n  сызба кеңсе-рәсімі\n`);
    expect(text).toContain('s2b{" "}');
    expect(text).toContain('s2 --> s2b');
    expect(text).toContain('s2b -->|"Иә"| s2a1');
    expect(text).toContain('s2b -->|"Жоқ"| s3');
    expect(text).toContain('s2a1["<i>егер құжаттар толық емес жағдайда:</i><br/>қабылдаудан бас тартады"]');
    expect(text).toMatch(/s2a1 --> (rej_\w+)/);
    const refusal = /s2a1 --> (rej_\w+)/.exec(text)![1]!;
    expect(text).toContain(`${refusal}(("Бас тарту"))`);
    expect(laneOf(text, refusal)).toBe('Көрсетілетін қызметті берушінің кеңсесі');
  });

  it('ends with the recipient when the last step hands the result over («кімге»)', () => {
    const text = chart(`${OFFICE}қосымша 1: анықтамалық «Анықтамалық»\n  сызба кеңсе-рәсімі\n`);
    const end = /s5 --> (fin\d+)/.exec(text)![1]!;
    expect(laneOf(text, end)).toBe('Көрсетілетін қызметті алушы');
    expect(text).toContain(`${end}(("Аяқталуы"))`);
  });

  it('draws several cases of one step as one diamond, each box naming its case', () => {
    const text = chart(`3. рәсім р: беруші арқылы
     1) кеңсе: «тіркейді»
        егер «деректер бар» жағдайда: «анықтаманы береді» → аяқталу
        егер «құжаттар толық емес» жағдайда: «бас тартады» → бас тарту
     2) орындаушы: «дайындайды»
қосымша 1: анықтамалық «Анықтамалық»\n  сызба р\n`);
    expect(text).toContain('s1b --> s1a1');
    expect(text).toContain('s1b --> s1a2');
    expect(text).toContain('s1b --> s2');
    expect(text).toContain('<i>егер деректер бар жағдайда:</i>');
    expect(text).toContain('<i>егер құжаттар толық емес жағдайда:</i>');
  });

  it('draws no diamond for a step that runs only in a case («тек»): the box says the case, as the print does', () => {
    const text = chart(`3. рәсім р: беруші арқылы
     1) кеңсе: «тіркейді»
     2) орындаушы: «есепке қояды»
        тек «оң қорытынды берілген» жағдайда
     3) кеңсе: «береді»
қосымша 1: анықтамалық «Анықтамалық»\n  сызба р\n`);
    expect(text).toContain('s1 --> s2');
    expect(text).toContain('s2 --> s3');
    expect(text).not.toMatch(/\{"/);
    expect(text).toContain('<i>тек оң қорытынды берілген</i>');
  });

  it('prints the question in the diamond, the exits as the source labels them, and the box text as the appendix words it', () => {
    const text = chart(`3. рәсім р: беруші арқылы
     1) кеңсе: «құжаттарды тіркейді»
        сұрақ: «Құжаттар толық па?»
        егер «құжаттар толық емес» жағдайда: «өтінішті қабылдаудан бас тартады»
          сызбада: «бас тартады»
          жоқ → бас тарту
     2) орындаушы: «дайындайды»
қосымша 1: анықтамалық «Анықтамалық»\n  сызба р\n`);
    expect(text).toContain('s1b{"Құжаттар толық па?"}');
    expect(text).toContain('s1b -->|"Жоқ"| s1a1');
    expect(text).toContain('s1b -->|"Иә"| s2');
    expect(text).toContain('s1a1["бас тартады"]');
    expect(text).not.toContain('егер');
  });

  it('prints durations beside the boxes, in the appendix\'s words, where the chart says so', () => {
    const body = `3. рәсім р: беруші арқылы
     1) кеңсе: «тіркейді»
        ұзақтығы: он бес минуттан аспайды
        сызбадағы ұзақтығы: «15 минуттан аспайды»
     2) орындаушы: «дайындайды»
        ұзақтығы: екі жұмыс күні ішінде
қосымша 1-қосымша: анықтамалық «Анықтамалық»\n  сызба р\n`;
    const beside = chart(body.replace('қосымша 1-қосымша', '1-қосымша') + '    ұзақтығы: жанында\n');
    expect(beside).toContain('s1 -->|"15 минуттан аспайды"| s2');
    expect(beside).toContain('|"екі жұмыс күні ішінде"|'.replace('екі', '(екі').replace('ішінде"', 'ішінде)"'));
    expect(beside).toContain('s1["тіркейді"]');
    const inside = chart(body.replace('қосымша 1-қосымша', '1-қосымша'));
    expect(inside).toContain('тіркейді<br/><i>15 минуттан аспайды</i>');
  });

  it('never lets a box run over ten lines: a 3 000-letter word is broken into pieces a line holds, a long text cut', () => {
    const word = 'ы'.repeat(3000);
    const text = chart(`3. рәсім р: беруші арқылы
     1) кеңсе: «${word}»
     2) орындаушы: «${'ұзақ сөйлем '.repeat(80)}»
қосымша 1: анықтамалық «Анықтамалық»\n  сызба р\n`);
    const boxes = text.split('\n').filter((l) => /^ {4}s[12]\[/.test(l));
    expect(boxes).toHaveLength(2);
    for (const box of boxes) {
      expect(box.length).toBeLessThan(1200);
      expect(box).toContain('…');
    }
    for (const box of boxes) expect(box).not.toMatch(/[ыұзақ]{21}/);
  });

  it('never loses a step whose performer the act’s lanes leave out: it gets a lane at the end', () => {
    const text = chart(`${OFFICE}қосымша 1: анықтамалық «Анықтамалық»\n  сызба кеңсе-рәсімі\n    жолдар: алушы, кеңсе\n`);
    expect(lanes(text)).toEqual([
      'Көрсетілетін қызметті алушы',
      'Көрсетілетін қызметті берушінің кеңсесі',
      'Көрсетілетін қызметті берушінің басшысы',
      'Көрсетілетін қызметті берушінің орындаушысы',
    ]);
  });
});
