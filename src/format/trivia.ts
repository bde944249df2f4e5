// The formatter's token stream: the lexer's tokens with the comments and blank lines between them (the lexer skips both).
import type { IToken } from 'chevrotain';

/** What stands between two tokens besides spaces: a comment, or a blank line (a paragraph break). */
export type Trivia =
  | { kind: 'comment'; text: string; /** on the line of the token before it, after it */ trailing: boolean }
  | { kind: 'blank' };

export interface FmtToken {
  type: string;
  image: string;
  start: number;
  /** Offset just after the token. */
  end: number;
  /** Comments and blank lines between the token before and this one, in order. */
  before: Trivia[];
  /** No whitespace or comment between the token before and this one. */
  tight: boolean;
}

export interface TokenStream {
  tokens: FmtToken[];
  /** Comments and blank lines after the last token. */
  after: Trivia[];
}

/**
 * The trivia of one gap between tokens. After a lexically clean file, a gap holds only whitespace and
 * comments (`#` to the end of the line), so everything that is not a space is a comment.
 */
export function triviaOf(gap: string, afterToken: boolean): Trivia[] {
  const out: Trivia[] = [];
  let newlines = 0;
  let i = 0;
  while (i < gap.length) {
    const c = gap[i]!;
    if (c === '#') {
      let end = i;
      while (end < gap.length && gap[end] !== '\n' && gap[end] !== '\r') end++;
      const text = gap.slice(i, end).replace(/[\s\ufeff]+$/u, '');
      if (newlines >= 2 && (afterToken || out.length > 0)) out.push({ kind: 'blank' });
      out.push({ kind: 'comment', text, trailing: afterToken && newlines === 0 && out.length === 0 });
      newlines = 0;
      i = end;
    } else {
      if (c === '\n' || (c === '\r' && gap[i + 1] !== '\n')) newlines++;
      i++;
    }
  }
  if (newlines >= 2 && (afterToken || out.length > 0)) out.push({ kind: 'blank' });
  return out;
}

export function tokenStream(source: string, tokens: readonly IToken[]): TokenStream {
  const out: FmtToken[] = [];
  let previousEnd = 0;
  for (const t of tokens) {
    const gap = source.slice(previousEnd, t.startOffset);
    out.push({
      type: t.tokenType.name,
      image: t.image,
      start: t.startOffset,
      end: t.startOffset + t.image.length,
      before: triviaOf(gap, out.length > 0),
      tight: out.length > 0 && gap.length === 0,
    });
    previousEnd = t.startOffset + t.image.length;
  }
  return { tokens: out, after: triviaOf(source.slice(previousEnd), out.length > 0) };
}

/** Whether a token's trivia hold a comment. */
export function hasComment(trivia: readonly Trivia[]): boolean {
  return trivia.some((t) => t.kind === 'comment');
}
