// The parts of a process definition as the diff shows and compares them: texts as the act writes them.
import type { ActInfo, Destination, Duration, DurationAmount, ProcedureInfo, StepInfo, StandardRef } from '../emit/json/model.js';
import type { FieldChange, ItemChange } from './model.js';
import { wordChanges } from './words.js';

/** An item of the report, with nothing yet inside it. */
export const item = (status: ItemChange['status'], label: string, rest: Partial<ItemChange> = {}): ItemChange => ({ status, label, summary: null, from: null, to: null, fields: [], children: [], ...rest });

/** A changed field, or nothing when both versions say the same. */
export function field(name: string, before: string | null, after: string | null): FieldChange[] {
  if (before === after) return [];
  return [{ field: name, before, after, words: before !== null && after !== null ? wordChanges(before, after) : null }];
}

const UNITS: Record<DurationAmount['unit'], string> = {
  second: 's',
  minute: 'min',
  hour: 'h',
  'working-day': 'working days',
  'calendar-day': 'calendar days',
};

const BOUNDS: Record<DurationAmount['bound'], string> = { exact: '', 'at-most': '≤ ', within: 'within ' };

function amount(a: DurationAmount): string {
  const value = `${BOUNDS[a.bound]}${String(a.value).replace('.', ',')} ${UNITS[a.unit]}`;
  return [a.label ? `${a.label}: ${value}` : value, a.countsTowardTerm ? '' : ' (not in the term)'].join('');
}

function normalised(d: Duration): string {
  switch (d.kind) {
    case 'amount': return amount(d);
    case 'alternatives': return d.options.map(amount).join(' | ');
    case 'sequence': return d.parts.map((p) => (p.kind === 'amount' ? amount(p) : `(${p.options.map(amount).join(' | ')})`)).join(' + ');
  }
}

/**
 * A duration as written, with its reading in brackets: «отыз минуттан аспайды [≤ 30 min]». Two wordings of
 * the same length differ only in the words; a new length shows in the bracket too.
 */
export function durationText(d: Duration | null): string | null {
  return d === null ? null : `${d.written} [${normalised(d)}]`;
}

export function actText(a: ActInfo | null): string | null {
  if (a === null) return null;
  const registration = a.registration ? `, reg. № ${a.registration.number}${a.registration.date ? ` ${a.registration.date}` : ''}` : '';
  return `${a.body ? `${a.body} ` : ''}${a.kindWritten} № ${a.number}${a.dateWritten ? `, ${a.dateWritten}` : ''}${registration}`;
}

export function refsText(refs: StandardRef[]): string | null {
  return refs.length === 0 ? null : refs.map((r) => r.written).join('; ');
}

export function list(items: string[], separator = '; '): string | null {
  return items.length === 0 ? null : items.join(separator);
}

/** A step as the act numbers it, with its performer: «3) басшы», «2-іс-қимыл кеңсе». */
export function stepLabel(step: StepInfo): string {
  return `${step.label} ${step.performer}`;
}

/** Where a transition leads, by the label of the step rather than its id, which changes with numbering. */
function destination(to: Destination, procedure: ProcedureInfo): string {
  if (to.kind === 'end') return 'end';
  if (to.kind === 'refusal') return 'refusal';
  return procedure.steps.find((s) => s.id === to.step)?.label ?? to.step;
}

/**
 * The conditions of a step: «only if …» guards, «if … → …» branches and the «yes / no» outcomes of a
 * condition or decision. The plain hand-over to the next step is its order, not a condition.
 */
export function conditionsText(step: StepInfo, procedure: ProcedureInfo): string | null {
  const parts = [
    ...step.guards.map((g) => `only if «${g.condition}»${g.part ? ` (for «${g.part}»)` : ''}${g.otherwise ? `, otherwise → ${destination(g.otherwise, procedure)}` : ''}`),
    ...step.branches.map((b, i) => {
      const to = step.transitions.find((t) => t.on === 'branch' && t.branch === i);
      return `if «${b.condition}»: ${b.performer} «${b.action}»${to ? ` → ${destination(to.to, procedure)}` : ''}`;
    }),
    ...step.transitions.filter((t) => t.on === 'yes' || t.on === 'no').map((t) => `${t.on === 'yes' ? 'иә' : 'жоқ'} → ${destination(t.to, procedure)}`),
    ...step.decisions.map((d) => `decision: ${d.map((option) => option.join(' + ')).join(' or ')}`),
  ];
  return list(parts);
}
