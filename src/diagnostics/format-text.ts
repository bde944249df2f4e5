// Human-readable diagnostics like tsc: location, severity and code, message in Kazakh and/or English, code frame.
import { escapeControls } from '../text/escape-controls.js';
import type { LineMap } from '../text/line-map.js';
import type { Bilingual, Diagnostic, Severity } from './types.js';

export type Language = 'kk' | 'en' | 'both';

export interface TextOptions {
  language: Language;
  color: boolean;
}

const COLORS = { red: 31, yellow: 33, blue: 34, cyan: 36, grey: 90, bold: 1 } as const;

function paint(text: string, color: keyof typeof COLORS, enabled: boolean): string {
  return enabled ? `\u001b[${COLORS[color]}m${text}\u001b[0m` : text;
}

const SEVERITY_WORD: Record<Severity, Bilingual> = {
  error: { kk: 'қате', en: 'error' },
  warning: { kk: 'ескерту', en: 'warning' },
  info: { kk: 'ақпарат', en: 'info' },
};

const SEVERITY_COLOR: Record<Severity, keyof typeof COLORS> = { error: 'red', warning: 'yellow', info: 'blue' };

/** Escaped: a message quotes the source's words, and a source (or a cache) may carry terminal escapes. */
function messages(message: Bilingual, language: Language): string[] {
  if (language === 'kk') return [escapeControls(message.kk)];
  if (language === 'en') return [escapeControls(message.en)];
  return [escapeControls(message.kk), escapeControls(message.en)];
}

/** A message in the chosen language; with «both», the Kazakh line, then the English one. */
export function inLanguage(message: Bilingual, language: Language): string {
  return messages(message, language).join('\n');
}

/**
 * The source line of a range with a ~~~ underline (a caret for an empty range), tabs kept for alignment.
 * Control and text-direction characters are shown escaped (`\u{202E}`), the underline measured on what is shown.
 */
export function codeFrame(lines: LineMap, d: Diagnostic, color: boolean): string {
  const { start, end } = d.range;
  const raw = lines.lineText(start.line);
  const gutter = String(start.line);
  const lastColumn = end.line === start.line ? end.column : raw.length + 1;
  const before = escapeControls(raw.slice(0, start.column - 1));
  const marked = escapeControls(raw.slice(start.column - 1, Math.max(start.column - 1, lastColumn - 1)));
  const text = escapeControls(raw);
  const width = Math.max(1, marked.length);
  const pad = before.replace(/[^\t]/g, ' ');
  const mark = lastColumn > start.column ? '~'.repeat(width) : '^';
  const shown = text.length > 300 ? `${text.slice(0, 300)}…` : text;
  return [
    `${paint(gutter, 'grey', color)} ${shown}`,
    `${' '.repeat(gutter.length)} ${pad}${paint(mark, SEVERITY_COLOR[d.severity], color)}`,
  ].join('\n');
}

export function formatDiagnostic(d: Diagnostic, lines: LineMap | undefined, options: TextOptions): string {
  const { color, language } = options;
  const where = `${paint(escapeControls(d.file), 'cyan', color)}:${paint(String(d.range.start.line), 'yellow', color)}:${paint(String(d.range.start.column), 'yellow', color)}`;
  const severity = paint(language === 'kk' ? SEVERITY_WORD[d.severity].kk : SEVERITY_WORD[d.severity].en, SEVERITY_COLOR[d.severity], color);
  const [first, ...rest] = messages(d.message, language);
  const out = [`${where} - ${severity} ${paint(d.code, 'grey', color)}: ${first}`, ...rest.map((m) => `    ${m}`)];
  if (lines && d.range.start.line <= lines.lineCount) out.push('', codeFrame(lines, d, color));
  for (const related of d.related) {
    const at = `${escapeControls(related.file)}:${related.range.start.line}:${related.range.start.column}`;
    out.push(`    ${paint(at, 'cyan', color)}: ${messages(related.message, language).join(' / ')}`);
  }
  if (d.fix) out.push(`    ${paint('→', 'blue', color)} ${messages(d.fix.message, language).join(' / ')}`);
  return out.join('\n');
}

function count(n: number, kk: string, en: string, enPlural: string): Bilingual {
  return { kk: `${n} ${kk}`, en: `${n} ${n === 1 ? en : enPlural}` };
}

/** «Found 2 errors and 1 warning in 3 files.» */
/** `notesHidden`: the notes were counted but not printed (compile, build, diagram), so the line says where to see them. */
export function formatSummary(diagnostics: Diagnostic[], files: number, options: TextOptions & { notesHidden?: boolean }): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const infos = diagnostics.filter((d) => d.severity === 'info').length;
  const e = count(errors, 'қате', 'error', 'errors');
  const w = count(warnings, 'ескерту', 'warning', 'warnings');
  const f = count(files, 'файл', 'file', 'files');
  const i = count(infos, 'ақпарат', 'note', 'notes');
  const where: Bilingual = options.notesHidden ? { kk: '; оларды tartip check көрсетеді', en: '; tartip check shows them' } : { kk: '', en: '' };
  const notes: Bilingual = infos > 0 ? { kk: ` (${i.kk}${where.kk})`, en: ` (${i.en}${where.en})` } : { kk: '', en: '' };
  const text: Bilingual =
    errors + warnings === 0
      ? { kk: `${f.kk} тексерілді, қате жоқ${notes.kk}.`, en: `Checked ${f.en}: no problems${notes.en}.` }
      : { kk: `${f.kk}: ${e.kk}, ${w.kk}${notes.kk}.`, en: `Found ${e.en} and ${w.en} in ${f.en}${notes.en}.` };
  const line = messages(text, options.language).join('\n');
  return paint(line, errors > 0 ? 'red' : warnings > 0 ? 'yellow' : 'bold', options.color);
}
