// Kazakh word endings: a keyword written in another case or number («жағдайларда») is still recognised as the keyword it is built on.
import { foldWord } from '../text/characters.js';

/**
 * Endings a noun or participle takes, longest first: case (locative, dative, genitive, accusative,
 * ablative, instrumental), possessive and plural. Enough to strip what a writer adds to a keyword; not a
 * full morphological analyser (Kazakh endings stack, so they are stripped repeatedly).
 */
const ENDINGS = [
  'ларында', 'лерінде', 'дарында', 'дерінде', 'тарында', 'терінде',
  'ларына', 'леріне', 'ларының', 'лерінің',
  'ында', 'інде', 'ына', 'іне', 'ының', 'інің', 'ынан', 'інен',
  'лар', 'лер', 'дар', 'дер', 'тар', 'тер',
  'ның', 'нің', 'дың', 'дің', 'тың', 'тің',
  'нан', 'нен', 'дан', 'ден', 'тан', 'тен',
  'мен', 'бен', 'пен',
  'нда', 'нде', 'да', 'де', 'та', 'те',
  'ға', 'ге', 'қа', 'ке', 'на', 'не',
  'ны', 'ні', 'ды', 'ді', 'ты', 'ті',
  'сы', 'сі', 'ы', 'і',
];

/** Shortest stem kept: a stem of two letters matches far too much. */
const MIN_STEM = 3;

/** The word with its endings stripped, case-folded: «жағдайларда» and «жағдайда» both give «жағдай». */
export function stem(word: string): string {
  let current = foldWord(word);
  for (let pass = 0; pass < 4; pass++) {
    const ending = ENDINGS.find((e) => current.endsWith(e) && current.length - e.length >= MIN_STEM);
    if (!ending) break;
    current = current.slice(0, -ending.length);
  }
  return current;
}

/**
 * The candidate built on the same stem as `word` (another case or number of it), or undefined. Of several,
 * the one whose letters differ least from the word's is taken, so an ending close to the written one wins.
 */
export function sameStem(word: string, candidates: Iterable<string>): string | undefined {
  const wanted = stem(word);
  const folded = foldWord(word);
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    if (/\s/.test(candidate) || foldWord(candidate) === folded || stem(candidate) !== wanted) continue;
    const score = Math.abs(candidate.length - word.length);
    if (score < bestScore || (score === bestScore && candidate < best!)) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
