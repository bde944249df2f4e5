// Test helpers for the act's document: compile an act from regulations/, and read a DOCX back (zip parts, paragraphs).
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { compile, type CompileResult } from '../../src/compile.js';
import { buildDocument } from '../../src/emit/document/build.js';
import type { ActDocument } from '../../src/emit/document/model.js';
import { emitDiagrams } from '../../src/emit/mermaid/emit-diagrams.js';

/** The acts with golden documents: the seed act and two 2018 acts (one with a State Corporation channel only). */
export const GOLDEN_ACTS = [
  '2015-225-adoption-candidates-registration',
  '2018-1114-01-guardianship-certificates',
  '2018-1114-10-deprived-parents-child-meetings',
];

export const REGULATIONS = new URL('../../regulations/', import.meta.url);

export function compileAct(act: string): { result: CompileResult; document: ActDocument } {
  const name = `${act}.tartip`;
  const result = compile(readFileSync(new URL(name, REGULATIONS), 'utf8'), `regulations/${name}`, name);
  if (!result.json) throw new Error(`${act} does not compile`);
  return { result, document: buildDocument(result.model, emitDiagrams(result.json)) };
}

export async function docxParts(data: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(data);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) {
    if (!zip.files[name]!.dir && !/\.(png|jpe?g|svg)$/.test(name)) parts.set(name, await zip.files[name]!.async('string'));
  }
  return parts;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** word/document.xml reduced to its paragraphs' text, one a line, with «[image]» for a drawing. */
export function paragraphsOf(documentXml: string): string[] {
  const out: string[] = [];
  for (const p of documentXml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []) {
    const text = [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:drawing>/g)].map((m) => (m[0] === '<w:drawing>' ? '[image]' : m[1]!)).join('');
    out.push(text.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!));
  }
  return out;
}

/**
 * Whether an XML text is well-formed as far as a package reader needs: one root, every element closed in
 * order, attributes quoted. (A full parser is not a dependency; this is the check Word's «repair» trips on.)
 */
export function wellFormed(xml: string): string | null {
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^>]*\?>/, '');
  const tags = body.matchAll(/<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<|>/g);
  let roots = 0;
  for (const m of tags) {
    if (m[2] === undefined) return `stray «${m[0]}»`;
    if (m[1] === '/') {
      if (stack.pop() !== m[2]) return `«</${m[2]}>» closes the wrong element`;
    } else if (m[4] !== '/') {
      if (stack.length === 0) roots++;
      stack.push(m[2]);
    } else if (stack.length === 0) roots++;
  }
  if (stack.length > 0) return `unclosed «${stack[stack.length - 1]}»`;
  return roots === 1 ? null : `${roots} root elements`;
}
