// Lexing stage: source text to tokens, with diagnostics for unexpected characters and unclosed texts.
import { Lexer, type IToken } from 'chevrotain';
import { DiagnosticBag } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { ALL_TOKENS, UnterminatedText } from './tokens.js';
import { LineMap } from '../text/line-map.js';
import { retypeWords } from './word-pass.js';

export interface LexResult {
  tokens: IToken[];
  lines: LineMap;
  diagnostics: Diagnostic[];
}

let lexer: Lexer | undefined;

/** Built on first use: constructing the lexer analyses every pattern, which CLI start-up should not pay twice. */
function getLexer(): Lexer {
  lexer ??= new Lexer(ALL_TOKENS, {
    positionTracking: 'full',
    ensureOptimizations: true,
    skipValidations: true,
  });
  return lexer;
}

const INVISIBLE_NAMES: Record<number, string> = {
  0x0000: 'NUL',
  0x00ad: 'SOFT HYPHEN',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0xfffd: 'REPLACEMENT CHARACTER',
};

/** Describes a character so that invisible ones can still be found: «x» (U+0078). */
export function describeChar(text: string, offset: number): string {
  const code = text.codePointAt(offset) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = INVISIBLE_NAMES[code];
  const isSurrogate = code >= 0xd800 && code <= 0xdfff;
  if (name) return `${hex} ${name}`;
  if (isSurrogate) return `${hex} (lone surrogate)`;
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return `${hex} (control character)`;
  return `«${String.fromCodePoint(code)}» (${hex})`;
}

export function lex(source: string, file: string): LexResult {
  const lines = new LineMap(source);
  const bag = new DiagnosticBag(file);
  const result = getLexer().tokenize(source);

  for (const error of result.errors) {
    const start = error.offset;
    bag.add('TRT1003', lines.range(start, start + Math.max(1, error.length)), {
      char: describeChar(source, start),
    });
  }
  for (const token of result.tokens) {
    if (token.tokenType === UnterminatedText) {
      const open = token.image[0] ?? '«';
      const close = open === '«' ? '»' : open === '“' ? '”' : '"';
      bag.add('TRT1002', lines.range(token.startOffset, token.startOffset + token.image.length), { open, close });
    }
  }
  return { tokens: retypeWords(result.tokens, source), lines, diagnostics: bag.items };
}
