// Unicode NFC before lexing: a letter typed as base + combining mark (Word, PDFs) reads as its composed form.
import { DiagnosticBag } from '../diagnostics/create.js';
import type { Diagnostic, Range } from '../diagnostics/types.js';
import { LineMap } from '../text/line-map.js';

export interface NormalizedSource {
  source: string;
  diagnostics: Diagnostic[];
  /** Maps diagnostics on the composed text back to positions in the file as the user has it. */
  toOriginal: (diagnostics: Diagnostic[]) => Diagnostic[];
}

const MARK = /\p{M}/u;

/**
 * Composes each combining sequence (a character and the marks after it) on its own, recording for
 * every unit of the composed text the offset it came from, so positions can be mapped back.
 */
function compose(source: string): { text: string; origin: number[] } {
  const parts: string[] = [];
  const origin: number[] = [];
  let i = 0;
  while (i < source.length) {
    let j = i + ((source.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);
    while (j < source.length && MARK.test(String.fromCodePoint(source.codePointAt(j)!))) j += (source.codePointAt(j) ?? 0) > 0xffff ? 2 : 1;
    const sequence = source.slice(i, j);
    const composed = sequence.normalize('NFC');
    parts.push(composed);
    for (let k = 0; k < composed.length; k++) origin.push(composed === sequence ? i + k : i + Math.min(k, sequence.length - 1));
    i = j;
  }
  origin.push(source.length);
  return { text: parts.join(''), origin };
}

/**
 * Composes decomposed letters so keywords and names match whatever produced the file; a warning says
 * where the first one is. Diagnostics are mapped back to the file's own positions.
 */
export function normalizeSource(source: string, file: string): NormalizedSource {
  if (source.normalize('NFC') === source) return { source, diagnostics: [], toOriginal: (d) => d };
  const { text, origin } = compose(source);
  const original = new LineMap(source);
  const back = (range: Range): Range => original.range(origin[range.start.offset] ?? source.length, origin[range.end.offset] ?? source.length);
  let first = 0;
  while (first < text.length && text.charCodeAt(first) === source.charCodeAt(first)) first++;
  const bag = new DiagnosticBag(file);
  bag.add('TRT1013', new LineMap(text).range(first, first + 1), { char: text[first] ?? '' });
  const toOriginal = (diagnostics: Diagnostic[]) =>
    diagnostics.map((d) => ({
      ...d,
      range: back(d.range),
      related: d.related.map((r) => (r.file === d.file ? { ...r, range: back(r.range) } : r)),
      ...(d.fix ? { fix: { ...d.fix, range: back(d.fix.range) } } : {}),
    }));
  return { source: text, diagnostics: bag.items, toOriginal };
}
