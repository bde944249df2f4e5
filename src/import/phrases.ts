// Small readers of the act's recurring phrases: «(бұдан әрі – X)», references to the standard, quoting for the draft.
import { squeeze } from './normalise.js';

const HEREINAFTER = /\(\s*бұдан\s+әрі\s*[–—-]\s*([^()]*?)\s*\)/u;

/** The act's «(бұдан әрі – X)» short name, and the text with it cut out. */
export function hereinafter(text: string): { text: string; short: string | null } {
  const m = text.match(HEREINAFTER);
  if (!m) return { text: squeeze(text), short: null };
  const short = m[1]!.replace(/^«(.*)»$/u, '$1');
  return { text: squeeze(text.slice(0, m.index) + text.slice(m.index! + m[0].length)), short };
}

/** «стандарттың 9-тармағына», «стандартының 1-қосымшасына» → annotations «[стандарттың 9-тармағы]». */
export function standardRefs(text: string): string[] {
  const refs: string[] = [];
  const re = /(?:стандарт\S*)\s+(\d+(?:\s*,\s*\d+)*)\s*-\s*(тармағ|тармақ|қосымша)\S*/giu;
  for (const m of text.matchAll(re)) {
    const numbers = m[1]!.replace(/\s+/g, '');
    const ref = `[стандарттың ${numbers}-${m[2]!.toLocaleLowerCase('kk').startsWith('қосымша') ? 'қосымшасы' : 'тармағы'}]`;
    if (!refs.includes(ref)) refs.push(ref);
  }
  return refs;
}

/** References to this regulation's own appendices: «осы регламенттің 2-қосымшасында» → «[2-қосымша]». */
export function appendixRefs(text: string): string[] {
  const refs: string[] = [];
  for (const m of text.matchAll(/(?:осы\s+)?регламент\S*\s+(\d+)\s*-?\s*қосымша\S*/giu)) {
    const ref = `[${m[1]}-қосымша]`;
    if (!refs.includes(ref)) refs.push(ref);
  }
  return refs;
}

function balanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '«') depth++;
    else if (ch === '»' && --depth < 0) return false;
  }
  return depth === 0;
}

/** The text with each guillemet that has no partner made a plain «"». */
function balance(text: string): string {
  const chars = [...text];
  const open: number[] = [];
  chars.forEach((ch, i) => {
    if (ch === '«') open.push(i);
    else if (ch === '»' && open.pop() === undefined) chars[i] = '"';
  });
  for (const i of open) chars[i] = '"';
  return chars.join('');
}

/**
 * A text of the language: «…» when its guillemets balance, "…" otherwise; wrapped at about `width`. A "…"
 * text cannot be wrapped, so one too long for a line has its unpartnered guillemets made plain instead.
 */
export function quote(text: string, indent = '', width = 110): string {
  let t = squeeze(text);
  if (!balanced(t) && t.length + indent.length + 2 <= width) return `"${t.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  if (!balanced(t)) t = balance(t);
  const words = `«${t}»`.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width - indent.length) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  lines.push(line);
  return lines.join(`\n${indent}  `);
}

/** A name of the language made from the act's words: «кеңсе қызметкері» → «кеңсе-қызметкері». */
export function nameFrom(words: string, max = 3): string {
  const parts = squeeze(words.replace(/[«»"(),.;:]/g, ' ')).split(' ').filter(Boolean).slice(0, max);
  return parts.join('-').toLocaleLowerCase('kk') || 'атау';
}

/** Strips a sentence's final punctuation. */
export function trimEnd(text: string): string {
  return squeeze(text).replace(/[\s.;,:]+$/u, '');
}
