// Collects the draft's source lines, with the warnings the importer leaves in place for the analyst.
import type { Diagnostic } from '../diagnostics/types.js';
import { createDiagnostic } from '../diagnostics/create.js';
import type { MessageArgs, Range } from '../diagnostics/types.js';

export class DraftWriter {
  readonly lines: string[] = [];
  readonly diagnostics: Diagnostic[] = [];
  indent = '';

  constructor(readonly file: string, private readonly rangeOf: (line: number) => Range) {}

  /** Writes a statement (possibly several lines) at the current indent. */
  line(text: string): void {
    // Continuation lines of a wrapped text carry their indent already.
    text.split('\n').forEach((l, i) => this.lines.push(i === 0 ? this.indent + l : l));
  }

  blank(): void {
    if (this.lines.length && this.lines[this.lines.length - 1] !== '') this.lines.push('');
  }

  comment(text: string): void {
    this.lines.push(`${this.indent}# ${text}`);
  }

  /** A thing left to review: a comment in place and a warning at the source line it came from. */
  warn(code: string, sourceLine: number, args: MessageArgs, note: string): void {
    const d = createDiagnostic(code, this.file, this.rangeOf(sourceLine), args);
    this.diagnostics.push(d);
    this.comment(`${code} (${sourceLine}-жол): ${note}`);
  }

  text(): string {
    while (this.lines.length && this.lines[this.lines.length - 1] === '') this.lines.pop();
    return `${this.lines.join('\n')}\n`;
  }
}
