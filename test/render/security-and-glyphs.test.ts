// Hostile texts in a regulation neither break a diagram nor inject anything; Kazakh letters render.
import { describe, expect, it } from 'vitest';
import { diagramsOf, openSharedPage, svgText } from './browser.js';

const HOSTILE = {
  quote: 'құжат "тырнақша" ішінде',
  brackets: 'жақша [A] {B} (C) |D|',
  arrow: 'A --> B -.-> C ==> D',
  init: '%%{init: {"securityLevel": "loose", "theme": "dark"}}%%',
  script: '<script>window.__pwned = 1</script>',
  img: '<img src=x onerror="window.__pwned = 2">',
  entity: '#quot; #60;b#62; &lt;i&gt; ﬂ°lt¶ß',
  click: 'click s1 call alert(1)',
  end: 'end',
};

/** A regulation whose every text the diagrams draw carries one of the hostile strings. */
function hostileSource(): string {
  const t = (s: string) => `«${s}»`;
  return `регламент «Сынақ»
бекітілген: қаулы № 1, 01.01.2020
бөлім 1 «Жалпы ережелер»
1. беруші: «аудандық білім бөлімі»
   қабылдау: 1) беруші «көрсетілетін қызметті берушінің кеңсесі»
   құжат нәтиже: «мемлекеттік көрсетілетін қызмет нәтижесі»
   қызмет нәтижесі: нәтиже
2. қатысушылар:
     1) кеңсе (беруші): ${t(`кеңсе ${HOSTILE.quote}`)};
     2) басшы (беруші): ${t(`басшы ${HOSTILE.script}`)}
3. рәсім р: беруші арқылы
     1) кеңсе: ${t(HOSTILE.brackets)}
        ұзақтығы: отыз минуттан аспайды
     2) кеңсе: ${t(HOSTILE.arrow)}
        егер ${t(HOSTILE.init)} жағдайда: ${t(HOSTILE.img)} → бас тарту
     3) басшы: ${t(HOSTILE.entity)}
     4) басшы: ${t(HOSTILE.click)}
     5) кеңсе: ${t(HOSTILE.end)}
қосымша 1: анықтамалық ${t(`Анықтамалық ${HOSTILE.script}`)}
  сызба р: ${t(`Кеңсе арқылы ${HOSTILE.init}`)}
  белгілер: ${t(`Шартты белгілер ${HOSTILE.img}`)}
`;
}

const shared = openSharedPage();

describe('hostile regulation texts', () => {
  const diagrams = diagramsOf(hostileSource(), 'hostile.tartip');
  const chart = diagrams.diagrams.find((d) => d.kind === 'chart')!;
  const legend = diagrams.diagrams.find((d) => d.kind === 'legend')!;

  it('cannot break out of a label in the Mermaid text', () => {
    for (const line of chart.mermaid.split('\n').filter((l) => /^ {4}s\d/.test(l))) expect(line).toMatch(/^ {4}\w+(\["[^"]*"\]|\("[^"]*"\)|\{"[^"]*"\})$/);
    expect(chart.mermaid).not.toMatch(/%%\{/);
    expect(chart.mermaid).not.toMatch(/<script|<img/);
  });

  it('renders as the same diagram a harmless text would give, with every text shown literally', async () => {
    const rendered = await shared.page.svg('hostile', chart.mermaid);
    const svg = rendered.svg;
    expect((svg.match(/class="cluster swimlane/g) ?? []).length).toBe(3);
    const nodes = chart.mermaid.split('\n').filter((l) => /^ {4}\w+[[({@]/.test(l)).length;
    expect((svg.match(/<g class="node /g) ?? []).length).toBe(nodes);
    // Long words are broken for the box with zero-width spaces; the text itself is unchanged.
    const text = svgText(svg).replace(/\u200b/g, '');
    // The word joiner that keeps Mermaid's entity markers apart is invisible.
    for (const value of Object.values(HOSTILE)) expect(text.replace(/\u2060/g, ''), value).toContain(value);
  });

  it('injects no element, handler or script, and keeps the strict security level and theme', async () => {
    for (const d of [chart, legend]) {
      const { svg } = await shared.page.svg(`hostile-${d.kind}`, d.mermaid);
      const tags = [...svg.matchAll(/<([a-zA-Z][\w:-]*)([^>]*)>/g)];
      const names = new Set(tags.map((t) => t[1]!.toLowerCase()));
      for (const bad of ['script', 'img', 'iframe', 'a', 'object', 'embed']) expect(names.has(bad), bad).toBe(false);
      const attributes = tags.flatMap((t) => [...t[2]!.matchAll(/\s([\w:-]+)=/g)].map((m) => m[1]!.toLowerCase()));
      expect(attributes.filter((a) => a.startsWith('on'))).toEqual([]);
      expect(svg).not.toMatch(/(?:href|src)="\s*javascript:/i);
      // The hostile %%{init}%% asked for the dark theme: our white background stays.
      expect(svg).toContain('fill:#ffffff');
      expect(svg).not.toContain('#1f2020');
    }
    expect(await shared.browser.pages().then((p) => p[p.length - 1]!.evaluate(() => (window as unknown as { __pwned?: number }).__pwned))).toBeUndefined();
  });
});

describe('Kazakh letters', () => {
  it('are drawn with the chart’s font, DejaVu Sans, and no fallback font or missing glyph', async () => {
    const letters = 'әғқңөұүһі ӘҒҚҢӨҰҮҺІ';
    const source = `регламент «Сынақ»
бекітілген: қаулы № 1, 01.01.2020
бөлім 1 «Жалпы ережелер»
1. беруші: «аудандық білім бөлімі»
   қабылдау: 1) беруші «көрсетілетін қызметті берушінің кеңсесі»
   құжат нәтиже: «мемлекеттік көрсетілетін қызмет нәтижесі»
   қызмет нәтижесі: нәтиже
2. қатысушылар:
     1) кеңсе (беруші): «кеңсе»
3. рәсім р: беруші арқылы
     1) кеңсе: «${letters}»
қосымша 1: анықтамалық «Анықтамалық»
  сызба р
`;
    const chart = diagramsOf(source).diagrams[0]!;
    const { svg } = await shared.page.svg('glyphs', chart.mermaid);
    const probe = await shared.browser.newPage();
    try {
      await probe.setContent(`<!doctype html><meta charset="utf-8"><body>${svg}</body>`);
      const client = await probe.createCDPSession();
      await client.send('DOM.enable');
      await client.send('CSS.enable');
      const { root } = await client.send('DOM.getDocument', { depth: -1, pierce: true });
      const { nodeIds } = await client.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'g.node p' });
      const fonts = [];
      for (const nodeId of nodeIds) {
        const text = await probe.evaluate((i) => document.querySelectorAll('g.node p')[i]!.textContent, nodeIds.indexOf(nodeId));
        if (!text?.includes('ә')) continue;
        fonts.push(...(await client.send('CSS.getPlatformFontsForNode', { nodeId })).fonts);
      }
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.map((f) => f.familyName)).toEqual(fonts.map(() => 'DejaVu Sans'));
      expect(fonts.reduce((n, f) => n + f.glyphCount, 0)).toBeGreaterThanOrEqual([...letters].length);
    } finally {
      await probe.close();
    }
  });
});
