// The source limits applied to a definition read from JSON: a hand-made 2 000-step procedure is refused as its source would be, not drawn for minutes.
import { LIMITS, limitArgs } from '../syntax/limits.js';
import type { ProcessDefinition } from '../emit/json/model.js';
import type { DefinitionProblem } from './problems.js';

/** Steps per procedure (TRT1007 at the first step past the limit), and no string longer than a source's text may be. */
export function checkLimits(definition: ProcessDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  definition.procedures.forEach((procedure, p) => {
    if (procedure.steps.length <= LIMITS.stepsPerProcedure) return;
    const what = { kk: `«${procedure.id}» рәсіміндегі қадамдар саны`, en: `the number of steps in procedure «${procedure.id}»` };
    problems.push({ pointer: `/procedures/${p}/steps/${LIMITS.stepsPerProcedure}`, code: 'TRT1007', args: limitArgs(what, procedure.steps.length, LIMITS.stepsPerProcedure, 'steps') });
  });
  // Iterative: the schema has bounded the depth already, but a walk of its own must not trust that.
  const pending: [unknown, string][] = [[definition, '']];
  while (pending.length > 0 && problems.length < 100) {
    const [value, pointer] = pending.pop()!;
    if (typeof value === 'string') {
      if (value.length > LIMITS.textCharacters) {
        const what = { kk: 'мәтін ұзындығы', en: 'text length' };
        problems.push({ pointer, code: 'TRT1007', args: limitArgs(what, value.length, LIMITS.textCharacters, 'characters') });
      }
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) pending.push([value[i], `${pointer}/${i}`]);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value).reverse()) pending.push([child, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`]);
    }
  }
  return problems;
}
