// Builds procedures and their steps from the concrete syntax tree.
import type { CstNode } from 'chevrotain';
import type { Range } from '../diagnostics/types.js';
import { Reader, child, nodes, token, tokens } from './cst-reader.js';
import { buildAnnotations, buildDefect, buildDuration, buildEntityRef, buildOutcome, buildTarget } from './build-common.js';
import type { Branch, Procedure, Step, StepLabel, SystemLabel } from './nodes.js';

function buildLabel(r: Reader, node: CstNode | undefined, fallback: Range): StepLabel {
  const range = r.nodeRange(node, fallback);
  const num = token(node, 'NumberLiteral');
  const number = num ? r.int(num) : null;
  if (token(node, 'Star')) return { style: 'bullet', number: null, written: '*', range };
  if (token(node, 'Action')) return { style: 'action', number, written: `${number}-${token(node, 'Action')!.image}`, range };
  return { style: 'paren', number, written: `${number})`, range };
}

function buildSystemLabel(r: Reader, node: CstNode | undefined): SystemLabel | undefined {
  if (!node) return undefined;
  const num = token(node, 'NumberLiteral');
  const word = token(node, 'Process') ?? token(node, 'Condition');
  const number = num ? r.int(num) : Number.NaN;
  return {
    role: token(node, 'Condition') ? 'condition' : 'process',
    number,
    written: `${num?.image ?? '?'}-${word?.image ?? ''}`,
    range: r.nodeRange(node),
  };
}

function buildBranch(r: Reader, node: CstNode): Branch {
  const range = r.nodeRange(node);
  const texts = tokens(node, 'Text');
  const durations = nodes(node, 'durationClause');
  const results = nodes(node, 'resultClause');
  const shorts = nodes(node, 'shortClause');
  const chartDurations = nodes(node, 'chartDurationClause');
  const performer = child(node, 'entityRef');
  const exitToken = token(node, 'Yes') ?? token(node, 'No');
  return {
    kind: 'Branch',
    condition: r.text(texts[0], range),
    performer: performer ? buildEntityRef(r, performer, range) : undefined,
    action: r.text(texts[1], range),
    duration: durations[0] ? buildDuration(r, child(durations[0], 'durationExpr'), range) : undefined,
    result: results[0] ? r.text(token(results[0], 'Text'), range) : undefined,
    short: shorts[0] ? r.text(token(shorts[0], 'Text'), range) : undefined,
    chartDuration: chartDurations[0] ? r.text(token(chartDurations[0], 'Text'), range) : undefined,
    recipients: nodes(node, 'recipientClause').flatMap((c) => nodes(c, 'entityRef').map((e) => buildEntityRef(r, e, range))),
    annotations: buildAnnotations(r, nodes(node, 'annotation')),
    lane: nodes(node, 'laneClause').map((c) => buildEntityRef(r, child(c, 'entityRef'), range))[0],
    exit: exitToken ? { outcome: token(node, 'Yes') ? 'yes' : 'no', range: r.tokenRange(exitToken) } : undefined,
    target: buildTarget(r, child(node, 'target'), range),
    range,
  };
}

/** A step as its head line gives it; clauses are added by `applyStepClause` as they follow. */
export function buildStep(r: Reader, node: CstNode): Step {
  const range = r.nodeRange(node);
  return {
    kind: 'Step',
    label: buildLabel(r, child(node, 'stepLabel'), range),
    systemLabel: buildSystemLabel(r, child(node, 'systemLabel')),
    performer: buildEntityRef(r, child(node, 'entityRef'), range),
    action: r.text(token(node, 'Text'), range),
    durations: [],
    results: [],
    shorts: [],
    chartDurations: [],
    questions: [],
    recipients: [],
    branches: [],
    consents: [],
    notes: [],
    defects: [],
    guards: [],
    otherwise: [],
    outcomes: [],
    gotos: [],
    makes: [],
    uses: [],
    systems: [],
    lanes: [],
    declarations: [],
    flows: [],
    documents: [],
    decisions: [],
    annotations: [],
    range,
  };
}

/** Names of the grammar rules that are step clauses. */
export const STEP_CLAUSES = new Set([
  'durationClause', 'resultClause', 'shortClause', 'chartDurationClause', 'questionClause', 'recipientClause', 'branch', 'consentClause', 'noteClause',
  'defectClause', 'guardClause', 'outcomeClause', 'gotoClause', 'flowClause', 'documentClause', 'decisionClause',
  'annotation', 'otherwiseClause', 'makesClause', 'usesClause', 'stepSystemsClause', 'laneClause',
]);

/** Adds one clause to the step it follows, and widens the step's range to cover it. */
export function applyStepClause(r: Reader, step: Step, name: string, c: CstNode): void {
  const cRange = r.nodeRange(c, step.range);
  const text = () => r.text(token(c, 'Text'), cRange);
  switch (name) {
    case 'durationClause': step.durations.push(buildDuration(r, child(c, 'durationExpr'), cRange)); break;
    case 'resultClause': step.results.push(text()); break;
    case 'shortClause': step.shorts.push(text()); break;
    case 'chartDurationClause': step.chartDurations.push(text()); break;
    case 'questionClause': step.questions.push(text()); break;
    case 'recipientClause': step.recipients.push(...nodes(c, 'entityRef').map((e) => buildEntityRef(r, e, cRange))); break;
    case 'branch': step.branches.push(buildBranch(r, c)); break;
    case 'consentClause': {
      const who = child(c, 'entityRef');
      step.consents.push({ performer: who ? buildEntityRef(r, who, cRange) : undefined, text: text(), range: cRange });
      break;
    }
    case 'noteClause': step.notes.push(text()); break;
    case 'defectClause': step.defects.push(buildDefect(r, c, cRange)); break;
    case 'guardClause': {
      const texts = tokens(c, 'Text');
      step.guards.push({ text: r.text(texts[0], cRange), part: texts[1] ? r.text(texts[1], cRange) : undefined, range: cRange });
      break;
    }
    case 'otherwiseClause': step.otherwise.push({ target: buildTarget(r, child(c, 'target'), cRange), range: cRange }); break;
    case 'makesClause': step.makes.push(...tokens(child(c, 'nameList'), 'AnyName').map((t) => r.name(t, cRange))); break;
    case 'usesClause': step.uses.push(...tokens(child(c, 'nameList'), 'AnyName').map((t) => r.name(t, cRange))); break;
    case 'stepSystemsClause': step.systems.push(...nodes(c, 'entityRef').map((e) => buildEntityRef(r, e, cRange))); break;
    case 'laneClause': step.lanes.push(buildEntityRef(r, child(c, 'entityRef'), cRange)); break;
    case 'outcomeClause':
      step.outcomes.push({ outcome: token(c, 'Yes') ? 'yes' : 'no', target: buildTarget(r, child(c, 'target'), cRange), range: cRange });
      break;
    case 'gotoClause': step.gotos.push({ target: buildTarget(r, child(c, 'target'), cRange), range: cRange }); break;
    case 'flowClause':
      step.flows.push({
        hops: nodes(c, 'flowHop').map((hop) => nodes(hop, 'entityRef').map((e) => buildEntityRef(r, e, cRange))),
        range: cRange,
      });
      break;
    case 'documentClause': step.documents.push(text()); break;
    case 'decisionClause': step.decisions.push(buildOutcome(r, child(c, 'outcomeExpr'), cRange)); break;
    case 'annotation': step.annotations.push(...buildAnnotations(r, [c])); break;
  }
  if (cRange.end.offset > step.range.end.offset) step.range = { start: step.range.start, end: cRange.end };
}

export function buildProcedure(r: Reader, node: CstNode): Procedure {
  const range = r.nodeRange(node);
  const texts = tokens(node, 'Text');
  const hasCondition = token(node, 'If') !== undefined;
  return {
    kind: 'Procedure',
    name: r.name(token(node, 'AnyName'), range),
    channel: buildEntityRef(r, child(node, 'entityRef'), range),
    condition: hasCondition ? r.text(texts[0], range) : undefined,
    heading: hasCondition ? (texts[1] ? r.text(texts[1], range) : undefined) : texts[0] ? r.text(texts[0], range) : undefined,
    steps: [],
    range,
  };
}
