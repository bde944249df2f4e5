// Pairs the items of two versions: in order where they stay in order, then the ones that moved.

export interface Pair<T> {
  before: T;
  after: T;
  /** 0-based places in the old and the new list. */
  from: number;
  to: number;
  /** Matched outside the common order: the item was moved among the others. */
  moved: boolean;
}

export interface Pairing<T> {
  pairs: Pair<T>[];
  removed: { item: T; from: number }[];
  added: { item: T; to: number }[];
}

/**
 * Steps are renumbered, reworded and moved between versions of an act, so they are matched by how alike
 * they are rather than by number: first the heaviest pairing that keeps both orders (a weighted longest
 * common subsequence over pairs at least `threshold` alike), then, among what is left, the most alike
 * pairs in any order, which are the moved items. Ties keep the earlier item, so the result is deterministic.
 */
export function alignOrdered<T>(before: T[], after: T[], score: (a: T, b: T) => number, threshold: number): Pairing<T> {
  const n = before.length;
  const m = after.length;
  const scores = before.map((a) => after.map((b) => score(a, b)));
  // best[i][j]: the heaviest pairing of before[i..] with after[j..].
  const best = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = scores[i]![j]!;
      const take = s >= threshold ? s + best[i + 1]![j + 1]! : -1;
      best[i]![j] = Math.max(take, best[i + 1]![j]!, best[i]![j + 1]!);
    }
  }
  const pairs: Pair<T>[] = [];
  const usedBefore = new Set<number>();
  const usedAfter = new Set<number>();
  for (let i = 0, j = 0; i < n && j < m; ) {
    const s = scores[i]![j]!;
    if (s >= threshold && best[i]![j] === s + best[i + 1]![j + 1]!) {
      pairs.push({ before: before[i]!, after: after[j]!, from: i, to: j, moved: false });
      usedBefore.add(i);
      usedAfter.add(j);
      i++;
      j++;
    } else if (best[i]![j] === best[i + 1]![j]) i++;
    else j++;
  }
  return finish(before, after, scores, threshold, pairs, usedBefore, usedAfter);
}

/** Pairs items by a key first (a declared name), then what is left by how alike it is; order does not matter. */
export function pairByKey<T>(before: T[], after: T[], key: (item: T) => string, score: (a: T, b: T) => number, threshold: number): Pairing<T> {
  const pairs: Pair<T>[] = [];
  const usedBefore = new Set<number>();
  const usedAfter = new Set<number>();
  const byKey = new Map<string, number>();
  after.forEach((item, j) => {
    if (!byKey.has(key(item))) byKey.set(key(item), j);
  });
  before.forEach((item, i) => {
    const j = byKey.get(key(item));
    if (j === undefined || usedAfter.has(j)) return;
    pairs.push({ before: item, after: after[j]!, from: i, to: j, moved: false });
    usedBefore.add(i);
    usedAfter.add(j);
  });
  const scores = before.map((a) => after.map((b) => score(a, b)));
  const result = finish(before, after, scores, threshold, pairs, usedBefore, usedAfter);
  // Keyed items are not «moved»: their order is the act's listing, not a sequence.
  for (const pair of result.pairs) pair.moved = false;
  return result;
}

function finish<T>(before: T[], after: T[], scores: number[][], threshold: number, pairs: Pair<T>[], usedBefore: Set<number>, usedAfter: Set<number>): Pairing<T> {
  const candidates: { i: number; j: number; s: number }[] = [];
  before.forEach((_, i) => {
    if (usedBefore.has(i)) return;
    after.forEach((__, j) => {
      if (!usedAfter.has(j) && scores[i]![j]! >= threshold) candidates.push({ i, j, s: scores[i]![j]! });
    });
  });
  candidates.sort((a, b) => b.s - a.s || a.i - b.i || a.j - b.j);
  for (const { i, j } of candidates) {
    if (usedBefore.has(i) || usedAfter.has(j)) continue;
    pairs.push({ before: before[i]!, after: after[j]!, from: i, to: j, moved: true });
    usedBefore.add(i);
    usedAfter.add(j);
  }
  pairs.sort((a, b) => a.to - b.to);
  return {
    pairs,
    removed: before.flatMap((item, from) => (usedBefore.has(from) ? [] : [{ item, from }])),
    added: after.flatMap((item, to) => (usedAfter.has(to) ? [] : [{ item, to }])),
  };
}
