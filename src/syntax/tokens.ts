// Token types of the language: punctuation, literals, and one token per keyword of grammar/keywords.json.
import { createToken, Lexer, type CustomPatternMatcherFunc, type TokenType } from 'chevrotain';
import { KEYWORDS } from './keywords.js';
import { LETTER_CLASS, MARK_CLASS } from '../text/characters.js';
import { findTextRegions, type TextRegions } from './text-regions.js';

// ---- literals -------------------------------------------------------------------------------

let regionsFor = '';
let regions: TextRegions = { closed: new Map(), unclosed: new Map() };

/** The text regions of a source, from the linear pre-pass, cached per source text. */
export function textRegionsOf(text: string): TextRegions {
  if (text !== regionsFor) regions = findTextRegions(text);
  // Kept even when only the contents were equal: comparing a re-read copy of the source with the old
  // string costs its whole length at every «, which made lexing the same text twice quadratic.
  regionsFor = text;
  return regions;
}

/** «…» with nesting. */
const matchGuillemetText: CustomPatternMatcherFunc = (text, offset) => {
  if (text.charCodeAt(offset) !== 0xab) return null;
  const end = textRegionsOf(text).closed.get(offset);
  return end === undefined ? null : ([text.slice(offset, end)] as unknown as RegExpExecArray);
};

/**
 * An opening quote with no partner. A « runs to where the pre-pass ended it (before the next line that
 * starts an element), so the lines a lost » left inside it cost no error of their own; a " or “ runs
 * to the end of its line.
 */
const matchUnterminatedText: CustomPatternMatcherFunc = (text, offset) => {
  const c = text.charCodeAt(offset);
  if (c !== 0xab && c !== 0x22 && c !== 0x201c) return null;
  let end = c === 0xab ? textRegionsOf(text).unclosed.get(offset)?.end : undefined;
  if (end === undefined) {
    end = offset + 1;
    while (end < text.length && text.charCodeAt(end) !== 0x0a && text.charCodeAt(end) !== 0x0d) end++;
  }
  return [text.slice(offset, end)] as unknown as RegExpExecArray;
};

/** Every token type that is a text literal. */
export const TEXT_TOKEN_NAMES: ReadonlySet<string> = new Set(['GuillemetText', 'StraightText', 'CurlyText', 'UnterminatedText']);

export const WhiteSpace = createToken({
  name: 'WhiteSpace',
  // U+FEFF: a byte-order mark is accepted anywhere (Word and some editors insert them).
  pattern: /[ \t\r\n\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});
export const Comment = createToken({ name: 'Comment', pattern: /#[^\n\r]*/, group: Lexer.SKIPPED });

/** Category of every text literal; the parser only ever asks for Text. */
export const Text = createToken({ name: 'Text', label: 'TEXT «…»', pattern: Lexer.NA });
export const GuillemetText = createToken({
  name: 'GuillemetText',
  pattern: matchGuillemetText,
  start_chars_hint: ['«'],
  line_breaks: true,
  categories: [Text],
});
export const StraightText = createToken({
  name: 'StraightText',
  // Single-line, so an unclosed quote costs one line, not the rest of the file.
  pattern: /"(?:[^"\\\n\r]|\\[^\n\r])*"/,
  categories: [Text],
});
export const CurlyText = createToken({
  name: 'CurlyText',
  pattern: /“[^”\n\r]*”/,
  categories: [Text],
});
export const UnterminatedText = createToken({
  name: 'UnterminatedText',
  pattern: matchUnterminatedText,
  start_chars_hint: ['«', '"', '“'],
  line_breaks: true,
  categories: [Text],
});

export const IsoDate = createToken({ name: 'IsoDate', label: 'DATE yyyy-mm-dd', pattern: /\d{4}-\d{2}-\d{2}(?!\d)/ });
export const DottedDate = createToken({ name: 'DottedDate', label: 'DATE dd.mm.yyyy', pattern: /\d{1,2}\.\d{1,2}\.\d{4}(?!\d)/ });
export const NumberLiteral = createToken({ name: 'NumberLiteral', label: 'NUMBER', pattern: /\d+(?:,\d+)?/ });

// ---- punctuation ----------------------------------------------------------------------------

export const Arrow = createToken({ name: 'Arrow', label: '→', pattern: /→|->|=>/ });
export const Dash = createToken({ name: 'Dash', label: '–', pattern: /[-–—]/ });
export const Colon = createToken({ name: 'Colon', label: ':', pattern: /:/ });
export const Semicolon = createToken({ name: 'Semicolon', label: ';', pattern: /;/ });
export const Comma = createToken({ name: 'Comma', label: ',', pattern: /,/ });
export const Dot = createToken({ name: 'Dot', label: '.', pattern: /\./ });
export const LParen = createToken({ name: 'LParen', label: '(', pattern: /\(/ });
export const RParen = createToken({ name: 'RParen', label: ')', pattern: /\)/ });
export const LBracket = createToken({ name: 'LBracket', label: '[', pattern: /\[/ });
export const RBracket = createToken({ name: 'RBracket', label: ']', pattern: /\]/ });
export const NumberSign = createToken({ name: 'NumberSign', label: '№', pattern: /№/ });
export const Star = createToken({ name: 'Star', label: '*', pattern: /\*/ });

// ---- words ----------------------------------------------------------------------------------
// Keywords and numeral runs are not lexed by patterns of their own: every word is lexed as an
// Identifier and src/syntax/word-pass.ts retypes it. Their token types exist for the parser only.

/** A run of Kazakh numeral words on one line («он бес», «екі жүз отыз»), read as one token. */
export const NumeralWords = createToken({ name: 'NumeralWords', label: 'WORDS (он бес)', pattern: Lexer.NA });

/** «§», the one keyword form that is not a word. */
export const SectionSign = createToken({ name: 'SectionSign', pattern: /§/ });

/**
 * Where a name is expected, any word is a name, keywords included: a contract may be called «шарт» though
 * «шарт» is also a keyword. Name positions of the grammar consume this category, which every word token
 * belongs to.
 */
export const AnyName = createToken({ name: 'AnyName', label: 'NAME', pattern: Lexer.NA });

/**
 * A name of an actor or system: any word but «құжат» and «бас тарту», so that «2) құжат …» (a numbered
 * result document) and «2) кеңсе: …» (a step) part at their third token and a slip in a step's fourth
 * token is reported where it is, not as a step that cannot start.
 */
export const EntityName = createToken({ name: 'EntityName', label: 'NAME', pattern: Lexer.NA });
const NOT_ENTITY_NAMES = new Set(['Document', 'Refusal']);

/** «`шарт`»: a name written in backticks, for the rare place where a bare keyword would be read as one. */
export const QuotedName = createToken({
  name: 'QuotedName',
  label: 'NAME `…`',
  pattern: new RegExp(`\`[${LETTER_CLASS}_][${LETTER_CLASS}${MARK_CLASS}0-9_]*(?:-[${LETTER_CLASS}${MARK_CLASS}0-9_]+)*\``),
  categories: [AnyName, EntityName],
});

export const Identifier = createToken({
  name: 'Identifier',
  label: 'NAME',
  categories: [AnyName, EntityName],
  pattern: new RegExp(`[${LETTER_CLASS}_][${LETTER_CLASS}${MARK_CLASS}0-9_]*(?:-[${LETTER_CLASS}${MARK_CLASS}0-9_]+)*`),
});

/** One token type per keyword of the table, in table order. */
export const KEYWORD_TOKENS: ReadonlyMap<string, TokenType> = new Map(
  KEYWORDS.map((entry) => [entry.token, createToken({ name: entry.token, label: `«${entry.kk[0]}»`, pattern: Lexer.NA, categories: NOT_ENTITY_NAMES.has(entry.token) ? [AnyName] : [AnyName, EntityName] })]),
);

export function keywordToken(name: string): TokenType {
  const token = KEYWORD_TOKENS.get(name);
  if (!token) throw new Error(`internal: no keyword token ${name}`);
  return token;
}

const ORDERED_KEYWORDS = KEYWORDS.map((entry) => keywordToken(entry.token));

/** The lexer's token list: order matters, first match wins. */
export const ALL_TOKENS: TokenType[] = [
  WhiteSpace,
  Comment,
  GuillemetText,
  StraightText,
  CurlyText,
  UnterminatedText,
  IsoDate,
  DottedDate,
  NumberLiteral,
  Arrow,
  Dash,
  Colon,
  Semicolon,
  Comma,
  Dot,
  LParen,
  RParen,
  LBracket,
  RBracket,
  NumberSign,
  Star,
  SectionSign,
  QuotedName,
  Identifier,
  AnyName,
  EntityName,
  Text,
  NumeralWords,
  ...ORDERED_KEYWORDS,
];
