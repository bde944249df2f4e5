// Golden DOCX text (word/document.xml reduced to paragraphs) and golden HTML of the seed act and two 2018 acts.
import { describe, expect, it } from 'vitest';
import { writeDocx } from '../../src/emit/document/docx.js';
import { writeHtml } from '../../src/emit/document/html.js';
import { GOLDEN_ACTS, compileAct, docxParts, paragraphsOf } from './helpers.js';

describe('document goldens', () => {
  it.each(GOLDEN_ACTS)('%s: the DOCX paragraphs match the golden text', async (act) => {
    const { document } = compileAct(act);
    const docx = await writeDocx(document, new Map());
    const parts = await docxParts(docx.data);
    const text = paragraphsOf(parts.get('word/document.xml')!).join('\n');
    await expect(`${text}\n`).toMatchFileSnapshot(`golden/${act}.docx.txt`);
    // Without rendered charts every chart and legend is reported as left out, none is silently lost.
    expect(docx.omitted.length).toBe(document.appendices.reduce((n, a) => n + a.charts.length + (a.legend?.diagram ? 1 : 0), 0));
  });

  it.each(GOLDEN_ACTS)('%s: the HTML page matches the golden page', async (act) => {
    const { document } = compileAct(act);
    await expect(writeHtml(document, new Map())).toMatchFileSnapshot(`golden/${act}.html`);
  });

  it('writes byte-identical DOCX for the same source', async () => {
    const { document } = compileAct(GOLDEN_ACTS[0]!);
    const [a, b] = [await writeDocx(document, new Map()), await writeDocx(document, new Map())];
    expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(true);
  });

  it('anchors every numbered paragraph and sub-item once (#p-6-2)', () => {
    for (const act of GOLDEN_ACTS) {
      const anchors = compileAct(act).document.blocks.map((b) => b.anchor).filter((a): a is string => a !== null);
      expect(new Set(anchors).size).toBe(anchors.length);
      expect(anchors).toContain('p-5');
      expect(anchors.some((a) => /^p-\d+-\d+$/.test(a))).toBe(true);
    }
  });
});
