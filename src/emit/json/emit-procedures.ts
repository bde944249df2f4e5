// JSON emission of procedures, steps, transitions and durations.
import type { RefTarget } from '../../ast/nodes.js';
import type { Statement } from '../../ast/statements.js';
import { textContains } from '../../text/compare.js';
import type * as M from '../../semantic/model.js';
import { isoDuration } from '../../semantic/durations.js';
import type { ProcedureTerm } from '../../semantic/checks/term.js';
import type * as J from './model.js';

export function standardRefs(targets: RefTarget[]): J.StandardRef[] {
  return targets.flatMap((t) => (t.kind === 'StandardRef' ? [{ part: t.part, numbers: t.numbers, written: t.written }] : []));
}

/** References to this regulation's own appendices: their numbers, null for a single unnumbered «қосымша». */
export function appendixRefs(targets: RefTarget[]): (number | null)[] {
  return targets.flatMap((t) => (t.kind === 'AppendixRef' ? [t.number] : []));
}

function amount(a: M.DurationAmount): J.DurationAmount {
  return {
    kind: 'amount',
    value: a.value,
    unit: a.unit,
    bound: a.bound,
    countsTowardTerm: a.countsTowardTerm,
    iso: isoDuration(a.value, a.unit),
    anchor: a.anchor,
    label: a.label,
    condition: a.condition,
    note: a.note,
    numberWritten: a.numberWritten,
    written: a.written,
  };
}

export function duration(d: M.Duration | undefined): J.Duration | null {
  if (!d) return null;
  switch (d.kind) {
    case 'amount': return amount(d);
    case 'alternatives': return { kind: 'alternatives', options: d.options.map(amount), written: d.written };
    case 'sequence':
      return {
        kind: 'sequence',
        parts: d.parts.map((p) => (p.kind === 'amount' ? amount(p) : { kind: 'alternatives', options: p.options.map(amount), written: p.written })),
        written: d.written,
      };
  }
}

/** Every route through hops with alternatives: [[a], [b, c], [d]] → [a, b, d], [a, c, d]. */
function routes(hops: string[][]): string[][] {
  return hops.reduce<string[][]>((paths, hop) => paths.flatMap((path) => hop.map((system) => [...path, system])), [[]]);
}

/** The names a declaration statement declares. */
export function declaredIds(s: Statement): string[] {
  switch (s.kind) {
    case 'Organisation': case 'System': case 'Participant': case 'DocumentDecl': return [s.name.name];
    case 'Abbreviation': return [s.short];
    case 'Provider': return ['беруші'];
    case 'Delivery': return s.channels.map((c) => c.name);
    case 'ServiceResult': return s.channels.map((c) => c.name);
    case 'Term': return s.channel ? [s.channel.name] : [];
    case 'Basis': return s.channels.map((c) => c.name);
    default: return [];
  }
}

export function stepId(procedure: string, index: number): string {
  return `${procedure}#${index + 1}`;
}

function destination(procedure: string, to: M.Destination): J.Destination {
  return to.kind === 'step' ? { kind: 'step', step: stepId(procedure, to.index) } : { kind: to.kind };
}

function step(procedure: M.BoundProcedure, s: M.BoundStep, refusal: string): J.StepInfo {
  const n = s.node;
  const external = procedure.externalResults.get(s.index) ?? [];
  return {
    id: stepId(procedure.id, s.index),
    position: s.index + 1,
    label: n.label.written,
    number: n.label.number,
    systemLabel: n.systemLabel ? { role: n.systemLabel.role, number: n.systemLabel.number, label: n.systemLabel.written } : null,
    performer: n.performer.name,
    action: n.action.value,
    short: n.shorts[0]?.value ?? null,
    duration: duration(s.duration),
    results: [...n.results, ...external].map((t) => t.value),
    recipients: n.recipients.map((r) => r.name),
    branches: n.branches.map((b, i) => ({
      condition: b.condition.value,
      performer: b.performer?.name ?? n.performer.name,
      action: b.action.value,
      short: b.short?.value ?? null,
      duration: duration(s.branchDurations[i]),
      result: b.result?.value ?? null,
      recipients: b.recipients.map((r) => r.name),
      standardRefs: standardRefs(b.annotations),
      appendixRefs: appendixRefs(b.annotations),
      lane: b.lane?.name ?? null,
      ...(b.chartDuration ? { chartDuration: b.chartDuration.value } : {}),
      ...(b.exit ? { exit: b.exit.outcome } : {}),
    })),
    consents: n.consents.map((c) => ({ performer: c.performer?.name ?? null, text: c.text.value })),
    guards: n.guards.map((g) => {
      const skipped = g.part ? undefined : s.transitions.find((t) => t.on === 'skipped');
      return {
        condition: g.text.value,
        part: g.part?.value ?? null,
        otherwise: skipped && n.otherwise.length > 0 ? destination(procedure.id, skipped.to) : null,
        inAction: textContains(n.action.value, g.text.value),
      };
    }),
    notes: n.notes.map((t) => t.value),
    flows: n.flows.flatMap((f) => routes(f.hops.map((hop) => hop.map((e) => e.name)))),
    flowGroups: n.flows.flatMap((f, i) => routes(f.hops.map((hop) => hop.map((e) => e.name))).map(() => i)),
    documents: n.documents.map((t) => t.value),
    produces: n.makes.map((d) => d.name),
    uses: n.uses.map((d) => d.name),
    systems: n.systems.map((e) => e.name),
    lane: n.lanes[0]?.name ?? null,
    declares: n.declarations.flatMap(declaredIds),
    decisions: n.decisions.map((d) => d.alternatives.map((bundle) => bundle.map((a) => (a.kind === 'Name' ? a.name : refusal)))),
    standardRefs: standardRefs(n.annotations),
    appendixRefs: appendixRefs(n.annotations),
    transitions: s.transitions.map((t) => ({ on: t.on, branch: t.branch, to: destination(procedure.id, t.to) })),
    ...(n.chartDurations[0] ? { chartDuration: n.chartDurations[0].value } : {}),
    ...(n.questions[0] ? { question: n.questions[0].value } : {}),
  };
}

/** `refusal` names the declared refusal, which the bare keyword «бас тарту» stands for in decisions. */
export function procedureInfo(p: M.BoundProcedure, refusal: string, term?: ProcedureTerm): J.ProcedureInfo {
  const isSystem = p.node.steps.some((s) => s.systemLabel !== undefined);
  const stated = term ? duration(term.term.duration) : null;
  return {
    id: p.id,
    kind: isSystem ? 'information-system' : 'units',
    channel: p.channel,
    paragraph: Number.isNaN(p.paragraph) ? null : p.paragraph,
    condition: p.node.condition?.value ?? null,
    heading: p.node.heading?.value ?? null,
    steps: p.steps.map((s) => step(p, s, refusal)),
    ...(term && stated ? {
      term: {
        duration: stated,
        steps: { ...term.path.figures },
        path: term.path.steps.map((i) => stepId(p.id, i)),
        withinTerm: term.within ?? null,
      },
    } : {}),
  };
}
