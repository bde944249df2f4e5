// Reads an act from the formats it is published in — UTF-8 text, DOCX, HTML, PDF — as plain text lines; heavy readers load lazily.
import { parse } from 'node-html-parser';

export type InputFormat = 'text' | 'docx' | 'html' | 'pdf';

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

/** The format by the file's first bytes, then its name. */
export function detectFormat(path: string, bytes: Uint8Array): InputFormat {
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'pdf';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && /\.docx$/i.test(path)) return 'docx';
  if (/\.html?$/i.test(path)) return 'html';
  const head = new TextDecoder().decode(bytes.slice(0, 512)).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'html';
  return 'text';
}

const BLOCKS = new Set(['p', 'div', 'br', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'section', 'article', 'title']);

/** HTML as the page shows it: one line per block element, scripts and styles dropped. */
export function htmlToText(html: string): string {
  const root = parse(html, { blockTextElements: { script: false, style: false, noscript: false } });
  const out: string[] = [];
  let line = '';
  const walk = (node: ReturnType<typeof parse>): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) line += child.text.replace(/\s+/g, ' ');
      else if (child.nodeType === 1) {
        const tag = (child as ReturnType<typeof parse>).rawTagName?.toLowerCase() ?? '';
        const block = BLOCKS.has(tag);
        if (block && line.trim()) out.push(line.trim()), (line = '');
        walk(child as ReturnType<typeof parse>);
        if (block && line.trim()) out.push(line.trim()), (line = '');
      }
    }
  };
  walk(root);
  if (line.trim()) out.push(line.trim());
  return `${out.join('\n')}\n`;
}

/** UTF-8 text, with a byte-order mark dropped; invalid UTF-8 is refused rather than guessed. */
export function decodeText(bytes: Uint8Array): ReadResult {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return { ok: false, reason: 'not UTF-8 text' };
  }
}

export async function readInput(path: string, bytes: Uint8Array): Promise<{ format: InputFormat } & ReadResult> {
  const format = detectFormat(path, bytes);
  try {
    if (format === 'docx') {
      const mammoth = await import('mammoth');
      const { value } = await mammoth.default.extractRawText({ buffer: Buffer.from(bytes) });
      return { format, ok: true, text: value };
    }
    if (format === 'pdf') {
      const { extractText, getDocumentProxy } = await import('unpdf');
      const pdf = await getDocumentProxy(new Uint8Array(bytes));
      const { text } = await extractText(pdf, { mergePages: false });
      return { format, ok: true, text: (text as string[]).join('\n') };
    }
    const decoded = decodeText(bytes);
    if (!decoded.ok) return { format, ...decoded };
    return { format, ok: true, text: format === 'html' ? htmlToText(decoded.text) : decoded.text };
  } catch (error) {
    return { format, ok: false, reason: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  }
}
