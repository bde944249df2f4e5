// After the lexer: turns word tokens into keywords (multi-word ones merged) and runs of numerals into one token.
//
// The lexer reads every word as a name; looking keywords up afterwards, once per word in a trie, is far
// cheaper than asking every keyword's own pattern at every word (it was most of the lexing time), and it
// gives keywords exactly the word boundaries names have.
import { createTokenInstance, type IToken, type TokenType } from 'chevrotain';
import numerals from '../../grammar/numerals.json' with { type: 'json' };
import { isInlineSpace } from '../text/characters.js';
import { KEYWORDS, formsOf } from './keywords.js';
import { KeywordTrie } from './keyword-trie.js';
import { Identifier, KEYWORD_TOKENS, NumeralWords, SectionSign, keywordToken } from './tokens.js';

/** Numerals share the trie under this name, so no word is folded into a new string to look it up. */
const NUMERAL = '#numeral';

const TRIE = new KeywordTrie();
for (const entry of KEYWORDS) for (const form of formsOf(entry)) if (/^[^§]/.test(form)) TRIE.add(form, entry.token);
for (const word of [
  ...Object.keys(numerals.ones),
  ...Object.keys(numerals.tens),
  numerals.hundred,
  numerals.thousand,
  numerals.million,
  numerals.half,
  ...Object.keys(numerals.latin),
]) {
  TRIE.add(word, NUMERAL);
}

const isWord = (t: IToken) => t.tokenType === Identifier;

function merged(type: TokenType, first: IToken, last: IToken, text: string): IToken {
  const end = last.startOffset + last.image.length;
  return createTokenInstance(
    type,
    text.slice(first.startOffset, end),
    first.startOffset,
    end - 1,
    first.startLine ?? Number.NaN,
    last.endLine ?? Number.NaN,
    first.startColumn ?? Number.NaN,
    last.endColumn ?? Number.NaN,
  );
}

/** The numeral run starting at `tokens[i]`: numeral words on one line, separated by spaces only. */
function numeralRunEnd(tokens: IToken[], i: number, text: string): number {
  let j = i;
  for (;;) {
    const next = tokens[j + 1];
    if (!next || !isWord(next) || TRIE.longest(tokens, j + 1, text, isWord)?.token !== NUMERAL) return j;
    const end = tokens[j]!.startOffset + tokens[j]!.image.length;
    if (next.startOffset === end) return j;
    for (let k = end; k < next.startOffset; k++) if (!isInlineSpace(text.charCodeAt(k))) return j;
    j++;
  }
}

export function retypeWords(tokens: IToken[], text: string): IToken[] {
  const out: IToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.tokenType === SectionSign) {
      out.push(merged(keywordToken('Section'), t, t, text));
    } else if (!isWord(t)) {
      out.push(t);
    } else {
      const keyword = TRIE.longest(tokens, i, text, isWord);
      if (keyword && keyword.token !== NUMERAL) {
        out.push(merged(KEYWORD_TOKENS.get(keyword.token)!, t, tokens[keyword.last]!, text));
        i = keyword.last;
      } else if (keyword) {
        const last = numeralRunEnd(tokens, i, text);
        out.push(merged(NumeralWords, t, tokens[last]!, text));
        i = last;
      } else {
        out.push(t);
      }
    }
  }
  return out;
}
