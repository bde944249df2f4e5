// GitHub Actions workflow commands (`--format github`): one `::error file=…,line=…::message` per
// diagnostic, which GitHub shows as an annotation on the line, and a plain summary line for the log.
import { formatSummary, inLanguage, type Language } from './format-text.js';
import type { Diagnostic, Severity } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes a message: GitHub reads `%`, CR and LF specially in the data part of a command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value, where `:` and `,` separate properties as well. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}


export function formatGithubAnnotation(d: Diagnostic, language: Language): string {
  const { start, end } = d.range;
  const properties = [
    `file=${escapeProperty(d.file.replace(/\\/g, '/'))}`,
    `line=${start.line}`,
    `col=${start.column}`,
    `endLine=${end.line}`,
    `endColumn=${end.column}`,
    `title=${escapeProperty(d.code)}`,
  ];
  const lines = [inLanguage(d.message, language)];
  for (const related of d.related) {
    lines.push(`${related.file}:${related.range.start.line}:${related.range.start.column}: ${inLanguage(related.message, language).replace(/\n/g, ' / ')}`);
  }
  if (d.fix) lines.push(`→ ${inLanguage(d.fix.message, language).replace(/\n/g, ' / ')}`);
  return `::${COMMAND[d.severity]} ${properties.join(',')}::${escapeData(lines.join('\n'))}`;
}

export function formatGithubReport(diagnostics: Diagnostic[], files: number, language: Language): string {
  const annotations = diagnostics.map((d) => `${formatGithubAnnotation(d, language)}\n`).join('');
  return `${annotations}${formatSummary(diagnostics, files, { language, color: false })}\n`;
}
