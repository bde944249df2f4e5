// The checks stage, run right after binding: the legal and domain checks over the bound model.
import { DiagnosticBag } from '../../diagnostics/create.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { LineMap } from '../../text/line-map.js';
import type { Model } from '../model.js';
import { checkChannelDecisions, checkChannels } from './channels.js';
import { checkClauses } from './clauses.js';
import { checkCompleteness } from './completeness.js';
import { checkSequences } from './sequences.js';
import { acknowledgeDefects, reportDefects } from './defects.js';
import { checkFlow } from './flow.js';
import { checkLanes } from './lanes.js';
import { checkCharts } from './charts.js';
import { checkNumbering } from './numbering.js';
import { checkTerms } from './term.js';
import { checkUnused } from './unused.js';

/**
 * Runs every check and returns the binder's diagnostics together with the checks' own, with the findings
 * that a recorded `ақау:` explains turned into info. Pure: never throws for bad input.
 */
export function check(model: Model, lines: LineMap, fileName: string, bound: Diagnostic[]): Diagnostic[] {
  const bag = new DiagnosticBag(fileName);
  checkUnused(model, bag);
  checkNumbering(model.file, lines, bag);
  checkFlow(model, bag);
  checkTerms(model, bag);
  checkChannels(model, bag);
  checkChannelDecisions(model, bag);
  checkClauses(model, bag);
  checkCompleteness(model, bag);
  checkSequences(model, bag);
  checkLanes(model, bag);
  checkCharts(model, bag);
  reportDefects(model.file, bag);
  const findings = [...bound, ...bag.items];
  const before = bag.items.length;
  const acknowledged = acknowledgeDefects(model.file, findings, bag);
  // What the records themselves got wrong (an unknown code, a code that explains nothing) comes last.
  return [...acknowledged, ...bag.items.slice(before)];
}
