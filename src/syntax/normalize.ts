// Unicode NFC before lexing: a letter typed as base + combining mark (Word, PDFs) reads as its composed form.
import { DiagnosticBag } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { LineMap } from './line-map.js';

export interface NormalizedSource {
  source: string;
  diagnostics: Diagnostic[];
}

/**
 * Composes decomposed letters so keywords and names match whatever produced the file; a warning says
 * where the first one was (positions are those of the composed text the compiler reads).
 */
export function normalizeSource(source: string, file: string): NormalizedSource {
  const composed = source.normalize('NFC');
  if (composed === source) return { source, diagnostics: [] };
  let at = 0;
  while (at < composed.length && composed.charCodeAt(at) === source.charCodeAt(at)) at++;
  const lines = new LineMap(composed);
  const bag = new DiagnosticBag(file);
  bag.add('TRT1013', lines.range(at, at + 1), { char: composed[at] ?? '' });
  return { source: composed, diagnostics: bag.items };
}
