// Lexing stage: source text to tokens, with diagnostics for unexpected characters and unclosed texts.
import { Lexer, type IToken } from 'chevrotain';
import { DiagnosticBag } from '../diagnostics/create.js';
import type { Bilingual, Diagnostic } from '../diagnostics/types.js';
import { ALL_TOKENS, TEXT_TOKEN_NAMES, UnterminatedText, textRegionsOf } from './tokens.js';
import { LineMap } from '../text/line-map.js';
import { retypeWords } from './word-pass.js';

export interface LexResult {
  tokens: IToken[];
  lines: LineMap;
  diagnostics: Diagnostic[];
  /**
   * Spans whose parse errors only echo a lexing error already reported: the words between a text that
   * closed early at its inner » and the lone » after them.
   */
  quiet: [number, number][];
}

/** A lone » this far after a text at most is taken for that text's own end. */
const EARLY_CLOSE_REACH = 2000;

/**
 * The text a lone » probably belonged to: the first «…» text of its statement (after the statement's
 * colon), whose inner » closed it early («Отбасы … туралы» Қазақстан … «…» … жауап»), leaving words, other
 * quotations of the act and the lone ».
 */
function closedEarly(tokens: IToken[], offset: number): IToken | undefined {
  let first: IToken | undefined;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.startOffset >= offset) continue;
    if (offset - t.startOffset > EARLY_CLOSE_REACH) break;
    if (t.tokenType.name === 'Colon') break;
    if (TEXT_TOKEN_NAMES.has(t.tokenType.name)) first = t.tokenType.name === 'GuillemetText' ? t : undefined;
  }
  return first;
}

/** The quiet span also covers a «(бұдан әрі – …)» or «[…]» line right after: the broken statement's tail. */
function quietEnd(source: string, from: number): number {
  let end = from;
  for (;;) {
    const lineEnd = source.indexOf('\n', end);
    if (lineEnd < 0) return end;
    const next = source.slice(lineEnd + 1, lineEnd + 200);
    if (!/^[ \t]*(?:\(бұдан[ \t]+әрі|\[)/.test(next)) return end;
    const after = source.indexOf('\n', lineEnd + 1);
    end = after < 0 ? source.length : after;
  }
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

/**
 * Where an unclosed « was taken to end, and how to close or nest a text: a lost » is usually an inner
 * quotation of the act («…» inside a name) that the writer did not close.
 */
function unclosedHint(lines: LineMap, offset: number, open: string): Bilingual {
  if (open !== '«') return { kk: '', en: '' };
  const source = lines.text;
  const stoppedAt = textRegionsOf(source).unclosed.get(offset)?.stoppedAt;
  let where: Bilingual = { kk: '', en: '' };
  // Where it ended is worth saying when the text took in lines after its own.
  if (stoppedAt !== undefined && lines.position(stoppedAt).line > lines.position(offset).line + 1) {
    const line = lines.position(stoppedAt).line;
    const words = source.slice(stoppedAt, stoppedAt + 60).split(/[\r\n]/)[0]!.trim().split(/\s+/).slice(0, 3).join(' ');
    where = { kk: `; мәтін ${line}-жолдағы «${words}» сөйлемінің алдында аяқталды деп алынды`, en: `; it is taken to end before line ${line} («${words}»), which starts a new clause` };
  }
  return {
    kk: `${where.kk}. Мәтін ішіндегі «…» дәйексөзінің әрбір «-ін »-мен жабыңыз; актінің өз тырнақшалары тең болмаса, мәтінді "…" ішіне жазыңыз`,
    en: `${where.en}. Close every inner « of a «…» quotation inside the text; where the act's own guillemets do not balance, write the text in "…" quotes`,
  };
}

export function lex(source: string, file: string): LexResult {
  const lines = new LineMap(source);
  const bag = new DiagnosticBag(file);
  const result = getLexer().tokenize(source);

  const quiet: [number, number][] = [];
  for (const error of result.errors) {
    const start = error.offset;
    const early = source.charCodeAt(start) === 0xbb && error.length === 1 ? closedEarly(result.tokens, start) : undefined;
    if (early) {
      const closeAt = early.startOffset + early.image.length - 1;
      bag.add('TRT1023', lines.range(start, start + 1), { line: lines.position(closeAt).line, column: lines.position(closeAt).column }, {
        related: [bag.related(lines.range(closeAt, closeAt + 1), 'closed-here')],
      });
      quiet.push([closeAt + 1, quietEnd(source, start + 1)]);
      continue;
    }
    bag.add('TRT1003', lines.range(start, start + Math.max(1, error.length)), {
      char: describeChar(source, start),
    });
  }
  for (const token of result.tokens) {
    if (token.tokenType === UnterminatedText) {
      const open = token.image[0] ?? '«';
      const close = open === '«' ? '»' : open === '“' ? '”' : '"';
      bag.add('TRT1002', lines.range(token.startOffset, token.startOffset + token.image.length), { open, close, hint: unclosedHint(lines, token.startOffset, open) });
    }
  }
  return { tokens: retypeWords(result.tokens, source), lines, diagnostics: bag.items, quiet };
}
