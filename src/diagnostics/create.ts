// Builds diagnostics from catalogue codes, filling placeholders in both languages.
import { entryFor } from './catalogue.js';
import { noteFor, type NoteKey } from './notes.js';
import { fillTemplate } from './template.js';
import type { Bilingual, Diagnostic, Fix, MessageArgs, Range, RelatedLocation } from './types.js';

/** The message of a catalogue code in both languages. */
export function messageFor(code: string, args: MessageArgs = {}): Bilingual {
  const entry = entryFor(code);
  return { kk: fillTemplate(entry.kk, args, 'kk'), en: fillTemplate(entry.en, args, 'en') };
}

export interface DiagnosticExtras {
  related?: RelatedLocation[];
  fix?: Fix;
}

export function createDiagnostic(
  code: string,
  file: string,
  range: Range,
  args: MessageArgs = {},
  extras: DiagnosticExtras = {},
): Diagnostic {
  const diagnostic: Diagnostic = {
    code,
    severity: entryFor(code).severity,
    message: messageFor(code, args),
    file,
    range,
    related: extras.related ?? [],
  };
  if (extras.fix) diagnostic.fix = extras.fix;
  return diagnostic;
}

/** A bag that a stage fills and returns; stages never throw for user errors. */
export class DiagnosticBag {
  readonly items: Diagnostic[] = [];
  constructor(readonly file: string) {}

  add(code: string, range: Range, args: MessageArgs = {}, extras: DiagnosticExtras = {}): Diagnostic {
    const diagnostic = createDiagnostic(code, this.file, range, args, extras);
    this.items.push(diagnostic);
    return diagnostic;
  }

  related(range: Range, note: NoteKey, args: MessageArgs = {}): RelatedLocation {
    return { file: this.file, range, message: noteFor(note, args) };
  }
}
