// «Did you mean …?»: the closest known name to a mistyped one, by edit distance on case-folded words.
import { foldWord } from '../text/characters.js';

/**
 * Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions). Past `max`
 * the exact value is not needed: a row's minimum never decreases, so once it exceeds `max` the answer
 * is `max + 1` and the rest of the table is skipped.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  let prevPrev = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i++) {
    const cur = new Array<number>(cols);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = cur;
  }
  return prev[cols - 1]!;
}

const MAX_SUGGESTED_LENGTH = 100;

/** The candidate closest to `word`, if it is close enough to be a plausible slip. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const folded = foldWord(word);
  // The distance costs length × length: a word longer than any real name gets no suggestion, and a
  // candidate whose length differs by more than 3 (or than the best distance so far) cannot be closer,
  // since the distance is at least the difference in length; neither is measured.
  if (folded.length > MAX_SUGGESTED_LENGTH) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - folded.length) > Math.min(3, bestDistance)) continue;
    const distance = editDistance(folded, foldWord(candidate), Math.min(3, bestDistance));
    if (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(1, Math.min(3, Math.floor(Math.max(folded.length, best.length) / 3)));
  return bestDistance > 0 && bestDistance <= limit ? best : undefined;
}
