// `tartip diff <old> <new>`: what an amendment changes in the procedure, as text, JSON or a pull-request comment.
import type { Language } from '../../diagnostics/format-text.js';
import { diffDefinitions } from '../../diff/diff-act.js';
import { formatDiffMarkdown } from '../../diff/format-markdown.js';
import { formatDiffText } from '../../diff/format-text.js';
import { loadDefinition } from '../load-definition.js';
import { printOutputReport } from '../report.js';
import { UsageError, findSources } from '../sources.js';

export type DiffFormat = 'text' | 'json' | 'markdown';

export const DIFF_FORMATS: readonly DiffFormat[] = ['text', 'json', 'markdown'];

export interface DiffOptions {
  format: DiffFormat;
  language: Language;
  color: boolean;
}

/** One file of one version: a directory or another kind of file is a usage error, not an empty diff. */
function sourceOf(input: string) {
  if (!/\.(tartip|json)$/i.test(input)) throw new UsageError('TRT9006', { option: 'diff', value: input, expected: 'a .tartip source or a .json definition' });
  return findSources([input])[0]!;
}

/**
 * Compiles (or reads back) both versions and prints their semantic diff. Exit 0 when the procedure is the
 * same, 1 when it changed or a version has errors (they are reported instead), 2 when a file cannot be read.
 */
export function runDiff(before: string, after: string, options: DiffOptions, stdout: (s: string) => void, stderr: (s: string) => void): number {
  const versions = [sourceOf(before), sourceOf(after)].map(loadDefinition);
  const [a, b] = versions as [ReturnType<typeof loadDefinition>, ReturnType<typeof loadDefinition>];
  if (!a.definition || !b.definition) {
    const diagnostics = versions.flatMap((v) => v.diagnostics);
    const lines = new Map([...a.lines, ...b.lines]);
    printOutputReport({ language: options.language, color: options.color, sources: lines }, diagnostics, 2, true, stderr);
    return diagnostics.some((d) => d.code.startsWith('TRT9')) ? 2 : 1;
  }
  const diff = diffDefinitions(a.definition, b.definition, { old: before, new: after });
  switch (options.format) {
    case 'json': stdout(`${JSON.stringify(diff, null, 2)}\n`); break;
    case 'markdown': stdout(formatDiffMarkdown(diff, options.language)); break;
    case 'text': stdout(formatDiffText(diff, options.language)); break;
  }
  return diff.changed ? 1 : 0;
}
