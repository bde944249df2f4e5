// The typed syntax tree: hand-written interfaces, a union on `kind`, every node with its source range.
import type { Range } from '../diagnostics/types.js';
import type { Statement } from './statements.js';

interface Node {
  range: Range;
}

/** A text literal with whitespace collapsed, exactly as the act words it. */
export interface TextLit extends Node {
  kind: 'Text';
  value: string;
  /** False when the closing quote is missing (already reported by the lexer). */
  closed: boolean;
}

export interface Name extends Node {
  kind: 'Name';
  /** NFC-normalised spelling. */
  name: string;
}

/** A reference to an entity: a declared name, or the built-in «беруші» / «алушы». */
export interface EntityRef extends Node {
  kind: 'EntityRef';
  name: string;
  builtin: 'provider' | 'applicant' | null;
}

/** Words to be read against the vocabulary (kinds, units, forms). */
export interface Words extends Node {
  kind: 'Words';
  words: string[];
  /** Each word's own range, so a finding can point at the very word. */
  wordRanges: Range[];
}

/** The range of words[from..to) of a word list (the whole list's range when it has no words there). */
export function wordsRange(words: Words, from: number, to = words.words.length): Range {
  const first = words.wordRanges[from];
  const last = words.wordRanges[Math.max(from, to - 1)];
  return first && last ? { start: first.start, end: last.end } : words.range;
}

export interface DateLit extends Node {
  kind: 'Date';
  /** ISO yyyy-mm-dd, or undefined when the written date is not a real day. */
  iso: string | undefined;
  written: string;
}

/** A recorded defect of the printed act: its text, and the findings it explains (codes or rule names). */
export interface DefectLit extends TextLit {
  codes: Name[];
}

/** «басылмаған [«…»]»: the part is not in the printed source; the note says where its facts come from. */
export interface NotPrinted extends Node {
  kind: 'NotPrinted';
  note: TextLit | undefined;
}

export interface Hereinafter extends Node {
  kind: 'Hereinafter';
  text: TextLit;
}

export type RefTarget =
  | { kind: 'StandardRef'; range: Range; numbers: number[]; part: 'item' | 'appendix'; written: string }
  | { kind: 'AppendixRef'; range: Range; number: number | null; written: string };

export interface ActRef extends Node {
  kind: 'ActRef';
  actKind: Words;
  number: string;
  date: DateLit | undefined;
}

export interface ActDetails {
  body: TextLit | undefined;
  title: TextLit | undefined;
  registration: { number: string; date: DateLit | undefined; range: Range } | undefined;
}

export interface Approval extends Node, ActDetails {
  kind: 'Approval';
  act: ActRef;
  notPrinted: NotPrinted | undefined;
}

export interface StandardDecl extends Node, ActDetails {
  kind: 'Standard';
  name: TextLit | undefined;
  hereinafter: Hereinafter | undefined;
  act: ActRef;
}

// ---- durations ---------------------------------------------------------------------------------

export interface Quantity extends Node {
  kind: 'Quantity';
  /** Digits as written, decimal comma kept («1,5»). */
  digits: string | undefined;
  /** Numeral words as written («он бес»). */
  words: string | undefined;
  wordsRange: Range | undefined;
}

export interface DurationAmount extends Node {
  kind: 'DurationAmount';
  /** Words before the number: «күнтізбелік», «түскен күні». */
  before: Words;
  /** A dash between the anchor words and the number («түскен күні – 2 минут»). */
  dashBefore: boolean;
  quantity: Quantity;
  /** Words after the number: the unit and the bound. */
  after: Words;
  /** «…, «құжаттарды қабылдау күні …» мерзіміне кірмейді». */
  qualifier: { text: TextLit | undefined; words: Words } | undefined;
}

export interface DurationTerm extends Node {
  kind: 'DurationTerm';
  label: TextLit | undefined;
  /** True when the label is a condition («… жағдайда – …»). */
  labelIsCondition: boolean;
  amount: DurationAmount;
  /** The term as the act prints it (texts without their quotes). */
  written: string;
}

/** Sequence of parts (;), each a set of alternatives (немесе). */
export interface DurationExpr extends Node {
  kind: 'Duration';
  parts: DurationTerm[][];
  /** The source text of the whole expression, whitespace collapsed. */
  written: string;
}

// ---- procedures --------------------------------------------------------------------------------

export interface StepRef extends Node {
  kind: 'StepRef';
  number: number;
  /** «іс-қимыл», «процесс», «шарт», or none for a plain number. */
  labelKind: 'action' | 'process' | 'condition' | 'number';
  written: string;
}

export type Target =
  | { kind: 'End'; range: Range }
  | { kind: 'Refusal'; range: Range }
  | { kind: 'Next'; range: Range }
  | StepRef;

/** A document name, or the bare keyword «бас тарту» standing for the declared refusal. */
export type OutcomeAtom = Name | { kind: 'AnyRefusal'; range: Range };

export interface OutcomeExpr extends Node {
  kind: 'Outcome';
  /** Alternatives (немесе), each a bundle of documents given together (және). */
  alternatives: OutcomeAtom[][];
}

export interface Branch extends Node {
  kind: 'Branch';
  condition: TextLit;
  performer: EntityRef | undefined;
  action: TextLit;
  duration: DurationExpr | undefined;
  result: TextLit | undefined;
  short: TextLit | undefined;
  /** «сызбадағы ұзақтығы: «…»»: the duration as the chart prints it. */
  chartDuration: TextLit | undefined;
  recipients: EntityRef[];
  annotations: RefTarget[];
  lane: EntityRef | undefined;
  /** «иә → …» / «жоқ → …»: the exit label the printed diamond gives this branch. */
  exit: ExitLabel | undefined;
  target: Target | undefined;
}

export interface ExitLabel extends Node {
  outcome: 'yes' | 'no';
}

/** «тек «case» [жағдайда] [: «part»]»: the whole step, or the part of its action, only in that case. */
export interface Guard extends Node {
  text: TextLit;
  part: TextLit | undefined;
}

export interface StepLabel extends Node {
  style: 'paren' | 'action' | 'bullet';
  number: number | null;
  written: string;
}

export interface SystemLabel extends Node {
  role: 'process' | 'condition';
  number: number;
  written: string;
}

export interface Step extends Node {
  kind: 'Step';
  label: StepLabel;
  systemLabel: SystemLabel | undefined;
  performer: EntityRef;
  action: TextLit;
  durations: DurationExpr[];
  results: TextLit[];
  shorts: TextLit[];
  /** «сызбадағы ұзақтығы: «…»»: the duration as the chart prints it; more than one is reported. */
  chartDurations: TextLit[];
  /** «сұрақ: «…»»: the question in the step's decision diamond; more than one is reported. */
  questions: TextLit[];
  recipients: EntityRef[];
  branches: Branch[];
  consents: { performer: EntityRef | undefined; text: TextLit; range: Range }[];
  notes: TextLit[];
  defects: DefectLit[];
  guards: Guard[];
  /** «әйтпесе → …»: where the flow goes when a whole-step guard's case does not hold. */
  otherwise: { target: Target | undefined; range: Range }[];
  outcomes: { outcome: 'yes' | 'no'; target: Target | undefined; range: Range }[];
  gotos: { target: Target | undefined; range: Range }[];
  /** Documents the step makes («жасайды») and uses («пайдаланады»). */
  makes: Name[];
  uses: Name[];
  /** Information systems the step works in («жүйе: …»). */
  systems: EntityRef[];
  /** «жолы: …»: the lane its box is drawn in; more than one is reported. */
  lanes: EntityRef[];
  /** Declarations made among the step's clauses, where the act introduces the names (also in the paragraph). */
  declarations: Statement[];
  /** Message flows: hops in order, each hop one system or alternatives («немесе»). */
  flows: { hops: EntityRef[][]; range: Range }[];
  documents: TextLit[];
  decisions: OutcomeExpr[];
  annotations: RefTarget[];
}

export interface Procedure extends Node {
  kind: 'Procedure';
  name: Name;
  channel: EntityRef;
  condition: TextLit | undefined;
  heading: TextLit | undefined;
  steps: Step[];
}
