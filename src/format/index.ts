// `formatSource`: the one canonical layout of a Tártip source, from the compiler's own tokens and syntax tree.
//
// Pure: no I/O. A source with syntax errors is returned as it is, with the errors; formatting never
// changes what the source means (the formatted text is lexed again and must read the same).
import type { IToken } from 'chevrotain';
import { compile } from '../compile.js';
import { createDiagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { lexWithinLimits } from '../syntax/limits.js';
import { normalizeSource } from '../syntax/normalize.js';
import { parseTokens } from '../syntax/parser.js';
import { LineMap } from '../text/line-map.js';
import { elementShapes } from './elements.js';
import { layout } from './layout.js';
import { placeElements } from './placement.js';
import { tokenStream } from './trivia.js';
import { compareReadings } from './verify.js';

export interface FormatOptions {
  /** The line width texts are wrapped to (default 100). */
  width?: number;
  /** The file name diagnostics carry (default «input.tartip»). */
  file?: string;
  /** Line breaks of the result: those of the input (the default, «auto»), or always \n or \r\n. */
  lineEnding?: 'auto' | 'lf' | 'crlf';
}

export interface FormatResult {
  /** The formatted text; the input itself when it cannot be formatted. */
  text: string;
  changed: boolean;
  /** Why the text could not be formatted (syntax errors first); empty when it was. */
  diagnostics: Diagnostic[];
}

export const DEFAULT_WIDTH = 100;

/** A file keeps \r\n line breaks when most of its lines end so. */
function usesCrlf(text: string): boolean {
  const crlf = text.split('\r\n').length - 1;
  const lf = text.split('\n').length - 1;
  return crlf > 0 && crlf * 2 >= lf;
}

function unchanged(text: string, diagnostics: Diagnostic[]): FormatResult {
  return { text, changed: false, diagnostics };
}

export function formatSource(text: string, options: FormatOptions = {}): FormatResult {
  const file = options.file ?? 'input.tartip';
  const width = options.width ?? DEFAULT_WIDTH;
  const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
  const body = bom ? text.slice(1) : text;
  const errors = compile(body, file, file, { emit: false }).diagnostics.filter((d) => d.severity === 'error' && d.code.startsWith('TRT1'));
  if (errors.length > 0) return unchanged(text, [createDiagnostic('TRT6001', file, errors[0]!.range, { count: errors.length }), ...errors]);

  // The composed (NFC) text is the one the compiler reads, and the one written back.
  const source = normalizeSource(body, file).source;
  const lexed = lexWithinLimits(source, file);
  const parsed = parseTokens(lexed.tokens);
  const stream = tokenStream(source, lexed.tokens);
  const index = new Map<number, number>(lexed.tokens.map((t, i) => [t.startOffset, i]));
  const indexOf = (t: IToken) => index.get(t.startOffset) ?? -1;
  const shapes = elementShapes(parsed.elements, indexOf, stream.tokens.map((t) => t.type));
  const places = placeElements(shapes, stream.tokens);
  let formatted = layout(stream.tokens, shapes, places, stream.after, { width });

  const mismatch = covered(shapes, stream.tokens.length) ?? compareReadings(stream.tokens, stream.after, formatted);
  if (mismatch) {
    const lines = new LineMap(source);
    return unchanged(text, [createDiagnostic('TRT6002', file, lines.range(mismatch.offset, mismatch.offset), { reason: mismatch.reason })]);
  }
  const crlf = options.lineEnding === 'crlf' || (options.lineEnding !== 'lf' && usesCrlf(body));
  if (crlf) formatted = formatted.replace(/\n/g, '\r\n');
  formatted = bom + formatted;
  return { text: formatted, changed: formatted !== text, diagnostics: [] };
}

/** Every token belongs to exactly one element, in order (else the layout would drop or repeat some). */
function covered(shapes: ReturnType<typeof elementShapes>, count: number): { offset: number; reason: string } | undefined {
  let next = 0;
  for (const shape of shapes) {
    if (shape.from !== next) return { offset: 0, reason: `token ${next} belongs to no element` };
    next = shape.to;
  }
  return next === count ? undefined : { offset: 0, reason: `token ${next} belongs to no element` };
}
