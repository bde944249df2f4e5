// Input limits (TRT1007): hostile or mistaken inputs get one clear error instead of a hang or a crash.
//
// Real acts are about 20 000 characters, 800 tokens and 300 lines, with texts under 600 characters and
// at most 13 steps per procedure; every limit leaves a wide margin above that. File size and token count
// are checked before the costly stages and stop compilation (Chevrotain's error recovery costs ~0.1 ms per
// error, so a page of non-Tártip tokens would otherwise take seconds); the others are reported and
// compilation goes on, since nothing after them is super-linear. The grammar is flat (structure comes
// from keywords, not recursion), so the only nesting is of «…» inside texts.
import type { IToken } from 'chevrotain';
import { DiagnosticBag, createDiagnostic } from '../diagnostics/create.js';
import type { Bilingual, Diagnostic, Range } from '../diagnostics/types.js';
import { lex, type LexResult } from './lexer.js';
import { LineMap } from '../text/line-map.js';
import { TEXT_TOKEN_NAMES } from './tokens.js';

export const LIMITS = {
  /** Characters (UTF-16 code units) in one source. */
  fileCharacters: 500_000,
  /** Bytes of a file on disk: more cannot decode to fewer than fileCharacters (UTF-8 needs ≤ 3 bytes per unit). */
  fileBytes: 1_500_000,
  lineCharacters: 10_000,
  tokens: 25_000,
  textCharacters: 20_000,
  textNesting: 10,
  stepsPerProcedure: 500,
} as const;

const WHAT = {
  fileCharacters: { kk: 'файл көлемі', en: 'file size' },
  fileBytes: { kk: 'файл көлемі', en: 'file size' },
  lineCharacters: { kk: 'жол ұзындығы', en: 'line length' },
  tokens: { kk: 'лексемалар (және танылмаған таңбалар) саны', en: 'number of tokens (and unrecognised characters)' },
  textCharacters: { kk: 'мәтін ұзындығы', en: 'text length' },
  textNesting: { kk: '«…» ішіндегі «…» тереңдігі', en: 'nesting depth of «…» in a text' },
} satisfies Record<string, Bilingual>;

const UNITS = {
  characters: { kk: 'таңба', en: 'characters' },
  bytes: { kk: 'байт', en: 'bytes' },
  tokens: { kk: 'лексема', en: 'tokens' },
  levels: { kk: 'деңгей', en: 'levels' },
  steps: { kk: 'қадам', en: 'steps' },
} satisfies Record<string, Bilingual>;

/** «1 000 000 таңба» / «1,000,000 characters»: digits grouped the way each language writes them. */
export function amount(value: number, unit: keyof typeof UNITS): Bilingual {
  const digits = String(value);
  const group = (separator: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  return { kk: `${group(' ')} ${UNITS[unit].kk}`, en: `${group(',')} ${UNITS[unit].en}` };
}

export function limitArgs(what: Bilingual, actual: number, limit: number, unit: keyof typeof UNITS) {
  return { what, actual: amount(actual, unit), limit: amount(limit, unit) };
}

/** The diagnostic for a file on disk too large to read; its position is the file's start. */
export function fileBytesDiagnostic(file: string, bytes: number): Diagnostic {
  const at = { line: 1, column: 1, offset: 0 };
  return createDiagnostic('TRT1007', file, { start: at, end: at }, limitArgs(WHAT.fileBytes, bytes, LIMITS.fileBytes, 'bytes'));
}

export interface LimitedLexResult extends LexResult {
  /** True when a limit makes compiling the rest unsafe; `diagnostics` then holds only the limits. */
  stopped: boolean;
}

/** Lexes a source within the limits: oversized input is refused before the lexer or parser sees it. */
export function lexWithinLimits(source: string, file: string): LimitedLexResult {
  const bag = new DiagnosticBag(file);
  if (source.length > LIMITS.fileCharacters) {
    // Line positions of the prefix only: a map of the whole oversized file is what the limit avoids.
    const prefix = new LineMap(source.slice(0, LIMITS.fileCharacters + 1));
    bag.add('TRT1007', prefix.range(LIMITS.fileCharacters, LIMITS.fileCharacters + 1), limitArgs(WHAT.fileCharacters, source.length, LIMITS.fileCharacters, 'characters'));
    return { tokens: [], lines: new LineMap(''), diagnostics: bag.items, quiet: [], stopped: true };
  }
  const lexed = lex(source, file);
  const unreadable = lexed.diagnostics.filter((d) => d.code === 'TRT1003' || d.code === 'TRT1023').length;
  if (lexed.tokens.length + unreadable > LIMITS.tokens) {
    const spans = lexedSpans(lexed);
    const [start, end] = spans.sort((a, b) => a[0] - b[0])[LIMITS.tokens]!;
    bag.add('TRT1007', lexed.lines.range(start, end), limitArgs(WHAT.tokens, spans.length, LIMITS.tokens, 'tokens'));
    return { tokens: [], lines: lexed.lines, diagnostics: bag.items, quiet: [], stopped: true };
  }
  checkLines(lexed.lines, bag);
  checkTexts(lexed.tokens, lexed.lines, bag);
  return { ...lexed, diagnostics: [...lexed.diagnostics, ...bag.items], stopped: false };
}

/** Tokens and runs of unrecognised characters (lexer errors), as source spans. */
function lexedSpans(lexed: LexResult): Array<[number, number]> {
  const spans: Array<[number, number]> = lexed.tokens.map((t) => [t.startOffset, t.startOffset + t.image.length]);
  for (const d of lexed.diagnostics) if (d.code === 'TRT1003' || d.code === 'TRT1023') spans.push([d.range.start.offset, d.range.end.offset]);
  return spans;
}

/** Lines longer than the limit, from the line map's own line starts (\n, \r\n and \r end a line). */
function checkLines(lines: LineMap, bag: DiagnosticBag): void {
  for (let line = 1; line <= lines.lineCount; line++) {
    const length = lines.lineLength(line);
    if (length <= LIMITS.lineCharacters) continue;
    const start = lines.lineStart(line);
    bag.add('TRT1007', lines.range(start + LIMITS.lineCharacters, start + length), limitArgs(WHAT.lineCharacters, length, LIMITS.lineCharacters, 'characters'));
  }
}

const TEXT_TOKENS = TEXT_TOKEN_NAMES;

/** Whether a text has at least `n` «: fewer cannot nest deeper than n − 1, so most texts skip the depth scan. */
function hasManyOpenings(image: string, n: number): boolean {
  let count = 0;
  for (let at = image.indexOf('«'); at >= 0 && ++count < n; at = image.indexOf('«', at + 1));
  return count >= n;
}

/** Texts too long (usually a missing » that swallowed what follows) or nested too deep. */
function checkTexts(tokens: readonly IToken[], lines: LineMap, bag: DiagnosticBag): void {
  for (const token of tokens) {
    if (!TEXT_TOKENS.has(token.tokenType.name)) continue;
    if (token.image.length > LIMITS.textCharacters) {
      const range: Range = lines.range(token.startOffset, token.startOffset + token.image.length);
      bag.add('TRT1007', range, limitArgs(WHAT.textCharacters, token.image.length, LIMITS.textCharacters, 'characters'));
    }
    if (token.tokenType.name !== 'GuillemetText' || !hasManyOpenings(token.image, LIMITS.textNesting + 1)) continue;
    let depth = 0;
    let deepest = 0;
    let deepestAt = -1;
    for (let i = 0; i < token.image.length; i++) {
      const c = token.image.charCodeAt(i);
      if (c === 0xab && ++depth > deepest) {
        deepest = depth;
        if (depth === LIMITS.textNesting + 1) deepestAt = i;
      } else if (c === 0xbb) depth--;
    }
    if (deepestAt >= 0) {
      const at = token.startOffset + deepestAt;
      bag.add('TRT1007', lines.range(at, at + 1), limitArgs(WHAT.textNesting, deepest, LIMITS.textNesting, 'levels'));
    }
  }
}
