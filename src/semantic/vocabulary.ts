// The closed word lists of grammar/vocabulary.json, matched as phrases against words from the source.
import vocabulary from '../../grammar/vocabulary.json' with { type: 'json' };
import { foldWord } from '../text/characters.js';
import { closest } from '../diagnostics/suggest.js';

export interface VocabularyEntry<V extends string> {
  value: V;
  forms: string[][];
}

function entries<V extends string>(list: { forms: string[] }[], key: string): VocabularyEntry<V>[] {
  return list.map((item) => ({
    value: (item as unknown as Record<string, V>)[key]!,
    forms: item.forms.map((f) => f.split(/\s+/).map(foldWord)),
  }));
}

function flat(list: string[]): VocabularyEntry<'yes'>[] {
  return [{ value: 'yes', forms: list.map((f) => f.split(/\s+/).map(foldWord)) }];
}

export type Unit = 'second' | 'minute' | 'hour' | 'working-day' | 'calendar-day';

export const UNITS = entries<Unit | 'day'>(vocabulary.durationUnits, 'unit');
export const CALENDAR_PREFIX = flat(vocabulary.calendarPrefix);
export const BOUNDS = entries<'at-most' | 'within'>(vocabulary.bounds, 'bound');
export const ANCHORS = entries<'day-received' | 'day-applied'>(vocabulary.anchors, 'anchor');
export const NOT_COUNTED = flat(vocabulary.notCounted);
export const ACT_KINDS = entries<'resolution' | 'order' | 'decision'>(vocabulary.actKinds, 'kind');
export const ORGANISATION_KINDS = entries<'state-corporation' | 'akimat' | 'body' | 'organisation'>(vocabulary.organisationKinds, 'kind');
export const SYSTEM_KINDS = entries<'portal' | 'gateway' | 'workstation' | 'database' | 'register' | 'information-system'>(vocabulary.systemKinds, 'kind');
export const DOCUMENT_KINDS = entries<'document' | 'notification' | 'intermediate'>(vocabulary.documentKinds, 'kind');
export const SERVICE_FORMS = entries<'electronic' | 'paper'>(vocabulary.serviceForms, 'form');
export const AUTOMATION = entries<'full' | 'partial'>(vocabulary.automation, 'automation');
export const FORM_FILLERS = flat(vocabulary.formFillers);
export const DELIVERY = entries<'personal-cabinet' | 'eds-signature' | 'signature' | 'seal' | 'paper' | 'in-person'>(vocabulary.delivery, 'means');

export interface PhraseMatch<V extends string> {
  value: V;
  /** How many words the phrase took. */
  length: number;
}

/** The longest phrase of `list` that `words[from..]` begins with. */
export function matchPhrase<V extends string>(list: VocabularyEntry<V>[], words: string[], from = 0): PhraseMatch<V> | undefined {
  let best: PhraseMatch<V> | undefined;
  const folded = words.slice(from).map(foldWord);
  for (const entry of list) {
    for (const form of entry.forms) {
      if (form.length > folded.length || (best && form.length <= best.length)) continue;
      if (form.every((w, i) => w === folded[i])) best = { value: entry.value, length: form.length };
    }
  }
  return best;
}

/** Matches the whole word list as exactly one phrase. */
export function matchWhole<V extends string>(list: VocabularyEntry<V>[], words: string[]): V | undefined {
  const match = matchPhrase(list, words);
  return match && match.length === words.length ? match.value : undefined;
}

/** The closest phrase of the lists to the given words, for «did you mean». */
export function suggestPhrase(words: string[], ...lists: VocabularyEntry<string>[][]): string | undefined {
  const forms = lists.flatMap((list) => list.flatMap((entry) => entry.forms));
  const whole = closest(words.join(' '), forms.map((form) => form.join(' ')));
  if (whole) return whole;
  // A misspelt first word before correct ones («сағатан аспайды»): the closest phrase of that many words,
  // with the words after it kept.
  for (let k = 1; k < words.length; k++) {
    const head = closest(words.slice(0, k).join(' '), forms.filter((form) => form.length === k).map((form) => form.join(' ')));
    if (head) return [head, ...words.slice(k)].join(' ');
  }
  return undefined;
}
