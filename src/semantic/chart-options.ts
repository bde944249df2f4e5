// The words a chart's options take («ұзақтығы: жанында», «қорапта: белгісі») and what each means.
import type { Chart, ChartOption } from '../ast/statements.js';

export type DurationPlacement = 'inside' | 'beside';
export type BoxContent = 'text' | 'label';

/** Each option's words, the act's own forms first; the first is the one a fix offers. */
export const OPTION_WORDS = {
  durations: { қорапта: 'inside', ішінде: 'inside', жанында: 'beside', қасында: 'beside' },
  boxes: { мәтіні: 'text', мәтін: 'text', белгісі: 'label', белгі: 'label' },
} as const satisfies Record<ChartOption['option'], Record<string, DurationPlacement | BoxContent>>;

export const OPTION_KEYWORD: Record<ChartOption['option'], string> = { durations: 'ұзақтығы', boxes: 'қорапта' };

export function optionValue(option: ChartOption): string | undefined {
  const words: Record<string, string> = OPTION_WORDS[option.option];
  return words[option.value.name.normalize('NFC').toLocaleLowerCase('kk')];
}

/** The chart's setting of one option: the first one written with a known word, else null (the default). */
export function chartSetting(chart: Chart, option: 'durations'): DurationPlacement | null;
export function chartSetting(chart: Chart, option: 'boxes'): BoxContent | null;
export function chartSetting(chart: Chart, option: ChartOption['option']): string | null {
  for (const o of chart.options) {
    if (o.option !== option) continue;
    const value = optionValue(o);
    if (value) return value;
  }
  return null;
}
