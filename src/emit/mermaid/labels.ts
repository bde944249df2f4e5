// The words drawn in the diagrams: lane titles, step headings, durations, fixed Kazakh labels.
import type { BranchInfo, Duration, EntityInfo, GuardInfo, ProcessDefinition, StepInfo } from '../json/model.js';
import type { LabelLine } from './chart-model.js';

/** Fixed Kazakh words of the charts, as the acts' own appendices print them. */
export const WORDS = {
  yes: 'Иә',
  no: 'Жоқ',
  start: 'Басталуы',
  end: 'Аяқталуы',
  refusal: 'Бас тарту',
  message: '✉',
} as const;

/** Upper-cases the first letter, as a lane title starts a line in the act («Көрсетілетін …»). */
export function capitalise(text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const ch = String.fromCodePoint(first);
  return ch.toLocaleUpperCase('kk') + text.slice(ch.length);
}

/** An abbreviation-like short name («ЭҮАШ-АЖО») is what the acts write for a system. */
function isAbbreviation(id: string): boolean {
  return /^[\p{Lu}\d]+(?:-[\p{Lu}\d]+)*$/u.test(id);
}

/**
 * The title of a lane. Units and bodies are titled with their full name, as the handbook prints
 * «Көрсетілетін қызметті берушінің кеңсесі»; systems with the short name the act uses for them
 * («Портал», «ЭҮАШ АЖО»), since their full names would not fit a lane header.
 */
export function laneTitle(entity: EntityInfo | undefined, id: string): string {
  if (!entity) return id;
  if (entity.kind === 'system') {
    if (entity.shortName) return capitalise(entity.shortName);
    if (isAbbreviation(entity.id)) return entity.id.replace(/-/g, ' ');
    return capitalise(entity.names[0] ?? entity.id);
  }
  if (entity.kind === 'provider' || entity.kind === 'organisation') return capitalise(entity.shortName ?? entity.names[0] ?? entity.id);
  return capitalise(entity.names[0] ?? entity.id);
}

/** The step's number as the box shows it: «3-іс-қимыл» as printed, «2)» as «2». */
export function stepNumber(step: StepInfo): string | null {
  if (step.label === '*') return null;
  const numbered = /^(\d+)\)$/.exec(step.label);
  return numbered ? numbered[1]! : step.label;
}

/** The heading of an information-system box: its «N-процесс» / «N-шарт» label, else its number. */
export function systemHeading(step: StepInfo): string | null {
  return step.systemLabel?.label ?? stepNumber(step);
}

/** The text of a box: the act's short wording for the appendix when it gives one, else the action. */
export function stepText(step: { short: string | null; action: string }): string {
  return step.short ?? step.action;
}

/** How a chart prints its boxes: durations in the box or beside it, and text or only the «N-процесс» label. */
export interface BoxStyle {
  durations: 'inside' | 'beside';
  boxes: 'text' | 'label';
  /** The words a diamond's exits print («жауаптар»): the act's own form of «Иә» / «Жоқ». */
  answers: { yes: string; no: string };
}

export const DEFAULT_BOX_STYLE: BoxStyle = { durations: 'inside', boxes: 'text', answers: { yes: WORDS.yes, no: WORDS.no } };

/**
 * The duration as the chart prints it: the appendix's own words when the source gives them
 * («сызбадағы ұзақтығы»), else the body's words in parentheses.
 */
export function durationNote(duration: Duration | null, printed: string | undefined): string | null {
  if (printed !== undefined) return printed;
  return duration ? `(${duration.written})` : null;
}

/** The guard lines a box prints: a whole-step guard whose words the action does not already say. */
export function guardLines(guards: GuardInfo[]): string[] {
  return guards.filter((g) => g.part === null && !g.inAction).map((g) => `тек ${g.condition}`);
}

/**
 * A branch's case as its box states it: «егер … жағдайда:». A case the act already ends with a
 * locative word («… жағдайларда», «… кезде») is not given a second one.
 */
export function caseLine(condition: string): string {
  return /(?:да|де|та|те)$/u.test(condition.trim()) ? `егер ${condition}:` : `егер ${condition} жағдайда:`;
}

/** The lines of an action box: number in bold, conditions in italics, the text, the duration when inside. */
export function boxLines(heading: string | null, text: string, conditions: string[], duration: string | null): LabelLine[] {
  const lines: LabelLine[] = [];
  if (heading !== null) lines.push({ text: heading, style: 'bold' });
  for (const condition of conditions) lines.push({ text: condition, style: 'italic' });
  lines.push({ text, style: 'plain' });
  if (duration !== null) lines.push({ text: duration, style: 'italic' });
  return lines;
}

/** The duration a step's or branch's box prints inside, or null when it prints none there. */
export function insideDuration(item: { duration: Duration | null; chartDuration?: string }, style: BoxStyle): string | null {
  return style.durations === 'inside' ? durationNote(item.duration, item.chartDuration) : null;
}

/** The duration label drawn beside a box (on the arrow leaving it), or null. */
export function besideDuration(item: { duration: Duration | null; chartDuration?: string }, style: BoxStyle): string | null {
  return style.durations === 'beside' ? durationNote(item.duration, item.chartDuration) : null;
}

/** The lines of a step's box. */
export function stepLines(step: StepInfo, heading: string | null, style: BoxStyle = DEFAULT_BOX_STYLE): LabelLine[] {
  return boxLines(heading, stepText(step), guardLines(step.guards), insideDuration(step, style));
}

/**
 * The lines of a branch's box: the appendix's own words when the source gives them (the print's
 * refusal box says only what is done), else the case and the action.
 */
export function branchLines(branch: BranchInfo, style: BoxStyle = DEFAULT_BOX_STYLE): LabelLine[] {
  const cases = branch.short === null ? [caseLine(branch.condition)] : [];
  return boxLines(null, stepText(branch), cases, insideDuration(branch, style));
}

/** The question a step's diamond prints («сұрақ»), or undefined when the act prints none. */
export function questionLines(step: StepInfo): LabelLine[] | undefined {
  return step.question === undefined ? undefined : [{ text: step.question, style: 'plain' }];
}

/** A one-line label. */
export function plain(text: string): LabelLine[] {
  return [{ text, style: 'plain' }];
}

export function entityIndex(definition: ProcessDefinition): Map<string, EntityInfo> {
  return new Map(definition.entities.map((e) => [e.id, e]));
}
