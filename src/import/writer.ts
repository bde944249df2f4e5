// Collects the draft's source lines, each with the input line it came from, and the warnings left in place for the analyst.
import { createDiagnostic } from '../diagnostics/create.js';
import type { Diagnostic, MessageArgs, Range } from '../diagnostics/types.js';

/** A note's text in guillemets, with any guillemet of the message made plain so the text stays balanced. */
function quoteNote(text: string): string {
  return `«${text.replace(/[«»]/g, '"')}»`;
}

export class DraftWriter {
  readonly lines: string[] = [];
  /** For each draft line, the input line it was read from (0: none). */
  readonly origins: number[] = [];
  /** Whether each draft line starts a statement (not a wrapped text's continuation). */
  readonly starts: boolean[] = [];
  readonly diagnostics: Diagnostic[] = [];
  indent = '';
  /** The input line being written from. */
  at = 0;

  constructor(readonly file: string, private readonly rangeOf: (line: number) => Range) {}

  private push(line: string, start = true): void {
    this.lines.push(line);
    this.origins.push(this.at);
    this.starts.push(start);
  }

  /** The first line (1-based) of the statement draft line `index` belongs to. */
  statementAt(index: number): number {
    let i = index - 1;
    while (i > 0 && this.starts[i] === false) i--;
    return i + 1;
  }

  /** Writes a statement (possibly several lines) at the current indent. */
  line(text: string): void {
    // Continuation lines of a wrapped text carry their indent already.
    text.split('\n').forEach((l, i) => this.push(i === 0 ? this.indent + l : l, i === 0));
  }

  blank(): void {
    if (this.lines.length && this.lines[this.lines.length - 1] !== '') this.push('');
  }

  comment(text: string): void {
    this.push(`${this.indent}# ${text}`);
  }

  /** A warning at an input line, without a comment (the caller writes its own). */
  diagnostic(code: string, sourceLine: number, args: MessageArgs): void {
    this.diagnostics.push(createDiagnostic(code, this.file, this.rangeOf(Math.max(1, sourceLine)), args));
  }

  /** A thing left to review: a comment in place and a warning at the source line it came from. */
  warn(code: string, sourceLine: number, args: MessageArgs, note: string): void {
    this.diagnostic(code, sourceLine, args);
    this.comment(`${code} (${sourceLine}-жол): ${note}`);
  }

  /**
   * Turns the statement at draft line `index` (1-based) — with its continuation lines, those indented
   * deeper — into comments, noting why: what the compiler rejected stays visible but does not stop the draft.
   */
  demote(index: number, reason: string): boolean {
    const i = index - 1;
    const first = this.lines[i];
    if (first === undefined || first.trim() === '' || first.trim().startsWith('#')) return false;
    const depth = first.length - first.trimStart().length;
    let end = i + 1;
    while (end < this.lines.length && this.lines[end]!.trim() !== '' && this.lines[end]!.length - this.lines[end]!.trimStart().length > depth) end++;
    const pad = first.slice(0, depth);
    const origin = this.origins[i] ?? 0;
    // The last item of a list set aside: the item before it now ends the list, without its «;».
    if (/^\s*\d+\)/u.test(first) && !this.lines[end - 1]!.trimEnd().endsWith(';')) {
      let k = i - 1;
      while (k >= 0 && this.lines[k]!.trim().startsWith('#')) k--;
      if (k >= 0) this.lines[k] = this.lines[k]!.replace(/;\s*$/u, '');
    }
    for (let k = i; k < end; k++) this.lines[k] = `${pad}# ${this.lines[k]!.slice(depth)}`;
    this.lines.splice(i, 0, `${pad}# TRT5005 (${origin}-жол): ${reason}`);
    this.origins.splice(i, 0, origin);
    this.starts.splice(i, 0, true);
    this.diagnostic('TRT5005', origin, { reason });
    return true;
  }

  /**
   * Records a finding that is a defect of the published act (a numeral that does not spell its digits,
   * a list numbered twice) as the act's own `ақау [code]:` note after the statement at draft line `index`.
   */
  acknowledge(index: number, code: string, text: string): boolean {
    const i = index - 1;
    const first = this.lines[i];
    if (first === undefined || first.trim() === '' || first.trim().startsWith('#')) return false;
    let end = i + 1;
    while (end < this.lines.length && this.starts[end] === false) end++;
    // A paragraph's lead text belongs right after its number: the note goes after the lead.
    if (/^\s*\d+\.\s*$/u.test(first) && this.lines[end]?.trimStart().startsWith('«')) {
      end++;
      while (end < this.lines.length && this.starts[end] === false) end++;
    }
    // An item of a list («1) …; 2) …») cannot be followed by a note before the list ends.
    while (end < this.lines.length && this.lines[end - 1]!.trimEnd().endsWith(';')) {
      end++;
      while (end < this.lines.length && this.starts[end] === false) end++;
    }
    const pad = first.slice(0, first.length - first.trimStart().length);
    const note = `${pad}ақау [${code}]: ${quoteNote(text)}`;
    if (this.lines[end] === note) return false;
    this.lines.splice(end, 0, note);
    this.origins.splice(end, 0, this.origins[i] ?? 0);
    this.starts.splice(end, 0, true);
    return true;
  }

  text(): string {
    const lines = [...this.lines];
    while (lines.length && lines[lines.length - 1] === '') lines.pop();
    return `${lines.join('\n')}\n`;
  }
}
