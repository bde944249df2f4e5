// Compiles the named sources one by one; a broken, unreadable or crashing file never stops the others.
import { compile, type CompileResult } from '../compile.js';
import { createDiagnostic } from '../diagnostics/create.js';
import type { Language } from '../diagnostics/format-text.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { LineMap } from '../text/line-map.js';
import { readBytes, readSource } from './read-source.js';
import type { SourceFile } from './sources.js';

export interface FileOutcome {
  source: SourceFile;
  /** Without the model and tokens when the file was compiled on a worker thread (see workers/pool.ts); no command uses it. */
  result: Omit<CompileResult, 'model' | 'tokens'> | undefined;
  /** Diagnostics of the file, including read failures. */
  diagnostics: CompileResult['diagnostics'];
}

export type CompileOne = (source: string, file: string, sourceName: string) => CompileResult;

/** For `check`: the diagnostics only, without emitting and validating the JSON nobody reads. */
export const diagnoseOnly: CompileOne = (source, file, sourceName) => compile(source, file, sourceName, { emit: false });

/**
 * Compiles every source. The compiler never throws for bad input; if it throws anyway (a Tártip bug),
 * that file gets an internal-error diagnostic (TRT9004) and the batch goes on.
 */
export function compileSources(sources: SourceFile[], lineMaps: Map<string, LineMap>, compileOne: CompileOne = compile): FileOutcome[] {
  return sources.map((source) => {
    const read = source.content === undefined ? readSource(source.path) : readBytes(source.content, source.path);
    if (!read.ok) return { source, result: undefined, diagnostics: [read.diagnostic] };
    lineMaps.set(source.path, new LineMap(read.text));
    try {
      const result = compileOne(read.text, source.path, `${source.outputName}.tartip`);
      return { source, result, diagnostics: result.diagnostics };
    } catch (error) {
      const at = { line: 1, column: 1, offset: 0 };
      const reason = error instanceof Error ? error.message : String(error);
      return { source, result: undefined, diagnostics: [createDiagnostic('TRT9004', source.path, { start: at, end: at }, { reason })] };
    }
  });
}

/**
 * The end-of-batch summary: which files produced nothing, and why, so a failure among many files is
 * not lost above hundreds of lines of diagnostics. Empty when every file succeeded or there was one file.
 */
export function batchSummary(files: string[], diagnostics: Diagnostic[], language: Language): string {
  if (files.length < 2) return '';
  const failed = files
    .map((file) => ({ file, errors: diagnostics.filter((d) => d.file === file && d.severity === 'error') }))
    .filter((f) => f.errors.length > 0);
  if (failed.length === 0) return '';
  const head = {
    kk: `Шығысы жоқ файлдар: ${failed.length}/${files.length}`,
    en: `Files with no output: ${failed.length} of ${files.length}`,
  };
  const line = ({ file, errors }: (typeof failed)[number], lang: 'kk' | 'en') => {
    const first = errors[0]!;
    const count = lang === 'kk' ? `${errors.length} қате` : `${errors.length} ${errors.length === 1 ? 'error' : 'errors'}`;
    const where = `${first.code} ${first.range.start.line}:${first.range.start.column}`;
    return `  ${file}: ${count} (${lang === 'kk' ? 'біріншісі' : 'first'} ${where})`;
  };
  const block = (lang: 'kk' | 'en') => [head[lang], ...failed.map((f) => line(f, lang))].join('\n');
  const text = language === 'both' ? `${block('kk')}\n${block('en')}` : block(language);
  return `${text}\n`;
}

/** The exit code of a command that writes outputs: 3 a Tártip bug (TRT9004), 2 an output not written, 1 errors in the sources, else 0. */
export function outputsExitCode(diagnostics: Diagnostic[], ioFailed: boolean): number {
  if (diagnostics.some((d) => d.code === 'TRT9004')) return 3;
  if (ioFailed) return 2;
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

/** The outcomes of every source in order: those known beforehand (cache hits, JSON read back) at their index, compiled ones in the gaps. */
export function mergeOutcomes(sources: SourceFile[], known: Map<number, FileOutcome>, compiled: FileOutcome[]): FileOutcome[] {
  let next = 0;
  return sources.map((_, index) => known.get(index) ?? compiled[next++]!);
}
