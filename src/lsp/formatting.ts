// Formatting: `tartip fmt`'s canonical layout (formatSource) as one edit; a text that cannot be formatted is left alone.
import type { TextEdit } from 'vscode-languageserver';
import { formatSource } from '../format/index.js';
import type { Analysis } from './analysis.js';
import { toLspRange } from './positions.js';

/**
 * No edit when the text is already formatted, or has syntax errors (the diagnostics already say where; a
 * message on every format-on-save would only repeat them).
 */
export function formatting(analysis: Analysis): TextEdit[] {
  const result = formatSource(analysis.text, { file: analysis.result.file });
  if (!result.changed || result.diagnostics.some((d) => d.severity === 'error')) return [];
  return [{ range: toLspRange(analysis.lines.range(0, analysis.text.length)), newText: result.text }];
}
