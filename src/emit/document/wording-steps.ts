// The act's sentences for a procedure's steps: label, performer, action, the case it applies in, duration and result.
import type { Branch, DurationExpr, Step, StepRef } from '../../ast/nodes.js';
import type { Procedure } from '../../ast/nodes.js';
import type { StepResultStmt } from '../../ast/statements.js';
import { capitalise, inflect } from './kazakh.js';
import { piece, type Piece, type Wording } from './context.js';
import { sentence } from './wording-statements.js';

/** A duration as the act writes it: «30 (отыз) минут», «бес минуттан аспайды». */
export function durationWritten(d: DurationExpr): string {
  return d.parts.map((alts) => alts.map((t) => t.written).join(' немесе ')).join('; ');
}

/**
 * The duration clause: the acts that give durations in digits say «Орындалу ұзақтығы – 30 (отыз) минут»,
 * the ones in words put them in brackets after the action («(бес минуттан аспайды)»).
 */
function durationClause(durations: DurationExpr[]): { inline: string; after: string } {
  if (durations.length === 0) return { inline: '', after: '' };
  const written = durations.map(durationWritten).join('; ');
  return /\d/.test(written) ? { inline: '', after: ` Орындалу ұзақтығы – ${written}` } : { inline: ` (${written})`, after: '' };
}

function performerWords(w: Wording, step: Step): string {
  if (step.systemLabel || w.isSystem(step.performer.name)) return '';
  return `${w.entityName(step.performer.name)} `;
}

/** «… жағдайда, performer action (duration). Рәсімнің (іс-қимылдың) нәтижесі: …», without the closing mark. */
function branchText(w: Wording, b: Branch): string {
  const d = durationClause(b.duration ? [b.duration] : []);
  const result = b.result ? `. Рәсімнің (іс-қимылдың) нәтижесі: ${b.result.value}` : '';
  const action = b.performer ? `, ${w.entityName(b.performer.name)} ${b.action.value}` : ` ${b.action.value}`;
  return `${b.condition.value} жағдайда${action}${d.inline}${d.after ? `.${d.after}` : ''}${result}`;
}

/** Label as printed before the step: «1-іс-қимыл –», «2)», «1-процесс –»; `restated` numbers a restatement «1)». */
function label(step: Step, position: number, restated: boolean): string {
  if (restated) return `${position})`;
  const own = step.label.style === 'action' ? `${step.label.written} –` : step.label.style === 'paren' ? step.label.written : '–';
  return step.systemLabel ? `${own} ${step.systemLabel.written} –` : own;
}

/** The sentence of one step, ending in «;» (or «.» for the last of its procedure). */
export function stepText(w: Wording, step: Step, position: number, last: boolean, restated = false): string {
  const d = durationClause(step.durations);
  const guards = step.guards.filter((g) => !g.part).map((g) => ` (${g.text.value})`).join('');
  const branches = restated ? [] : step.branches;
  // The step's own duration closes its cases: «… қолхат береді (он бес минуттан аспайды).»
  const body = branches.length > 0
    ? `${performerWords(w, step)}${step.action.value}${guards}, ${branches.map((b) => branchText(w, b)).join('; ')}`
    : `${performerWords(w, step)}${step.action.value}${guards}`;
  const parts = [`${body}${d.inline}.${d.after}`];
  if (!restated) for (const r of step.results) parts.push(`Рәсімнің (іс-қимылдың) нәтижесі: ${r.value}.`);
  if (!restated) for (const c of step.consents) parts.push(sentence(`${c.performer ? `${capitalise(w.entityName(c.performer.name))} ` : ''}${c.text.value}`));
  const text = `${label(step, position, restated)} ${parts.join(' ')}`.replace(/[.;]\s*$/, '');
  return `${text}${last ? '.' : ';'}`;
}

function stepId(step: Step, position: number): string {
  return step.label.number !== null ? String(step.label.number) : String(position);
}

export function procedurePieces(w: Wording, procedure: Procedure, restated = false): Piece[] {
  const pieces: Piece[] = [];
  if (procedure.heading && !restated) pieces.push(piece(sentence(procedure.heading.value, ':')));
  procedure.steps.forEach((step, k) => {
    const position = k + 1;
    pieces.push(piece(stepText(w, step, position, k === procedure.steps.length - 1, restated), {
      sub: true, number: restated ? position : step.label.number, step: { procedure: procedure.name.name, step: stepId(step, position) },
    }));
  });
  return pieces;
}

function refWritten(ref: StepRef): string {
  return ref.written;
}

/**
 * «Осы Регламенттің 5-тармағында көрсетілген 1-іс-қимыл нәтижесі … болып табылады, ол осы Регламенттің
 * 5-тармағында көрсетілген 2-іс-қимылды орындауды бастау үшін негіз болады.»
 */
export function stepResultText(paragraph: number | null, s: StepResultStmt): string {
  const where = paragraph !== null ? `Осы Регламенттің ${paragraph}-тармағында көрсетілген ` : '';
  const head = `${where}${refWritten(s.step)} нәтижесі ${s.text.value} болып табылады`;
  const t = s.target;
  if (t && t.kind === 'StepRef') return `${head}, ол ${where ? where.replace('Осы', 'осы') : ''}${inflect(refWritten(t), 'accusative')} орындауды бастау үшін негіз болады.`;
  return `${head}.`;
}
