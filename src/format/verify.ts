// The formatter's guarantee, checked on every run: the formatted text lexes to the same tokens and comments.
//
// Layout is free in the language, except that a text must not run into a line that reads as a new clause,
// a numeral run stays on one line, and a close dash joins words into one name; the layout keeps to these
// rules, and this check makes sure, so that a mistake leaves the file as it was instead of changing it.
import { lex } from '../syntax/lexer.js';
import { TEXT_TOKEN_NAMES } from '../syntax/tokens.js';
import { tokenStream, type FmtToken } from './trivia.js';

/** A token as the compiler reads it: runs of whitespace inside it are one space, a text's edges trimmed. */
function reading(t: FmtToken): string {
  const spaced = t.image.replace(/\s+/gu, ' ');
  if (!TEXT_TOKEN_NAMES.has(t.type)) return spaced;
  return spaced.length >= 2 ? `${spaced[0]}${spaced.slice(1, -1).trim()}${spaced.slice(-1)}` : spaced;
}

function comments(tokens: readonly FmtToken[], after: ReturnType<typeof tokenStream>['after']): string[] {
  return [...tokens.flatMap((t) => t.before), ...after].flatMap((t) => (t.kind === 'comment' ? [t.text] : []));
}

export interface Mismatch {
  /** Offset in the original text of the first token that differs. */
  offset: number;
  reason: string;
}

/** The first difference between what the original and the formatted text read as, if any. */
export function compareReadings(original: readonly FmtToken[], originalAfter: ReturnType<typeof tokenStream>['after'], formatted: string): Mismatch | undefined {
  const lexed = lex(formatted, 'formatted');
  if (lexed.diagnostics.some((d) => d.severity === 'error')) return { offset: 0, reason: lexed.diagnostics[0]!.code };
  const again = tokenStream(formatted, lexed.tokens);
  const n = Math.max(original.length, again.tokens.length);
  for (let i = 0; i < n; i++) {
    const a = original[i];
    const b = again.tokens[i];
    if (!a || !b || a.type !== b.type || reading(a) !== reading(b)) {
      return { offset: a?.start ?? original.at(-1)?.end ?? 0, reason: `${a ? `${a.type} ${reading(a).slice(0, 40)}` : 'end'} → ${b ? `${b.type} ${reading(b).slice(0, 40)}` : 'end'}` };
    }
  }
  const before = comments(original, originalAfter);
  const now = comments(again.tokens, again.after);
  if (before.join('\n') !== now.join('\n')) return { offset: 0, reason: 'comments' };
  return undefined;
}
