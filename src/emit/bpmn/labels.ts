// The words of the BPMN export: task and event names, flow labels, duration documentation and attributes.
import type { DocumentInfo, Duration, DurationAmount, StepInfo } from '../json/model.js';
import { stepNumber, stepText, WORDS } from '../mermaid/labels.js';

/** Names longer than this are cut at a word (the whole text is in the element's documentation). */
const NAME_LIMIT = 64;

export const BPMN_WORDS = {
  ...WORDS,
  termExceeded: 'Мерзім өтті',
  whichCase: 'Қай жағдай?',
  request: 'Сұрау',
  response: 'Жауап',
} as const;

export function shorten(text: string, limit = NAME_LIMIT): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).replace(/[,;:]$/, '')}…`;
}

/** «3 Құжаттарды қарау …»: the act's step number and its short wording. */
export function taskName(step: StepInfo): string {
  const number = stepNumber(step);
  const text = shorten(stepText(step));
  return number ? `${number}. ${text}` : text;
}

/** The refusal end is named for the act's refusal document («дәлелді бас тарту»), else «Бас тарту». */
export function refusalName(documents: DocumentInfo[]): string {
  const refusal = documents.find((d) => d.role === 'refusal');
  return refusal ? shorten(refusal.shortName ?? refusal.text, 60) : WORDS.refusal;
}

/** The one amount a timer can carry: a single duration with an ISO 8601 form. */
export function timerAmount(duration: Duration | null): DurationAmount | null {
  return duration?.kind === 'amount' && duration.iso !== null ? duration : null;
}

/**
 * How a duration is counted, kept beside the ISO value, which cannot say it: hours and minutes run
 * inside working hours, working days skip days off, calendar days do not.
 */
export function durationAttrs(duration: Duration | null): Record<string, string> {
  if (!duration) return {};
  const attrs: Record<string, string> = { 'tartip:duration': duration.written };
  if (duration.kind === 'amount') {
    attrs['tartip:unit'] = duration.unit;
    attrs['tartip:value'] = String(duration.value);
    attrs['tartip:bound'] = duration.bound;
    attrs['tartip:time'] = duration.unit === 'calendar-day' ? 'calendar' : 'working';
    if (!duration.countsTowardTerm) attrs['tartip:countsTowardTerm'] = 'false';
  }
  return attrs;
}

export function durationText(duration: Duration | null): string | null {
  return duration ? `Мерзімі / term: ${duration.written}` : null;
}

export function joinLines(...lines: (string | null)[]): string | null {
  const kept = lines.filter((l): l is string => l !== null && l !== '');
  return kept.length > 0 ? kept.join('\n') : null;
}
