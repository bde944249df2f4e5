// The process variables that resolve a gateway: one flag per choice, scoped by process, for bpmn-engine and JUEL.

/** The flag of one choice at a step: «s3_no», «s2_case1», «s1_skip». */
export function choiceKey(position: number, choice: 'no' | 'skip' | { case: number }): string {
  return typeof choice === 'string' ? `s${position}_${choice}` : `s${position}_case${choice.case + 1}`;
}

/** `${environment.variables.Process_1.s3_no}`: true when the choice is taken; unset flags leave the default flow. */
export function conditionOf(process: string, key: string): string {
  return `\${environment.variables.${process}.${key}}`;
}
