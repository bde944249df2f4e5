// `formatSource`: the one canonical layout of a Tártip source, from the compiler's own tokens and syntax tree.
//
// Pure: no I/O. A source with syntax errors is returned as it is, with the errors; formatting never
// changes what the source means (the formatted text is lexed again and must read the same).
import type { CstNode, IToken } from 'chevrotain';
import { compile } from '../compile.js';
import { createDiagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { lexWithinLimits } from '../syntax/limits.js';
import { normalizeSource } from '../syntax/normalize.js';
import { parseTokens } from '../syntax/parser.js';
import { LineMap } from '../text/line-map.js';
import { elementShapes, type ElementShape } from './elements.js';
import { layout } from './layout.js';
import { placeElements } from './placement.js';
import { tokenStream, type FmtToken } from './trivia.js';
import { compareReadings, type Mismatch } from './verify.js';

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
  /** Why the text could not be formatted: TRT6001 (or TRT6002), then the syntax errors; empty when it was. */
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
  const laid = layoutTree(source, lexed.tokens, parseTokens(lexed.tokens).elements, width);
  if ('reason' in laid) {
    const lines = new LineMap(source);
    return unchanged(text, [createDiagnostic('TRT6002', file, lines.range(laid.offset, laid.offset), { reason: laid.reason })]);
  }
  let formatted = laid.text;
  const crlf = options.lineEnding === 'crlf' || (options.lineEnding !== 'lf' && usesCrlf(body));
  if (crlf) formatted = formatted.replace(/\n/g, '\r\n');
  formatted = bom + formatted;
  return { text: formatted, changed: formatted !== text, diagnostics: [] };
}

/**
 * Lays out a parsed source: its tokens and the syntax tree's elements. Returns the text, or where and why
 * the result would not read as the source does (then nothing may be written).
 */
export function layoutTree(source: string, tokens: readonly IToken[], elements: readonly CstNode[], width = DEFAULT_WIDTH): { text: string } | Mismatch {
  const stream = tokenStream(source, tokens);
  const index = new Map<number, number>(tokens.map((t, i) => [t.startOffset, i]));
  const indexOf = (t: IToken) => index.get(t.startOffset) ?? -1;
  const shapes = elementShapes(elements, indexOf, stream.tokens.map((t) => t.type));
  const text = layout(stream.tokens, shapes, placeElements(shapes, stream.tokens), stream.after, { width });
  return covered(shapes, stream.tokens) ?? compareReadings(stream.tokens, stream.after, text) ?? { text };
}

/** Every token belongs to exactly one element, in order (else the layout would drop or repeat some). */
function covered(shapes: readonly ElementShape[], tokens: readonly FmtToken[]): Mismatch | undefined {
  let next = 0;
  for (const shape of shapes) {
    if (shape.from !== next) break;
    next = shape.to;
  }
  return next === tokens.length ? undefined : { offset: tokens[next]?.start ?? 0, reason: `a token outside every element` };
}
