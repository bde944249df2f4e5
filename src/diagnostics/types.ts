// Diagnostic data types shared by every pipeline stage.

export type { Position, Range } from '../text/range.js';
import type { Range } from '../text/range.js';

export type Severity = 'error' | 'warning' | 'info';

/** A message in both languages of the catalogue. */
export interface Bilingual {
  kk: string;
  en: string;
}

export interface RelatedLocation {
  file: string;
  range: Range;
  message: Bilingual;
}

/** A machine-applicable edit, e.g. the «did you mean» replacement. */
export interface Fix {
  message: Bilingual;
  range: Range;
  replacement: string;
}

export interface Diagnostic {
  code: string;
  severity: Severity;
  message: Bilingual;
  file: string;
  range: Range;
  related: RelatedLocation[];
  fix?: Fix;
  /** A defect of the act recorded with `ақау:` in scope: reported as info, and left alone by severity settings. */
  acknowledged?: true;
}

/** A value for a {placeholder}: the same in both languages, or worded per language. */
export type MessageArg = string | number | Bilingual;

/** Arguments substituted into a catalogue message's {placeholders}. */
export type MessageArgs = Record<string, MessageArg>;
