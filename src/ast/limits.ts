// The AST stage's own limit: steps per procedure (the other limits are checked before parsing).
import { DiagnosticBag } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { LIMITS, limitArgs } from '../syntax/limits.js';
import type { RegulationFile } from './statements.js';

/** Steps per procedure, checked on the tree: diagrams and flow checks of thousands of steps are useless and slow. */
export function checkProcedureLimits(tree: RegulationFile, file: string): Diagnostic[] {
  const bag = new DiagnosticBag(file);
  for (const section of tree.sections) {
    for (const paragraph of section.paragraphs) {
      for (const statement of paragraph.statements) {
        if (statement.kind !== 'Procedure' || statement.steps.length <= LIMITS.stepsPerProcedure) continue;
        const what = { kk: `«${statement.name.name}» рәсіміндегі қадамдар саны`, en: `the number of steps in procedure «${statement.name.name}»` };
        bag.add('TRT1007', statement.steps[LIMITS.stepsPerProcedure]!.range, limitArgs(what, statement.steps.length, LIMITS.stepsPerProcedure, 'steps'));
      }
    }
  }
  return bag.items;
}
