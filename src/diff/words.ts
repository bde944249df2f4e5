// Word-level changes between two texts of an act, with the `diff` library and the Kazakh word segmenter.
import { diffWords } from 'diff';
import type { TextPart } from './model.js';

/** Kazakh word boundaries: the library's own tokenizer reads Cyrillic letters as punctuation. */
const segmenter = new Intl.Segmenter('kk', { granularity: 'word' });

export function wordChanges(before: string, after: string): TextPart[] {
  const parts: TextPart[] = [];
  for (const change of diffWords(before, after, { intlSegmenter: segmenter })) {
    const op = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += change.value;
    else parts.push({ op, text: change.value });
  }
  return parts;
}

/**
 * Kazakh is agglutinative: «құжаттарын», «құжаттарды» and «құжаттар» are one word with different endings, so
 * words are compared by their first letters, about the length of a stem.
 */
const STEM = 5;

/** How alike two texts are, 0 to 1: the share of their word stems they have in common (Dice coefficient). */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const words = (s: string) => {
    const counts = new Map<string, number>();
    for (const { segment, isWordLike } of segmenter.segment(s.toLowerCase())) {
      if (!isWordLike) continue;
      const stem = segment.slice(0, STEM);
      counts.set(stem, (counts.get(stem) ?? 0) + 1);
    }
    return counts;
  };
  const x = words(a);
  const y = words(b);
  let common = 0;
  let total = 0;
  for (const [w, n] of x) {
    common += Math.min(n, y.get(w) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total === 0 ? 0 : (2 * common) / total;
}
