// The information-system interaction diagram: participants, processes, conditions, messages, refusals.
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import { emitDiagrams } from '../../src/emit/mermaid/emit-diagrams.js';

const SOURCE = `регламент «Сынақ қызметі»
бекітілген: қаулы № 1, 01.01.2020
бөлім 1 «Жалпы ережелер»
1. беруші: «аудандық білім бөлімі»
   қабылдау: 1) жүйе портал (портал): «веб-портал» (бұдан әрі – «портал»)
   құжат нәтиже: «мемлекеттік көрсетілетін қызмет нәтижесі»
   қызмет нәтижесі: нәтиже
2. қатысушылар:
     1) орындаушы (беруші): «көрсетілетін қызметті берушінің орындаушысы»
   жүйе ЭҮАШ-АЖО (жұмыс орны): «ЭҮАШ АЖО»
   жүйе ЭҮШ (шлюз): «"электрондық үкімет" шлюзі»
3. рәсім портал-рәсімі: портал арқылы
     1) 1-процесс алушы: «сұранысты жолдайды»
        қысқаша: «Сұранысты жолдау»
        ұзақтығы: 2 минут
     2) 1-шарт портал: «деректерді тексереді»
        иә → 3-процесс
        жоқ → 2-процесс
     3) 2-процесс портал: «бас тарту хабарламасын қалыптастырады»
        → бас тарту
     4) 3-процесс портал: «сұратуды жолдайды»
        ағын: портал → ЭҮШ → ЭҮАШ-АЖО
     5) 4-процесс ЭҮАШ-АЖО: «тіркейді»
     6) 5-процесс орындаушы: «нәтижені жолдайды»
        құжат: «электрондық құжат нысанындағы нәтиже»
        → аяқталу
қосымша 2: диаграмма «Өзара іс-қимыл диаграммасы»
  сызба портал-рәсімі
  белгілер: «Шартты белгілер:»
қысқартулар:
  ЭҮАШ – «аймақтық шлюз»
  АЖО – «автоматтандырылған жұмыс орны»
  ЭҮШ – «шлюз»
`;

function diagrams() {
  const result = compile(SOURCE, 'test.tartip');
  expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.range.start.line} ${d.code} ${d.message.en}`)).toEqual([]);
  return emitDiagrams(result.json!).diagrams;
}

function chartText(): string {
  return diagrams().find((d) => d.kind === 'chart')!.mermaid;
}

describe('information-system diagram', () => {
  it('has a lane per participant: applicant, people, then systems in the order a request travels', () => {
    const lanes = [...chartText().matchAll(/^ {2}subgraph \w+\["(.*)"\]$/gm)].map((m) => m[1]!.replace("<br/>#160;", "").replace("<br/>", " "));
    expect(lanes).toEqual(['Көрсетілетін қызметті алушы', 'Көрсетілетін қызметті берушінің орындаушысы', 'Портал', 'ЭҮШ', 'ЭҮАШ АЖО']);
  });

  it('draws processes as rounded boxes headed by their label, and conditions as «N-шарт» diamonds', () => {
    const text = chartText();
    expect(text).toContain('s1("<b>1-процесс</b><br/>Сұранысты жолдау<br/><i>(2 минут)</i>")');
    expect(text).toContain('s2{"<b>1-шарт</b>"}');
    expect(text).toContain('s2 -->|"Иә"| s4');
    expect(text).toContain('s2 -->|"Жоқ"| s3');
  });

  it('ends a refusal in the error symbol, the arrow saying «Бас тарту»', () => {
    const text = chartText();
    const target = /s3 -->\|"Бас тарту"\| (rej_\w+)/.exec(text)?.[1];
    expect(target).toBeDefined();
    expect(text).toContain(`${target}@{ shape: cross-circ }`);
  });

  it('draws message flow dashed, through a message in each gateway, handing over to the receiving step', () => {
    const text = chartText();
    expect(text).toContain('s4 -.-> s4m1');
    expect(text).toContain('s4m1 -.-> s5');
    expect(text).not.toContain('s4 --> s5');
    expect(text).toMatch(/subgraph L4\["ЭҮШ<br\/>#160;"\]\n(?: {4}.*\n)*? {4}s4m1\("#9993;"\)/);
  });

  it('attaches the electronic document delivered, and ends in an end message', () => {
    const text = chartText();
    expect(text).toContain('s6d1@{ shape: doc, label: "электрондық құжат нысанындағы нәтиже" }');
    expect(text).toContain('s6 -.- s6d1');
    expect(text).toMatch(/s6 --> (fin\d+)/);
    const end = /s6 --> (fin\d+)/.exec(text)![1];
    expect(text).toContain(`${end}@{ shape: dbl-circ, label: "#9993;" }`);
    expect(text).toContain('start(("#9993;"))');
  });

  it('prints the seed act’s symbol set as its legend', () => {
    const legend = diagrams().find((d) => d.kind === 'legend')!;
    expect(legend.name).toBe('appendix-2-is-diagram-legend');
    for (const meaning of ['Бастапқы хабарлама', 'Соңғы хабарлама', 'Соңғы қарапайым оқиғалар', 'Қате', 'Ақпараттық жүйе', 'Процесс', 'Шарт', 'Хабарламалар ағыны', 'Басқару ағыны', 'Көрсетілетін қызметті алушыға ұсынылатын электрондық құжат']) {
      expect(legend.mermaid).toContain(`["${meaning}"]`);
    }
    expect(legend.mermaid).toContain('<b>Шартты белгілер:</b>');
    expect(legend.mermaid).toMatch(/k8a -\.-> k8b/);
    expect(legend.mermaid).toMatch(/k9a --> k9b/);
  });
});
