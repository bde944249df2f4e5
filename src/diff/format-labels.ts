// The words of a diff report in Kazakh and English: areas, fields, statuses and the summary line.
import type { Language } from '../diagnostics/format-text.js';
import type { ActDiff, AreaName, ItemStatus } from './model.js';

type Bilingual = { kk: string; en: string };

export function say(text: Bilingual, language: Language): string {
  return language === 'kk' ? text.kk : language === 'en' ? text.en : `${text.kk} / ${text.en}`;
}

export const AREA_LABELS: Record<AreaName, Bilingual> = {
  header: { kk: 'Акт', en: 'Act' },
  provider: { kk: 'Көрсетілетін қызметті беруші', en: 'Provider' },
  channels: { kk: 'Арналар', en: 'Channels' },
  forms: { kk: 'Нысандар', en: 'Forms' },
  documents: { kk: 'Құжаттар', en: 'Documents' },
  results: { kk: 'Қызмет нәтижелері', en: 'Results' },
  participants: { kk: 'Қатысушылар', en: 'Participants' },
  terms: { kk: 'Мерзімдер', en: 'Terms' },
  glossary: { kk: 'Қысқартулар', en: 'Glossary' },
  procedures: { kk: 'Рәсімдер', en: 'Procedures' },
  appendices: { kk: 'Қосымшалар', en: 'Appendices' },
};

export const FIELD_LABELS: Record<string, Bilingual> = {
  title: { kk: 'атауы', en: 'title' },
  approval: { kk: 'бекіткен акт', en: 'approved by' },
  standard: { kk: 'стандарт', en: 'standard' },
  standardName: { kk: 'стандарттың атауы', en: 'standard name' },
  names: { kk: 'атаулары', en: 'names' },
  shortName: { kk: 'қысқаша атауы', en: 'short name' },
  text: { kk: 'мәтіні', en: 'text' },
  written: { kk: 'жазылуы', en: 'written' },
  name: { kk: 'аты', en: 'name' },
  role: { kk: 'рөлі', en: 'role' },
  kind: { kk: 'түрі', en: 'kind' },
  standardRefs: { kk: 'стандартқа сілтемелер', en: 'standard references' },
  channels: { kk: 'арналар', en: 'channels' },
  alternatives: { kk: 'нәтижелер', en: 'results' },
  parent: { kk: 'кімге бағынады', en: 'part of' },
  duration: { kk: 'ұзақтығы', en: 'duration' },
  full: { kk: 'толық жазылуы', en: 'full form' },
  number: { kk: 'нөмірі', en: 'number' },
  caption: { kk: 'тақырыбы', en: 'caption' },
  charts: { kk: 'сызбалар', en: 'charts' },
  legend: { kk: 'шартты белгілер', en: 'legend' },
  channel: { kk: 'арна', en: 'channel' },
  paragraph: { kk: 'тармақ', en: 'paragraph' },
  heading: { kk: 'тақырыбы', en: 'heading' },
  condition: { kk: 'шарты', en: 'condition' },
  performer: { kk: 'орындаушы', en: 'performer' },
  action: { kk: 'іс-қимыл', en: 'action' },
  results: { kk: 'нәтижесі', en: 'results' },
  conditions: { kk: 'шарттар', en: 'conditions' },
  recipients: { kk: 'кімге', en: 'recipients' },
  consents: { kk: 'келісім', en: 'consents' },
  documents: { kk: 'құжаттар', en: 'documents' },
  produces: { kk: 'шығаратын құжаттары', en: 'documents produced' },
  uses: { kk: 'пайдаланатын құжаттары', en: 'documents used' },
  systems: { kk: 'жүйелер', en: 'systems' },
  flows: { kk: 'ағындар', en: 'message flows' },
};

export const STATUS_LABELS: Record<ItemStatus, Bilingual> = {
  added: { kk: 'қосылды', en: 'added' },
  removed: { kk: 'алынып тасталды', en: 'removed' },
  changed: { kk: 'өзгерді', en: 'changed' },
  moved: { kk: 'орны ауысты', en: 'moved' },
};

export const NONE: Bilingual = { kk: 'жоқ', en: 'none' };

/** A version's title as shown: the act's, or that it has none. */
export function titleText(title: string | null, language: Language): string {
  return title === null ? say({ kk: '(атауы жоқ)', en: '(no title)' }, language) : `«${title}»`;
}

/** «3 added, 1 removed, 9 changed, 1 moved», or that nothing changed. */
export function summaryLine(diff: ActDiff, language: Language): string {
  if (!diff.changed) return say({ kk: 'Рәсімде өзгеріс жоқ.', en: 'The procedure did not change.' }, language);
  const { added, removed, changed, moved } = diff.counts;
  return say(
    {
      kk: `Қосылғаны ${added}, алынғаны ${removed}, өзгергені ${changed}, орны ауысқаны ${moved}.`,
      en: `${added} added, ${removed} removed, ${changed} changed, ${moved} moved.`,
    },
    language,
  );
}

/** «step 2 → 3», when an item's place changed. */
export function placeText(from: number | null, to: number | null, language: Language): string {
  if (from === null || to === null || from === to) return '';
  return ` (${say({ kk: `${from} → ${to} орын`, en: `place ${from} → ${to}` }, language)})`;
}
