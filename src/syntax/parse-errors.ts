// Turns Chevrotain's recognition errors into bilingual TRT1xxx diagnostics with «did you mean» fixes.
import { EOF, type IParserErrorMessageProvider, type IRecognitionException, type IToken, type TokenType } from 'chevrotain';
import { DiagnosticBag } from '../diagnostics/create.js';
import { closest } from '../diagnostics/suggest.js';
import type { Bilingual, Diagnostic } from '../diagnostics/types.js';
import { KEYWORDS, canonicalForm, formsOf, keywordEntry } from './keywords.js';
import type { LineMap } from '../text/line-map.js';
import numerals from '../../grammar/numerals.json' with { type: 'json' };

/** What the parser expected, carried from the message provider to the converter as JSON. */
interface ErrorPayload {
  expected: string[];
}

const firstTokens = (paths: TokenType[][]): string[] => paths.map((path) => path[0]?.name ?? 'EOF');

function payload(expected: string[]): string {
  return JSON.stringify({ expected: [...new Set(expected)] } satisfies ErrorPayload);
}

export const errorMessageProvider: IParserErrorMessageProvider = {
  buildMismatchTokenMessage: ({ expected }) => payload([expected.name]),
  buildNotAllInputParsedMessage: () => payload(['EOF']),
  buildNoViableAltMessage: ({ expectedPathsPerAlt }) => payload(expectedPathsPerAlt.flatMap(firstTokens)),
  buildEarlyExitMessage: ({ expectedIterationPaths }) => payload(firstTokens(expectedIterationPaths)),
};

const CATEGORY_NAMES: Record<string, Bilingual> = {
  Identifier: { kk: 'атау', en: 'a name' },
  Text: { kk: '«…» мәтіні', en: 'a «…» text' },
  GuillemetText: { kk: '«…» мәтіні', en: 'a «…» text' },
  StraightText: { kk: '"…" мәтіні', en: 'a "…" text' },
  CurlyText: { kk: '“…” мәтіні', en: 'a “…” text' },
  UnterminatedText: { kk: 'жабылмаған мәтін', en: 'an unterminated text' },
  NumberLiteral: { kk: 'сан', en: 'a number' },
  NumeralWords: { kk: 'сөзбен жазылған сан', en: 'a number in words' },
  DottedDate: { kk: 'күні (кк.аа.жжжж)', en: 'a date (dd.mm.yyyy)' },
  IsoDate: { kk: 'күні (жжжж-аа-кк)', en: 'a date (yyyy-mm-dd)' },
  EOF: { kk: 'файл соңы', en: 'the end of the file' },
};

const PUNCTUATION: Record<string, string> = {
  Arrow: '→', Dash: '–', Colon: ':', Semicolon: ';', Comma: ',', Dot: '.', LParen: '(', RParen: ')',
  LBracket: '[', RBracket: ']', NumberSign: '№', Star: '*',
};

/** How a token kind is named to the user, in both languages. */
export function describeTokenKind(name: string): Bilingual {
  const keyword = canonicalForm(name);
  if (keyword) return { kk: `«${keyword}»`, en: `«${keyword}»` };
  const mark = PUNCTUATION[name];
  if (mark) return { kk: `«${mark}»`, en: `«${mark}»` };
  return CATEGORY_NAMES[name] ?? { kk: name, en: name };
}

const MAX_LISTED = 6;

function describeExpected(names: string[]): Bilingual {
  const parts = names.slice(0, MAX_LISTED).map(describeTokenKind);
  const more = names.length > MAX_LISTED;
  const join = (language: keyof Bilingual, or: string, etc: string) => {
    const words = parts.map((p) => p[language]);
    const list = words.length > 1 ? `${words.slice(0, -1).join(', ')} ${or} ${words.at(-1)}` : (words[0] ?? '');
    return more ? `${list} ${etc}` : list;
  };
  return { kk: join('kk', 'немесе', 'т.б.'), en: join('en', 'or', 'etc.') };
}

/**
 * The token the parser met, named once: «the keyword «шарт» (…)», «a name «x»», ««(»». A keyword says it is
 * one, with its meaning, since a writer who meant a word of the act cannot guess why it was not read so.
 */
export function describeFound(image: string, name: string): Bilingual {
  if (name === 'EOF') return CATEGORY_NAMES.EOF!;
  const shown = image.length > 40 ? `${image.slice(0, 39)}…` : image;
  const keyword = keywordEntry(name);
  if (keyword) {
    const gloss = keyword.en.split(/[;]/)[0]!.trim();
    return { kk: `«${shown}» кілт сөзі`, en: `the keyword «${shown}» (${gloss})` };
  }
  if (PUNCTUATION[name]) return { kk: `«${shown}»`, en: `«${shown}»` };
  const kind = describeTokenKind(name);
  const quoted = /Text$/.test(name) ? shown : `«${shown}»`;
  return { kk: `${kind.kk} ${quoted}`, en: `${kind.en} ${quoted}` };
}

function parsePayload(message: string): string[] {
  try {
    const data = JSON.parse(message) as ErrorPayload;
    return Array.isArray(data.expected) ? data.expected : [];
  } catch {
    return [];
  }
}

/** Every keyword form, listed once: newspaper prose is full of words where an element should start. */
const KEYWORD_FORMS = KEYWORDS.flatMap(formsOf);

/** Every numeral word, for a misspelt one where a number stands («үщ жұмыс күні»). */
const NUMERAL_WORDS = [...Object.keys(numerals.ones), ...Object.keys(numerals.tens), numerals.hundred, numerals.thousand, numerals.million, numerals.half];

/**
 * Where a number was expected: the misspelt numeral word («үщ») at the error, or among the words just
 * before it — a duration's words are read up to where its number should be, so a misspelt number is
 * taken for one of them and the parser stops only after them.
 */
function misspeltNumeral(tokens: IToken[], at: IToken): { token: IToken; numeral: string } | undefined {
  const index = tokenIndex(tokens, at);
  for (let k = index; k >= 0 && k > index - 6; k--) {
    const t = tokens[k]!;
    if (k < index && t.tokenType.name !== 'Identifier') break;
    if (t.tokenType.name !== 'Identifier') continue;
    const numeral = closest(t.image, NUMERAL_WORDS);
    if (numeral) return { token: t, numeral };
  }
  return undefined;
}

function tokenIndex(tokens: IToken[], token: IToken): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = tokens[mid]!.startOffset;
    if (at === token.startOffset) return mid;
    if (at < token.startOffset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The token after `token` in the file's token list (found by offset), if any. */
function nextToken(tokens: IToken[], token: IToken): IToken | undefined {
  const index = tokenIndex(tokens, token);
  return index < 0 ? undefined : tokens[index + 1];
}

/**
 * Converts recognition errors; one diagnostic per offending token, in source order. `tokens` are the
 * file's tokens, to tell a misspelt clause keyword («ұзактығы:») from a stray word.
 */
export function parseErrorsToDiagnostics(errors: IRecognitionException[], lines: LineMap, file: string, tokens: IToken[] = []): Diagnostic[] {
  const bag = new DiagnosticBag(file);
  const seen = new Set<number>();
  const end = lines.text.length;
  let lastLine = -1;
  for (const error of errors) {
    const token = error.token;
    const atEnd = token.tokenType === EOF || Number.isNaN(token.startOffset);
    const start = atEnd ? end : token.startOffset;
    if (seen.has(start)) continue;
    seen.add(start);
    const range = atEnd ? lines.range(end, end) : lines.range(token.startOffset, token.startOffset + token.image.length);
    const expectedNames = parsePayload(error.message);
    const expected = describeExpected(expectedNames);
    if (atEnd) {
      bag.add('TRT1004', range, { expected });
      continue;
    }
    // The flat element loop expects «end of file» when nothing can continue, and the element choice
    // fails when no element starts with this token: either way, the token starts no element.
    const startsNothing =
      (expectedNames.length === 1 && expectedNames[0] === 'EOF') || error.context?.ruleStack?.at(-1) === 'element';
    const isWord = token.tokenType.name === 'Identifier';
    const suggestion = !isWord ? undefined : startsNothing ? closest(token.image, KEYWORD_FORMS) : suggestKeyword(token.image, expectedNames);
    const line = range.start.line;
    if (line === lastLine) continue; // recovery's cascade from the error just reported on this line
    lastLine = line;
    const wantsNumber = expectedNames.includes('NumeralWords') || expectedNames.includes('NumberLiteral');
    const slip = wantsNumber ? misspeltNumeral(tokens, token) : undefined;
    if (slip) {
      const at = lines.range(slip.token.startOffset, slip.token.startOffset + slip.token.image.length);
      bag.add('TRT1024', at, { found: slip.token.image, suggestion: slip.numeral }, {
        fix: { message: { kk: `«${slip.numeral}» деп түзету`, en: `replace with «${slip.numeral}»` }, range: at, replacement: slip.numeral },
      });
      continue;
    }
    const asClause = startsNothing && isWord && nextToken(tokens, token)?.tokenType.name === 'Colon';
    if (asClause && !suggestion) {
      bag.add('TRT1012', range, { found: token.image });
    } else if (suggestion) {
      bag.add('TRT1008', range, { found: token.image, suggestion }, {
        fix: { message: { kk: `«${suggestion}» деп түзету`, en: `replace with «${suggestion}»` }, range, replacement: suggestion },
      });
    } else if (startsNothing) {
      bag.add('TRT1011', range, { found: describeFound(token.image, token.tokenType.name) });
    } else {
      bag.add('TRT1001', range, { expected, found: describeFound(token.image, token.tokenType.name) });
    }
  }
  return bag.items;
}

/**
 * The keyword form a word at a recognition error may be a misspelling of: among every keyword where no
 * element can start with the word, else among the keywords the parser expected there.
 */
export function keywordSuggestion(error: IRecognitionException): string | undefined {
  const token = error.token;
  if (token.tokenType.name !== 'Identifier') return undefined;
  const expectedNames = parsePayload(error.message);
  const startsNothing = (expectedNames.length === 1 && expectedNames[0] === 'EOF') || error.context?.ruleStack?.at(-1) === 'element';
  return startsNothing ? closest(token.image, KEYWORD_FORMS) : suggestKeyword(token.image, expectedNames);
}

/** The keyword form closest to a word the parser did not expect, among the keywords it did expect. */
function suggestKeyword(word: string, expectedNames: string[]): string | undefined {
  const forms = expectedNames.flatMap((name) => {
    const entry = keywordEntry(name);
    return entry ? formsOf(entry) : [];
  });
  return closest(word, forms);
}

/**
 * Drops the parser's reports that only echo an error already reported: «not expected here» after an
 * earlier error on the same line (an unknown clause keyword leaves its value behind as stray tokens), and
 * any parse error inside a span the lexer marked quiet (the words a text closed early left outside it).
 */
export function dropCascades(diagnostics: Diagnostic[], quiet: [number, number][] = []): Diagnostic[] {
  const firstErrorOnLine = new Map<number, number>();
  for (const d of diagnostics) {
    if (d.severity !== 'error' || d.code === 'TRT1011') continue;
    const line = d.range.start.line;
    firstErrorOnLine.set(line, Math.min(firstErrorOnLine.get(line) ?? Infinity, d.range.start.offset));
  }
  const echoes = new Set(['TRT1001', 'TRT1004', 'TRT1008', 'TRT1009', 'TRT1011', 'TRT1012']);
  return diagnostics.filter((d) => {
    const at = d.range.start.offset;
    if (echoes.has(d.code) && quiet.some(([from, to]) => from <= at && at < to)) return false;
    if (d.code !== 'TRT1011') return true;
    const earlier = firstErrorOnLine.get(d.range.start.line);
    return earlier === undefined || earlier > at;
  });
}
