// Syntax tree of paragraph statements, sections, the glossary, appendices and the whole file.
import type { Range } from '../diagnostics/types.js';
import type {
  Approval, DefectLit, DurationExpr, EntityRef, Hereinafter, Name, NotPrinted, OutcomeExpr, Procedure, RefTarget,
  StandardDecl, StepRef, Target, TextLit, Words,
} from './nodes.js';

interface Node {
  range: Range;
}

export interface ProviderStmt extends Node {
  kind: 'Provider';
  names: TextLit[];
  hereinafter: Hereinafter | undefined;
}

export interface OrganisationDecl extends Node {
  kind: 'Organisation';
  name: Name;
  kindWords: Words | undefined;
  text: TextLit;
  hereinafter: Hereinafter | undefined;
}

export interface SystemDecl extends Node {
  kind: 'System';
  name: Name;
  kindWords: Words | undefined;
  text: TextLit;
  hereinafter: Hereinafter | undefined;
}

export interface ParticipantDecl extends Node {
  kind: 'Participant';
  /** Position in a §3 list («1)»), or null for a lone declaration. */
  number: number | null;
  name: Name;
  parent: EntityRef | undefined;
  text: TextLit;
  hereinafter: Hereinafter | undefined;
}

export interface ParticipantsStmt extends Node {
  kind: 'Participants';
  lead: TextLit | undefined;
  items: ParticipantDecl[];
}

export interface ChannelItem extends Node {
  number: number | null;
  /** The channel: a reference, or a declaration made in place. */
  entity: EntityRef | OrganisationDecl | SystemDecl;
  text: TextLit | undefined;
}

export interface ChannelStmt extends Node {
  kind: 'Channels';
  direction: 'intake' | 'issuance' | 'both';
  lead: TextLit | undefined;
  items: ChannelItem[];
}

export interface AbbreviationDecl extends Node {
  kind: 'Abbreviation';
  short: string;
  shortRange: Range;
  full: TextLit;
  hereinafter: Hereinafter | undefined;
}

export interface FormTerm extends Node {
  words: Words;
  qualifier: Words | undefined;
  trailing: Words | undefined;
}

export interface FormStmt extends Node {
  kind: 'Form';
  target: 'service' | 'result';
  terms: FormTerm[];
  /** Joining words as written: «және (немесе)», «немесе», «,». */
  conjunctions: string[];
}

export interface DocumentDecl extends Node {
  kind: 'DocumentDecl';
  role: 'document' | 'refusal';
  /** The act's list number («1)» in a numbered list of results), if printed. */
  number: number | null;
  name: Name;
  kindWords: Words | undefined;
  text: TextLit;
  hereinafter: Hereinafter | undefined;
  annotations: RefTarget[];
}

export interface ServiceResultStmt extends Node {
  kind: 'ServiceResult';
  channels: EntityRef[];
  outcome: OutcomeExpr;
  text: TextLit | undefined;
}

export interface DeliveryStmt extends Node {
  kind: 'Delivery';
  /** The channels this applies to; empty for every channel. */
  channels: EntityRef[];
  means: Words[];
  text: TextLit | undefined;
}

export interface BasisStmt extends Node {
  kind: 'Basis';
  /** The channels this basis starts; empty for every channel. */
  channels: EntityRef[];
  text: TextLit;
  annotations: RefTarget[];
}

export interface TermStmt extends Node {
  kind: 'Term';
  channel: EntityRef | undefined;
  duration: DurationExpr;
}

export interface StepResultStmt extends Node {
  kind: 'StepResult';
  procedure: Name;
  step: StepRef;
  text: TextLit;
  target: Target | undefined;
}

export interface TextStmt extends Node {
  kind: 'TextStmt';
  text: TextLit;
  annotations: RefTarget[];
}

export interface NoteStmt extends Node {
  kind: 'Note';
  text: TextLit;
}

export interface DefectStmt extends Node {
  kind: 'Defect';
  text: DefectLit;
}

/** A standard declared in a paragraph, where the act introduces it (the file keeps the declaration itself). */
export interface StandardStmt extends Node {
  kind: 'StandardRef';
  standard: StandardDecl;
}

export interface RepeatStmt extends Node {
  kind: 'Repeat';
  procedure: Name;
}

export type Statement =
  | ProviderStmt | ChannelStmt | OrganisationDecl | SystemDecl | ParticipantDecl | ParticipantsStmt
  | AbbreviationDecl | FormStmt | DocumentDecl | ServiceResultStmt | DeliveryStmt | BasisStmt | Procedure
  | TermStmt | StepResultStmt | TextStmt | NoteStmt | DefectStmt | RepeatStmt | StandardStmt;

export interface Paragraph extends Node {
  kind: 'Paragraph';
  number: number;
  lead: TextLit | undefined;
  statements: Statement[];
}

export interface Section extends Node {
  kind: 'Section';
  number: number;
  title: TextLit | undefined;
  paragraphs: Paragraph[];
}

export interface Glossary extends Node {
  kind: 'Glossary';
  lead: TextLit | undefined;
  items: AbbreviationDecl[];
}

export interface Chart extends Node {
  kind: 'Chart';
  procedure: Name;
  caption: TextLit | undefined;
  lanes: EntityRef[];
  /** «ұзақтығы: қорапта | жанында», «қорапта: белгісі | мәтіні», as written (the binder checks the words). */
  options: ChartOption[];
}

export interface ChartOption extends Node {
  kind: 'ChartOption';
  option: 'durations' | 'boxes' | 'answers';
  value: Name;
}

export interface Appendix extends Node {
  kind: 'Appendix';
  number: number | null;
  /** How the source writes the number: «2-қосымша» (hyphen) or «қосымша 2» (the «2 қосымша» mark). */
  numberForm: 'hyphen' | 'space';
  appendixKind: 'handbook' | 'is-diagram';
  caption: TextLit;
  charts: Chart[];
  legend: TextLit | undefined;
  /** Notes and recorded defects of the appendix as printed (e.g. a wrong number, a leftover). */
  notes: TextLit[];
  defects: DefectLit[];
  notPrinted: NotPrinted | undefined;
}

export interface RegulationFile extends Node {
  kind: 'File';
  /** The act's title; empty when the title block is not printed and no title is given. */
  title: TextLit;
  /** «басылмаған» on the header: the print lost the title block. */
  titleNotPrinted: NotPrinted | undefined;
  approval: Approval | undefined;
  standard: StandardDecl | undefined;
  /** Header clauses given more than once (reported by the checker). */
  extraHeaderClauses: (Approval | StandardDecl)[];
  sections: Section[];
  glossaries: Glossary[];
  appendices: Appendix[];
  /** Notes and recorded defects about the act as a whole (e.g. a truncated title block). */
  notes: TextLit[];
  defects: DefectLit[];
}
