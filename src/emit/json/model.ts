// The JSON output model: the shape of schema/tartip.schema.json as TypeScript types (never the AST).

export interface ProcessDefinition {
  $schema: string;
  formatVersion: 2;
  source: string;
  /** Null when the title block is not printed and the source gives no title. */
  title: string | null;
  /** The title block: null when printed. */
  notPrinted: NotPrinted;
  approval: ApprovalInfo | null;
  standard: StandardInfo | null;
  provider: { names: string[]; shortName: string | null };
  channels: { intake: Channel[]; issuance: Channel[] };
  forms: ServiceForm[];
  resultForms: ServiceForm[];
  documents: DocumentInfo[];
  results: ChannelResult[];
  delivery: DeliveryInfo[];
  basis: BasisInfo[];
  entities: EntityInfo[];
  abbreviations: { short: string; full: string }[];
  procedures: ProcedureInfo[];
  terms: { channel: string | null; duration: Duration }[];
  appendices: AppendixInfo[];
  sections: SectionInfo[];
  notes: string[];
  defects: DefectInfo[];
}

export interface ActInfo {
  kind: 'resolution' | 'order' | 'decision';
  kindWritten: string;
  number: string;
  date: string | null;
  dateWritten: string | null;
  body: string | null;
  title: string | null;
  registration: { number: string; date: string | null } | null;
}

/** Null when the part is printed; otherwise what the source says of its facts («басылмаған «…»»). */
export type NotPrinted = { note: string | null } | null;

export interface ApprovalInfo extends ActInfo {
  notPrinted: NotPrinted;
}

export interface BasisInfo extends TextWithRefs {
  /** Channel ids whose procedure it starts; empty for every channel. */
  channels: string[];
}

export interface StandardInfo extends ActInfo {
  name: string | null;
  shortName: string | null;
}

export interface Channel {
  entity: string;
  number: number | null;
  text: string | null;
}

export interface ServiceForm {
  form: 'electronic' | 'paper';
  automation: 'full' | 'partial' | null;
  written: string;
}

export interface StandardRef {
  part: 'item' | 'appendix';
  numbers: number[];
  written: string;
}

export interface DocumentInfo {
  id: string;
  role: 'document' | 'refusal';
  number: number | null;
  kind: 'document' | 'notification' | 'intermediate';
  text: string;
  shortName: string | null;
  standardRefs: StandardRef[];
  appendixRefs: (number | null)[];
}

export interface ChannelResult {
  channels: string[];
  alternatives: string[][];
  text: string | null;
}

export interface DeliveryInfo {
  /** Channel ids; empty for every channel. */
  channels: string[];
  means: ('personal-cabinet' | 'eds-signature' | 'signature' | 'seal' | 'paper' | 'in-person')[];
  text: string | null;
}

export interface TextWithRefs {
  text: string;
  standardRefs: StandardRef[];
  appendixRefs: (number | null)[];
}

export interface EntityInfo {
  id: string;
  kind: 'applicant' | 'provider' | 'organisation' | 'system' | 'participant';
  subkind: string;
  names: string[];
  shortName: string | null;
  parent: string | null;
  listPosition: number | null;
}

export interface DurationAmount {
  kind: 'amount';
  value: number;
  unit: 'second' | 'minute' | 'hour' | 'working-day' | 'calendar-day';
  bound: 'exact' | 'at-most' | 'within';
  countsTowardTerm: boolean;
  iso: string | null;
  anchor: 'day-received' | 'day-applied' | null;
  label: string | null;
  condition: string | null;
  note: string | null;
  numberWritten: 'digits' | 'words' | 'digits-and-words';
  written: string;
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

export type Destination = { kind: 'step'; step: string } | { kind: 'end' } | { kind: 'refusal' };

export interface TransitionInfo {
  on: 'done' | 'yes' | 'no' | 'branch' | 'skipped';
  branch: number | null;
  to: Destination;
}

export interface BranchInfo {
  condition: string;
  performer: string;
  action: string;
  short: string | null;
  duration: Duration | null;
  result: string | null;
  recipients: string[];
  standardRefs: StandardRef[];
  appendixRefs: (number | null)[];
  lane: string | null;
  /** The duration as the chart prints it («сызбадағы ұзақтығы»); absent: the body's words. */
  chartDuration?: string;
  /** The exit label the printed diamond gives the branch («иә →»); absent: Иә for a single branch. */
  exit?: 'yes' | 'no';
}

export interface GuardInfo {
  condition: string;
  /** The part of the action under the guard; null when the whole step is. */
  part: string | null;
  /** «әйтпесе → …»; null: the next step. */
  otherwise: Destination | null;
  /** The case's words stand in the action text itself. */
  inAction: boolean;
}

export interface StepInfo {
  id: string;
  position: number;
  label: string;
  number: number | null;
  systemLabel: { role: 'process' | 'condition'; number: number; label: string } | null;
  performer: string;
  action: string;
  short: string | null;
  duration: Duration | null;
  results: string[];
  recipients: string[];
  branches: BranchInfo[];
  consents: { performer: string | null; text: string }[];
  guards: GuardInfo[];
  notes: string[];
  /** Message routes, each a path of entity ids; routes of one `ағын` with «немесе» are alternatives. */
  flows: string[][];
  /** For each route in `flows`, the index of the `ағын` clause it comes from: equal indexes are alternatives. */
  flowGroups: number[];
  documents: string[];
  produces: string[];
  uses: string[];
  systems: string[];
  lane: string | null;
  declares: string[];
  decisions: string[][][];
  standardRefs: StandardRef[];
  appendixRefs: (number | null)[];
  transitions: TransitionInfo[];
  /** The duration as the chart prints it («сызбадағы ұзақтығы»); absent: the body's words. */
  chartDuration?: string;
  /** The question printed in the step's decision diamond («сұрақ»). */
  question?: string;
}

export interface ProcedureInfo {
  id: string;
  kind: 'units' | 'information-system';
  channel: string;
  paragraph: number | null;
  condition: string | null;
  heading: string | null;
  steps: StepInfo[];
  /** The total term the act states for the channel, against the steps' sum on the longest path; absent when it states none. */
  term?: ProcedureTerm;
}

export interface ProcedureTerm {
  duration: Duration;
  /** The sum along the longest path, per unit family, without what «мерзіміне кірмейді». */
  steps: { seconds: number; calendarDays: number; workingDays: number };
  path: string[];
  /** Null when the term mixes unit families and cannot be compared. */
  withinTerm: boolean | null;
}

export interface ChartInfo {
  procedure: string;
  caption: string | null;
  lanes: string[];
  /** Where the chart prints durations: in the box (the default) or as a label beside it. */
  durations?: 'inside' | 'beside';
  /** What a box prints: its text (the default) or only its «N-процесс» / «N-шарт» label. */
  boxes?: 'text' | 'label';
  /** The words a diamond's «иә» / «жоқ» exits print, as the act prints them (absent: «Иә» / «Жоқ»). */
  answers?: { yes: string; no: string };
}

export interface AppendixInfo {
  number: number | null;
  kind: 'handbook' | 'is-diagram';
  caption: string;
  legend: string | null;
  /** The appendix mark as the act prints it: «1-қосымша», «1 қосымша», «қосымша». */
  mark?: string;
  charts: ChartInfo[];
  notes: string[];
  notPrinted: NotPrinted;
}

export type ParagraphItem =
  | { kind: 'text'; text: string; standardRefs: StandardRef[]; appendixRefs: (number | null)[] }
  | { kind: 'note'; text: string }
  | { kind: 'procedure'; procedure: string }
  | { kind: 'repeat'; procedure: string }
  | { kind: 'step-result'; procedure: string; step: string; text: string }
  | { kind: 'declaration'; what: string; ids: string[]; lead: string | null };

export interface SectionInfo {
  number: number | null;
  title: string | null;
  paragraphs: { number: number | null; lead: string | null; items: ParagraphItem[] }[];
}

export interface DefectInfo {
  text: string;
  paragraph: number | null;
  step: string | null;
  /** The appendix the defect is in (its number; null for an unnumbered one), when it is in an appendix. */
  appendix: { number: number | null } | null;
  /** The findings it explains (codes); empty for a plain note. */
  codes: string[];
}
