// Prints diagnostics to the terminal in the chosen language, with code frames, and a summary line.
import { messageFor } from '../diagnostics/create.js';
import { compatibleFixes } from '../fixes/apply-fixes.js';
import { formatDiagnostic, formatSummary, inLanguage, type Language } from '../diagnostics/format-text.js';
import type { Diagnostic, MessageArgs } from '../diagnostics/types.js';
import type { LineMap } from '../text/line-map.js';

export interface Reporter {
  language: Language;
  color: boolean;
  /** Source line maps by file, for code frames. */
  sources: Map<string, LineMap>;
}

export function useColor(stream: NodeJS.WriteStream): boolean {
  return Boolean(stream.isTTY) && !('NO_COLOR' in process.env) && process.env.TERM !== 'dumb';
}

/** Each diagnostic with its code frame, a blank line after each. */
function printEach(reporter: Reporter, diagnostics: Diagnostic[], write: (text: string) => void): void {
  for (const d of diagnostics) {
    write(`${formatDiagnostic(d, reporter.sources.get(d.file), { language: reporter.language, color: reporter.color })}\n\n`);
  }
}

export function printDiagnostics(reporter: Reporter, diagnostics: Diagnostic[], files: number, write: (text: string) => void): void {
  printEach(reporter, diagnostics, write);
  write(`${formatSummary(diagnostics, files, { language: reporter.language, color: reporter.color })}\n`);
  write(fixableLine(diagnostics, reporter));
}

/**
 * Under the summary, like ESLint: how many of the findings `check --fix` would fix, counted as it fixes
 * (one fix per range, none overlapping another, none already made), so the number is the one it applies.
 */
function fixableLine(diagnostics: Diagnostic[], { language, sources }: Reporter): string {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) if (d.fix) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  let fixable = 0;
  for (const [file, found] of byFile) {
    const text = sources.get(file)?.text;
    fixable += text === undefined ? found.length : compatibleFixes(text, found).length;
  }
  if (fixable === 0) return '';
  return `${inLanguage({ kk: `Өзі түзетілетіні: ${fixable} (tartip check --fix).`, en: `${fixable} of them can be fixed with tartip check --fix.` }, language)}\n`;
}

/** A message about the run rather than a place in a source («tartip: TRT9002: …»), from the catalogue. */
export function cliMessage(code: string, args: MessageArgs, language: Language): string {
  return `tartip: ${code}: ${inLanguage(messageFor(code, args), language)}\n`;
}

/** A notice about the run (a link not followed) on `write`, in the report's language. */
export const noticeTo = (write: (text: string) => void, language: Language) => (code: string, args: MessageArgs): void => write(cliMessage(code, args, language));

/**
 * The report of a command that writes outputs (compile, build, diagram): errors and warnings with their
 * code frames, and a summary that counts the notes (recorded defects of the act) without printing them,
 * which is `check`'s job; `quiet` prints errors only, and nothing when there are none.
 */
export function printOutputReport(reporter: Reporter, diagnostics: Diagnostic[], files: number, quiet: boolean, write: (text: string) => void): void {
  const shown = diagnostics.filter((d) => d.severity === 'error' || (!quiet && d.severity === 'warning'));
  if (quiet && shown.length === 0) return;
  printEach(reporter, shown, write);
  const counted = quiet ? shown : diagnostics;
  write(`${formatSummary(counted, files, { language: reporter.language, color: reporter.color, notesHidden: true })}\n`);
  write(fixableLine(shown, reporter));
}
