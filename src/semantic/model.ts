// The bound model of a regulation: every name resolved, every duration normalised. Checks and emitters read it.
import type { Range } from '../diagnostics/types.js';
import type { Procedure as ProcedureNode, Step as StepNode, TextLit } from '../ast/nodes.js';
import type { RegulationFile } from '../ast/statements.js';
import type { Unit } from './vocabulary.js';

export type EntityKind = 'applicant' | 'provider' | 'organisation' | 'system' | 'participant';

export interface Entity {
  id: string;
  kind: EntityKind;
  /** Kind detail: «state-corporation», «portal», «unit», «representative» … */
  subkind: string;
  /** The full official names, verbatim (the provider may have several). */
  names: string[];
  shortName: string | undefined;
  parent: string | undefined;
  /** Position in the act's list of participants (§3), for lane order. */
  listPosition: number | undefined;
  range: Range | undefined;
  used: boolean;
}

export type Bound = 'exact' | 'at-most' | 'within';

export interface DurationAmount {
  kind: 'amount';
  value: number;
  unit: Unit;
  bound: Bound;
  countsTowardTerm: boolean;
  anchor: 'day-received' | 'day-applied' | null;
  label: string | null;
  condition: string | null;
  note: string | null;
  numberWritten: 'digits' | 'words' | 'digits-and-words';
  written: string;
  range: Range;
}

export interface DurationAlternatives {
  kind: 'alternatives';
  options: DurationAmount[];
  written: string;
}

export interface DurationSequence {
  kind: 'sequence';
  parts: (DurationAmount | DurationAlternatives)[];
  written: string;
}

export type Duration = DurationAmount | DurationAlternatives | DurationSequence;

export interface DocumentSymbol {
  id: string;
  role: 'document' | 'refusal';
  number: number | null;
  kind: 'document' | 'notification' | 'intermediate';
  text: string;
  shortName: string | undefined;
  range: Range;
  used: boolean;
}

export interface Abbreviation {
  short: string;
  full: string;
  range: Range;
  used: boolean;
}

/** Where a path from a step goes. */
export type Destination = { kind: 'step'; index: number } | { kind: 'end' } | { kind: 'refusal' };

export interface Transition {
  on: 'done' | 'yes' | 'no' | 'branch' | 'skipped';
  branch: number | null;
  to: Destination;
}

export interface BoundStep {
  node: StepNode;
  index: number;
  duration: Duration | undefined;
  branchDurations: (Duration | undefined)[];
  transitions: Transition[];
}

export interface BoundProcedure {
  node: ProcedureNode;
  id: string;
  channel: string;
  steps: BoundStep[];
  /** The paragraph number the procedure stands in. */
  paragraph: number;
  /** Step results stated in other paragraphs (the seed act's §2 p.6). */
  externalResults: Map<number, TextLit[]>;
}

export interface Model {
  file: RegulationFile;
  entities: Map<string, Entity>;
  documents: Map<string, DocumentSymbol>;
  abbreviations: Map<string, Abbreviation>;
  procedures: Map<string, BoundProcedure>;
  termDurations: { channel: string | undefined; duration: Duration | undefined; range: Range }[];
}
