// `tartip fmt [paths…]`: writes each source in the canonical layout, in place and atomically; `--check` lists what would change; `-` is standard input.
import { chmodSync, realpathSync, statSync } from 'node:fs';
import type { Language } from '../../diagnostics/format-text.js';
import { formatDiagnostic } from '../../diagnostics/format-text.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import { formatSource, type FormatResult } from '../../format/index.js';
import { LineMap } from '../../text/line-map.js';
import { decodeSource, readBytes, readFileBytes, readSource, readStdin } from '../read-source.js';
import { cliMessage } from '../report.js';
import { findSources } from '../sources.js';
import { writeAtomic } from '../write-output.js';

export interface FmtOptions {
  /** List the files that are not formatted and exit 1, writing nothing. */
  check: boolean;
  language: Language;
  color: boolean;
  /** The name standard input is reported under. */
  stdinFilename?: string | undefined;
}

type Write = (s: string) => void;

const BOM = [0xef, 0xbb, 0xbf];

/** The text of a file as the formatter sees it, with its byte-order mark kept as a character. */
function readText(path: string): { ok: true; text: string } | { ok: false; diagnostic: Diagnostic } {
  const bytes = readFileBytes(path);
  // Unreadable or over the size limit: reading it as a source says which.
  if (bytes === undefined) return readSource(path);
  const decoded = decodeSource(bytes, path);
  if (!decoded.ok) return decoded;
  const bom = BOM.every((b, i) => bytes[i] === b) ? '\ufeff' : '';
  return { ok: true, text: bom + decoded.text };
}

/** Prints why a file was not formatted: the syntax errors with their code frames, then that it was left as it is. */
function report(result: FormatResult, text: string, options: FmtOptions, stderr: Write): void {
  const lines = new LineMap(text.replace(/^\ufeff/, ''));
  const [why, ...errors] = result.diagnostics;
  const style = { language: options.language, color: options.color };
  for (const d of errors) stderr(`${formatDiagnostic(d, lines, style)}\n\n`);
  if (why) stderr(`${formatDiagnostic(why, errors.length > 0 ? undefined : lines, style)}\n\n`);
}

/** Exit code of a run: 3 a Tártip bug (TRT6002), 2 a file not read or written, 1 not formatted or would change, else 0. */
function exitCode(failures: { internal: boolean; io: boolean; errors: boolean; unformatted: boolean }): number {
  if (failures.internal) return 3;
  if (failures.io) return 2;
  return failures.errors || failures.unformatted ? 1 : 0;
}

export async function runFmt(inputs: string[], options: FmtOptions, stdout: Write, stderr: Write): Promise<number> {
  const failures = { internal: false, io: false, errors: false, unformatted: false };
  const noteFailure = (result: FormatResult) => {
    if (result.diagnostics.some((d) => d.code === 'TRT6002')) failures.internal = true;
    else if (result.diagnostics.length > 0) failures.errors = true;
  };
  const files = inputs.filter((i) => i !== '-');
  const sources = files.length > 0 ? findSources(files) : [];
  const unformatted: string[] = [];
  let written = 0;

  if (inputs.includes('-')) {
    const label = options.stdinFilename ?? '<stdin>';
    const read = readBytes(await readStdin(), label);
    if (!read.ok) {
      stderr(`${formatDiagnostic(read.diagnostic, undefined, { language: options.language, color: options.color })}\n`);
      return 2;
    }
    const result = formatSource(read.text, { file: label });
    noteFailure(result);
    if (result.diagnostics.length > 0) report(result, read.text, options, stderr);
    else if (options.check) {
      if (result.changed) unformatted.push(label);
    } else stdout(result.text);
  }

  for (const source of sources) {
    const read = readText(source.path);
    if (!read.ok) {
      stderr(`${formatDiagnostic(read.diagnostic, undefined, { language: options.language, color: options.color })}\n`);
      failures.io = true;
      continue;
    }
    const result = formatSource(read.text, { file: source.path });
    noteFailure(result);
    if (result.diagnostics.length > 0) {
      report(result, read.text, options, stderr);
      continue;
    }
    if (!result.changed) continue;
    if (options.check) {
      unformatted.push(source.path);
      continue;
    }
    try {
      // The file itself, not a symbolic link to it, is replaced, with the permissions it had.
      const target = realpathSync(source.path);
      const { mode } = statSync(target);
      writeAtomic(target, result.text);
      chmodSync(target, mode & 0o7777);
      written++;
    } catch (error) {
      stderr(cliMessage('TRT9002', { path: source.path, reason: (error as NodeJS.ErrnoException).code ?? String(error) }, options.language));
      failures.io = true;
    }
  }

  if (options.check) {
    for (const file of unformatted) stdout(`${file}\n`);
    if (unformatted.length > 0) {
      stderr(cliMessage('TRT6003', { count: unformatted.length }, options.language));
      failures.unformatted = true;
    }
  } else if (sources.length > 0) {
    stderr(cliMessage('TRT6004', { count: written, total: sources.length }, options.language));
  }
  return exitCode(failures);
}
