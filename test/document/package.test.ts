// The DOCX opens without repair: its package (content types, relationships), well-formed WordprocessingML, the official layout; mammoth reads it.
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { writeDocx } from '../../src/emit/document/docx.js';
import { GOLDEN_ACTS, compileAct, docxParts, wellFormed } from './helpers.js';

const MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';

describe('the DOCX package', () => {
  it.each(GOLDEN_ACTS)('%s: content types, relationships and every part are valid', async (act) => {
    const { data } = await writeDocx(compileAct(act).document, new Map());
    const parts = await docxParts(data);
    for (const [name, xml] of parts) expect([name, wellFormed(xml)]).toEqual([name, null]);
    const types = parts.get('[Content_Types].xml')!;
    expect(types).toContain(`<Override ContentType="${MAIN}" PartName="/word/document.xml"/>`);
    // Every part named in the content types is in the package.
    for (const [, part] of types.matchAll(/PartName="\/([^"]+)"/g)) expect(parts.has(part!), part).toBe(true);
    expect(parts.get('_rels/.rels')).toMatch(/Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/officeDocument" Target="word\/document\.xml"/);
    // Every relationship of the document points at a part the package holds, and has a content type.
    const rels = parts.get('word/_rels/document.xml.rels')!;
    for (const [, target] of rels.matchAll(/Target="([^"]+)"/g)) {
      expect(parts.has(`word/${target}`), target).toBe(true);
      const extension = target!.split('.').pop();
      expect(types.includes(`PartName="/word/${target}"`) || types.includes(`Extension="${extension}"`), target).toBe(true);
    }
    expect(parts.get('docProps/core.xml')).toContain('<dc:title>«');
  });

  it('lays the act out as Kazakhstan\'s official documents are: A4, margins, Times New Roman 14, justified, indented', async () => {
    const { data } = await writeDocx(compileAct(GOLDEN_ACTS[0]!).document, new Map());
    const parts = await docxParts(data);
    const body = parts.get('word/document.xml')!;
    expect(body).toMatch(/^<\?xml[^>]*>\s*<w:document [^>]*>\s*<w:body>/);
    expect(body).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    // 30 mm left, 15 mm right, 20 mm top and bottom, in twentieths of a point.
    expect(body).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(body).toContain('<w:jc w:val="both"/>');
    expect(body).toContain('<w:ind w:firstLine="709"/>');
    expect(body).toMatch(/<w:jc w:val="right"\/>.*2015 жылғы 2 қыркүйектегі № 225 қаулысымен бекітілген/s);
    const styles = parts.get('word/styles.xml')!;
    expect(styles).toContain('w:ascii="Times New Roman"');
    expect(styles).toContain('<w:sz w:val="28"/>');
    expect(styles).toMatch(/<w:spacing [^>]*w:line="240"[^>]*w:lineRule="auto"/);
    // Each appendix starts a section (a page) of its own.
    expect(body.match(/<w:sectPr/g)!.length).toBeGreaterThanOrEqual(3);
  });

  it.each(GOLDEN_ACTS)('%s: mammoth reads it back without errors, title first', async (act) => {
    const { document } = compileAct(act);
    const { data } = await writeDocx(document, new Map());
    const read = await mammoth.extractRawText({ buffer: Buffer.from(data) });
    expect(read.messages.filter((m) => m.type === 'error')).toEqual([]);
    expect(read.value).toContain(document.title);
  });
});
