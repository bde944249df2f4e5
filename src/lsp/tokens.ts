// The parsed tokens of an analysis looked up by position, and which of them are keywords.
import type { IToken } from 'chevrotain';
import { keywordEntry, type KeywordEntry } from '../syntax/keywords.js';

/** The token covering an offset (its end included, for a cursor right after a word). */
export function tokenAt(tokens: IToken[], offset: number): IToken | undefined {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]!;
    if (t.startOffset > offset) hi = mid - 1;
    else if ((t.endOffset ?? t.startOffset) + 1 < offset) lo = mid + 1;
    else return t;
  }
  return undefined;
}

/** The keyword a token was read as, if any. */
export function keywordOf(token: IToken): KeywordEntry | undefined {
  return keywordEntry(token.tokenType.name);
}
