// The procedures of two versions of an act, matched by name or channel, and their steps by what they say.
import type { ProcedureInfo, StepInfo } from '../emit/json/model.js';
import { alignOrdered, pairByKey } from './align.js';
import { conditionsText, durationText, field, item, list, refsText, stepLabel } from './fields.js';
import type { FieldChange, ItemChange } from './model.js';
import { similarity } from './words.js';

/** Steps at least this alike are one step reworded; below it, one was removed and another added. */
const STEP_THRESHOLD = 0.55;

/**
 * Names of the old version's participants as the new one calls them (a participant renamed, «қызметкер» →
 * «орындаушы», is the same lane); the others keep their names.
 */
export type Renames = ReadonlyMap<string, string>;

/** A step is mostly what it does; the same performer weighs in, since renumbering keeps the lane. */
function stepScorer(renames: Renames): (a: StepInfo, b: StepInfo) => number {
  return (a, b) => 0.7 * similarity(a.action, b.action) + 0.3 * ((renames.get(a.performer) ?? a.performer) === b.performer ? 1 : 0);
}

function stepSummary(step: StepInfo, procedure: ProcedureInfo): string {
  const duration = durationText(step.duration);
  const conditions = conditionsText(step, procedure);
  return [`«${step.action}»`, duration ? `duration ${duration}` : '', conditions ? `conditions: ${conditions}` : ''].filter((s) => s !== '').join('; ');
}

function stepFields(a: StepInfo, b: StepInfo, pa: ProcedureInfo, pb: ProcedureInfo): FieldChange[] {
  return [
    ...field('number', a.label, b.label),
    ...field('performer', a.performer, b.performer),
    ...field('action', a.action, b.action),
    ...field('duration', durationText(a.duration), durationText(b.duration)),
    ...field('results', list(a.results), list(b.results)),
    ...field('conditions', conditionsText(a, pa), conditionsText(b, pb)),
    ...field('recipients', list(a.recipients), list(b.recipients)),
    ...field('consents', list(a.consents.map((c) => c.text)), list(b.consents.map((c) => c.text))),
    ...field('documents', list(a.documents), list(b.documents)),
    ...field('produces', list(a.produces), list(b.produces)),
    ...field('uses', list(a.uses), list(b.uses)),
    ...field('systems', list(a.systems), list(b.systems)),
    ...field('flows', list(a.flows.map((f) => f.join(' → '))), list(b.flows.map((f) => f.join(' → ')))),
    ...field('standardRefs', refsText(a.standardRefs), refsText(b.standardRefs)),
  ];
}

/**
 * The steps of one procedure in both versions. A step whose number changed only because steps were added
 * or removed before it is not reported: its number is the consequence, not the change.
 */
export function diffSteps(pa: ProcedureInfo, pb: ProcedureInfo, renames: Renames): ItemChange[] {
  const { pairs, removed, added } = alignOrdered(pa.steps, pb.steps, stepScorer(renames), STEP_THRESHOLD);
  const changes: { at: number; change: ItemChange }[] = [];
  for (const pair of pairs) {
    const fields = stepFields(pair.before, pair.after, pa, pb).filter((f) => pair.moved || f.field !== 'number' || renumberedAlone(pair.before, pair.after));
    if (!pair.moved && fields.length === 0) continue;
    const status = pair.moved ? 'moved' : 'changed';
    changes.push({ at: pair.to, change: item(status, stepLabel(pair.after), { from: pair.from + 1, to: pair.to + 1, fields }) });
  }
  for (const { item: step, to } of added) changes.push({ at: to, change: item('added', stepLabel(step), { to: to + 1, summary: stepSummary(step, pb) }) });
  for (const { item: step, from } of removed) {
    // A removed step is shown where it stood: before the step that now holds its place.
    changes.push({ at: from - 0.5, change: item('removed', stepLabel(step), { from: from + 1, summary: stepSummary(step, pa) }) });
  }
  return changes.sort((x, y) => x.at - y.at).map((c) => c.change);
}

/** A number that differs though the step kept its place: the act's numbering style changed («1-іс-қимыл» → «1)»). */
function renumberedAlone(a: StepInfo, b: StepInfo): boolean {
  return a.position === b.position;
}

function procedureLabel(p: ProcedureInfo): string {
  return `${p.id} (${p.channel}${p.paragraph === null ? '' : `, § ${p.paragraph}`})`;
}

/** Procedures by name, else by the channel and kind they describe (a renamed procedure of the same channel). */
export function diffProcedures(before: ProcedureInfo[], after: ProcedureInfo[], renames: Renames): ItemChange[] {
  const score = (a: ProcedureInfo, b: ProcedureInfo) => (a.channel === b.channel ? (a.kind === b.kind ? 1 : 0.6) : 0);
  const { pairs, removed, added } = pairByKey(before, after, (p) => p.id, score, 0.6);
  const changes: ItemChange[] = [];
  for (const { before: pa, after: pb } of pairs) {
    const fields = [
      ...field('name', pa.id, pb.id),
      ...field('kind', pa.kind, pb.kind),
      ...field('channel', pa.channel, pb.channel),
      ...field('paragraph', pa.paragraph === null ? null : String(pa.paragraph), pb.paragraph === null ? null : String(pb.paragraph)),
      ...field('heading', pa.heading, pb.heading),
      ...field('condition', pa.condition, pb.condition),
    ];
    const children = diffSteps(pa, pb, renames);
    if (fields.length > 0 || children.length > 0) changes.push(item('changed', procedureLabel(pb), { fields, children }));
  }
  for (const { item: p } of added) changes.push(item('added', procedureLabel(p), { summary: `${p.steps.length} steps`, children: p.steps.map((s, i) => item('added', stepLabel(s), { to: i + 1, summary: stepSummary(s, p) })) }));
  for (const { item: p } of removed) changes.push(item('removed', procedureLabel(p), { summary: `${p.steps.length} steps` }));
  return changes;
}
