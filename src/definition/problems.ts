// A problem found in a process definition read back from JSON, at a JSON pointer: the reader turns it into a diagnostic at the real line and column.
import type { MessageArgs } from '../diagnostics/types.js';

export interface DefinitionProblem {
  /** RFC 6901 pointer to the offending value («/appendices/0/charts/1/procedure»). */
  pointer: string;
  /** TRT9010 for a dangling reference, TRT1007 for a limit. */
  code: string;
  args: MessageArgs;
}
