// Hyphenation left by the print in a text («стандарт- тарын»): a warning whose fix joins the word again.
import type { IToken } from 'chevrotain';
import { DiagnosticBag } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { foldWord } from '../text/characters.js';
import type { LineMap } from '../text/line-map.js';
import { KEYWORDS, formsOf } from './keywords.js';
import { TEXT_TOKEN_NAMES } from './tokens.js';

const TEXT_TOKENS = TEXT_TOKEN_NAMES;
const LETTERS = 'A-Za-zА-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі';
/** A word, a hyphen straight after it, then a break or spaces, then a word going on in lower case. */
const SPLIT = new RegExp(`([${LETTERS}]+)-([ \\t]*(?:\\r\\n|\\r|\\n)[ \\t]*|[ \\t]+)([a-zа-яёәғқңөұүһі]+)`, 'g');

/** Hyphenated keyword forms («іс-қимыл»): a word built on one keeps its hyphen. */
const HYPHENATED = KEYWORDS.flatMap(formsOf).filter((f) => f.includes('-')).map(foldWord);

/**
 * Reports each word a printed line break split with a hyphen. The fix joins the two parts; where the act
 * also writes the word with its hyphen elsewhere («іс-қимыл», «сондай-ақ»), the hyphen is the word's own
 * and only the gap goes.
 */
export function checkHyphenation(tokens: readonly IToken[], lines: LineMap, file: string): Diagnostic[] {
  const bag = new DiagnosticBag(file);
  const source = lines.text;
  for (const token of tokens) {
    if (!TEXT_TOKENS.has(token.tokenType.name) || !token.image.includes('-')) continue;
    for (const match of token.image.matchAll(SPLIT)) {
      const [, head, gap, tail] = match;
      const compound = `${head}-${tail}`;
      const keepHyphen = HYPHENATED.some((form) => foldWord(compound).startsWith(form)) || new RegExp(`(^|[^${LETTERS}])${compound}`, 'i').test(source);
      const joined = keepHyphen ? compound : `${head}${tail}`;
      const hyphenAt = token.startOffset + match.index! + head!.length;
      const range = lines.range(hyphenAt, hyphenAt + 1 + gap!.length);
      const written = `${head}-${gap!.includes('\n') || gap!.includes('\r') ? ' ' : gap}${tail}`;
      bag.add('TRT1021', lines.range(hyphenAt - head!.length, hyphenAt + 1 + gap!.length + tail!.length), { written, joined }, {
        fix: { message: { kk: `«${joined}» деп біріктіру`, en: `join as «${joined}»` }, range, replacement: keepHyphen ? '-' : '' },
      });
    }
  }
  return bag.items;
}
