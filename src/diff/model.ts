// The output model of `tartip diff`: what changed between two versions of an act, area by area (its own types).

/** One run of a word-level text diff: kept, removed from the old text or added in the new. */
export interface TextPart {
  op: 'same' | 'removed' | 'added';
  text: string;
}

/** One property of a matched item that differs, as the act writes it, with its word-level changes. */
export interface FieldChange {
  /** A key of FIELD_LABELS (format-labels.ts): performer, action, duration, … */
  field: string;
  before: string | null;
  after: string | null;
  /** Word-level changes when both sides are texts; null when a side is missing. */
  words: TextPart[] | null;
}

export type ItemStatus = 'added' | 'removed' | 'changed' | 'moved';

/** An item of an area (a step, a document, a channel …) that was added, removed, moved or changed. */
export interface ItemChange {
  status: ItemStatus;
  /** What the item is, in the act's words: «3) басшы», «қорытынды», «портал». */
  label: string;
  /** The item as written, for an added or removed one. */
  summary: string | null;
  /** The 1-based place in the old and the new version (steps), when the item has one. */
  from: number | null;
  to: number | null;
  fields: FieldChange[];
  /** Changes inside the item: a procedure's steps. */
  children: ItemChange[];
}

export type AreaName = 'header' | 'provider' | 'channels' | 'forms' | 'documents' | 'results' | 'participants' | 'terms' | 'glossary' | 'procedures' | 'appendices';

export interface AreaChange {
  area: AreaName;
  items: ItemChange[];
}

export interface ActDiff {
  /** The two versions compared: the file named and the act's title and approving act. */
  /** The title is null when the act's title block is not printed and the source gives none. */
  old: { file: string; title: string | null; approval: string | null };
  new: { file: string; title: string | null; approval: string | null };
  /** False when the two versions say the same procedure, whatever their layout. */
  changed: boolean;
  /** Only the areas with changes, in the order of an act. */
  areas: AreaChange[];
  counts: { added: number; removed: number; changed: number; moved: number };
}
