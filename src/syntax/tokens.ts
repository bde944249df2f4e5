// Token types of the language: punctuation, literals, and one token per keyword of grammar/keywords.json.
import { createToken, Lexer, type CustomPatternMatcherFunc, type TokenType } from 'chevrotain';
import numerals from '../../grammar/numerals.json' with { type: 'json' };
import { KEYWORDS, formsOf } from './keywords.js';
import { LETTER_CLASS, MARK_CLASS, foldChar, isInlineSpace, isAnySpace, isWordBoundary, isWordChar } from './characters.js';
import { findTextRegions, type TextRegions } from './text-regions.js';
import { KeywordTrie } from './keyword-trie.js';

// ---- literals -------------------------------------------------------------------------------

let regionsFor = '';
let regions: TextRegions = { closed: new Map() };

/** «…» with nesting; pairs come from the linear pre-pass, cached per source text. */
const matchGuillemetText: CustomPatternMatcherFunc = (text, offset) => {
  if (text.charCodeAt(offset) !== 0xab) return null;
  if (text !== regionsFor) regions = findTextRegions(text);
  // Kept even when only the contents were equal: comparing a re-read copy of the source with the old
  // string costs its whole length at every «, which made lexing the same text twice quadratic.
  regionsFor = text;
  const end = regions.closed.get(offset);
  return end === undefined ? null : ([text.slice(offset, end)] as unknown as RegExpExecArray);
};

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
/** An opening quote with no partner: runs to the end of its line so lexing resumes on the next one. */
export const UnterminatedText = createToken({
  name: 'UnterminatedText',
  pattern: /[«"“][^\n\r]*/,
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

/**
 * Matches the longest of `phrases` (each a list of folded words) at `offset`, case-insensitively,
 * with any whitespace between words (`allowNewlines`) and a word boundary after the last word.
 */
function matchPhrases(phrases: string[][], allowNewlines: boolean): CustomPatternMatcherFunc {
  const isGap = allowNewlines ? isAnySpace : isInlineSpace;
  // Only phrases whose first letter is the folded character at `offset` can match; the lexer asks at the
  // start of every word, so trying all of them each time was a tenth of the compile time.
  const byFirst = new Map<number, string[][]>();
  for (const words of phrases) {
    const first = words[0]!.charCodeAt(0);
    byFirst.set(first, [...(byFirst.get(first) ?? []), words]);
  }
  return (text, offset) => {
    for (const words of byFirst.get(foldChar(text.charCodeAt(offset))) ?? []) {
      let pos = offset;
      let ok = true;
      for (let w = 0; w < words.length && ok; w++) {
        if (w > 0) {
          const gapStart = pos;
          while (pos < text.length && isGap(text.charCodeAt(pos))) pos++;
          if (pos === gapStart) ok = false;
        }
        const word = words[w]!;
        if (ok && pos + word.length <= text.length) {
          for (let k = 0; k < word.length; k++) {
            if (foldChar(text.charCodeAt(pos + k)) !== word.charCodeAt(k)) {
              ok = false;
              break;
            }
          }
          pos += word.length;
        } else {
          ok = false;
        }
      }
      // A form that ends in punctuation («§») needs no word boundary after it.
      const endsInWord = pos > offset && isWordChar(text.charCodeAt(pos - 1));
      if (ok && (!endsInWord || isWordBoundary(text, pos))) return [text.slice(offset, pos)] as unknown as RegExpExecArray;
    }
    return null;
  };
}

function foldedPhrases(forms: string[]): string[][] {
  const phrases = forms.map((form) => form.split(/\s+/).map((w) => [...w].map((c) => String.fromCharCode(foldChar(c.charCodeAt(0)))).join('')));
  // Longer phrases first, so «орындалу ұзақтығы» wins over a shorter form that shares its start.
  return phrases.sort((a, b) => b.join(' ').length - a.join(' ').length);
}

/** First characters of the forms in both cases, for Chevrotain's first-character optimisation. */
function startChars(forms: string[]): string[] {
  const chars = new Set<string>();
  for (const form of forms) {
    const first = form[0]!;
    chars.add(first).add(first.toLowerCase()).add(first.toUpperCase());
    if (first === 'i') chars.add('İ');
  }
  return [...chars].filter((c) => c.length === 1);
}

const NUMERAL_WORDS = [
  ...Object.keys(numerals.ones),
  ...Object.keys(numerals.tens),
  numerals.hundred,
  numerals.thousand,
  numerals.million,
  numerals.half,
  ...Object.keys(numerals.latin),
];

/** A run of Kazakh numeral words on one line («он бес», «екі жүз отыз»), read as one token. */
const matchNumeralRun: CustomPatternMatcherFunc = (() => {
  const single = matchPhrases(foldedPhrases(NUMERAL_WORDS), false);
  return (text, offset, tokens, groups) => {
    let first = single(text, offset, tokens, groups);
    if (!first) return null;
    let end = offset + first[0].length;
    for (;;) {
      let pos = end;
      while (pos < text.length && isInlineSpace(text.charCodeAt(pos))) pos++;
      if (pos === end) break;
      const next = single(text, pos, tokens, groups);
      if (!next) break;
      end = pos + next[0].length;
    }
    first = [text.slice(offset, end)] as unknown as RegExpExecArray;
    return first;
  };
})();

export const NumeralWords = createToken({
  name: 'NumeralWords',
  label: 'WORDS (он бес)',
  pattern: matchNumeralRun,
  start_chars_hint: startChars(NUMERAL_WORDS),
  line_breaks: false,
});

export const Identifier = createToken({
  name: 'Identifier',
  label: 'NAME',
  pattern: new RegExp(`[${LETTER_CLASS}_][${LETTER_CLASS}${MARK_CLASS}0-9_]*(?:-[${LETTER_CLASS}${MARK_CLASS}0-9_]+)*`),
});

const KEYWORD_TRIE = new KeywordTrie();
for (const entry of KEYWORDS) for (const form of formsOf(entry)) KEYWORD_TRIE.add(form, entry.token);

/** One token type per keyword of the table, in table order; all share one trie walk per offset. */
export const KEYWORD_TOKENS: ReadonlyMap<string, TokenType> = new Map(
  KEYWORDS.map((entry) => {
    const forms = formsOf(entry);
    const matchKeyword: CustomPatternMatcherFunc = (text, offset) => {
      const end = KEYWORD_TRIE.match(entry.token, text, offset);
      return end < 0 ? null : ([text.slice(offset, end)] as unknown as RegExpExecArray);
    };
    return [
      entry.token,
      createToken({
        name: entry.token,
        label: `«${entry.kk[0]}»`,
        pattern: matchKeyword,
        start_chars_hint: startChars(forms),
        line_breaks: forms.some((form) => /\s/.test(form)),
      }),
    ];
  }),
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
  ...ORDERED_KEYWORDS,
  NumeralWords,
  Identifier,
  Text,
];
