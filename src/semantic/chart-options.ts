// The words a chart's options take («ұзақтығы: жанында», «қорапта: белгісі», «жауаптар: ИӘ») and what each means.
import type { Chart, ChartOption } from '../ast/statements.js';

export type DurationPlacement = 'inside' | 'beside';
export type BoxContent = 'text' | 'label';
/** The words a diamond's two exits print. */
export interface ExitWords { yes: string; no: string }

/**
 * The forms the acts print a diamond's exits in, named by the «иә» word as printed. Letter case is the
 * point of this option, so its word is matched as written, not lower-cased.
 */
export const ANSWER_FORMS: Record<string, ExitWords> = {
  Иә: { yes: 'Иә', no: 'Жоқ' },
  ИӘ: { yes: 'ИӘ', no: 'ЖОҚ' },
  Ия: { yes: 'Ия', no: 'Жоқ' },
  ИЯ: { yes: 'ИЯ', no: 'ЖОҚ' },
};

/** Each option's words, the act's own forms first; the first is the one a fix offers. */
export const OPTION_WORDS = {
  durations: { қорапта: 'inside', ішінде: 'inside', жанында: 'beside', қасында: 'beside' },
  boxes: { мәтіні: 'text', мәтін: 'text', белгісі: 'label', белгі: 'label' },
  // The forms of ANSWER_FORMS, each its own word.
  answers: Object.fromEntries(Object.keys(ANSWER_FORMS).map((form) => [form, form])) as Record<keyof typeof ANSWER_FORMS, string>,
} as const satisfies Record<ChartOption['option'], Record<string, string>>;

export const OPTION_KEYWORD: Record<ChartOption['option'], string> = { durations: 'ұзақтығы', boxes: 'қорапта', answers: 'жауаптар' };

export function optionValue(option: ChartOption): string | undefined {
  const words: Record<string, string> = OPTION_WORDS[option.option];
  const written = option.value.name.normalize('NFC');
  return words[option.option === 'answers' ? written : written.toLocaleLowerCase('kk')];
}

/** The words the chart's diamonds print on their exits: as the chart's «жауаптар» says, else null (the default «Иә» / «Жоқ»). */
export function chartAnswers(chart: Chart): ExitWords | null {
  const form = chartSetting(chart, 'answers');
  return form ? ANSWER_FORMS[form]! : null;
}

/** The chart's setting of one option: the first one written with a known word, else null (the default). */
export function chartSetting(chart: Chart, option: 'durations'): DurationPlacement | null;
export function chartSetting(chart: Chart, option: 'boxes'): BoxContent | null;
export function chartSetting(chart: Chart, option: 'answers'): string | null;
export function chartSetting(chart: Chart, option: ChartOption['option']): string | null {
  for (const o of chart.options) {
    if (o.option !== option) continue;
    const value = optionValue(o);
    if (value) return value;
  }
  return null;
}
