// `tartip check`: compiles without writing and reports every problem of every file; for CI.
import { formatGithubReport } from '../../diagnostics/format-github.js';
import { formatJsonReport } from '../../diagnostics/format-json.js';
import { formatSarif } from '../../diagnostics/format-sarif.js';
import { inLanguage, type Language } from '../../diagnostics/format-text.js';
import { hasErrors } from '../../compile.js';
import { applyRules } from '../../diagnostics/severity.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { LineMap } from '../../text/line-map.js';
import { fixFile, type AppliedFix } from '../apply-fixes.js';
import { fileStore, splitByCache, type CacheStore } from '../check-cache.js';
import { parseRuleFlags, resolveRules } from '../config.js';
import { cliMessage, noticeTo, printDiagnostics, type Reporter } from '../report.js';
import { compileSources, diagnoseOnly, mergeOutcomes, type FileOutcome } from '../run-files.js';
import { readStdin } from '../read-source.js';
import { UsageError, findSources, type SourceFile } from '../sources.js';
import { compileBatch } from '../workers/pool.js';
import { version } from '../version.js';

export type CheckFormat = 'text' | 'json' | 'sarif' | 'github';

export const CHECK_FORMATS: readonly CheckFormat[] = ['text', 'json', 'sarif', 'github'];

export interface CheckOptions {
  language: Language;
  color: boolean;
  format: CheckFormat;
  maxWarnings: number | undefined;
  /** `--rule CODE=severity` flags, as written. */
  rules?: string[];
  /** `--config <file>`: use this file instead of looking for tartip.config.json. */
  config?: string | undefined;
  /** `--quiet`: report errors only (warnings still count for `--max-warnings`). */
  quiet?: boolean;
}

/** 2 when a file could not be read (TRT9xxx), 1 for errors or too many warnings, else 0. */
export function exitCode(diagnostics: Diagnostic[], maxWarnings: number | undefined): number {
  if (diagnostics.some((d) => d.code.startsWith('TRT9'))) return 2;
  if (diagnostics.some((d) => d.severity === 'error')) return 1;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  return maxWarnings !== undefined && warnings > maxWarnings ? 1 : 0;
}

export function runCheck(inputs: string[], options: CheckOptions, stdout: (s: string) => void): number {
  const { sources, rulesFor } = prepare(inputs, options);
  const lineMaps = new Map<string, LineMap>();
  return report(sources, compileSources(sources, lineMaps, diagnoseOnly), lineMaps, rulesFor, options, stdout);
}

export interface BatchCheckOptions extends CheckOptions {
  jobs?: number | undefined;
  /** `--cache`: where the findings of unchanged files are kept between runs. */
  cache?: string | undefined;
  /** Instead of the `--cache` file: where `--watch` keeps the findings of the previous run. */
  store?: CacheStore | undefined;
  /** `--fix`: write the replacements the findings offer into the sources, then report what is left. */
  fix?: boolean;
  /** `--stdin-filename`: the name standard input («-») is reported under. */
  stdinFilename?: string | undefined;
}

/** A fix can make the next one visible (a keyword read again lets the parser reach further); ESLint stops at 10 too. */
const MAX_FIX_PASSES = 10;

/**
 * `tartip check` as the command line runs it: a large batch is compiled on worker threads, and with
 * `--cache` only the files that changed since the last run are compiled; the report is the same. With
 * `--fix`, the fixable findings are fixed in the files and those files checked again, pass after pass.
 */
export async function runCheckBatch(inputs: string[], options: BatchCheckOptions, stdout: (s: string) => void, stderr: (s: string) => void = () => {}): Promise<number> {
  const { sources, rulesFor } = prepare(inputs, options, await stdinSource(inputs, options), stderr);
  const lineMaps = new Map<string, LineMap>();
  let outcomes = await diagnose(sources, lineMaps, options, stderr);
  let writeFailed = false;
  for (let pass = 0; options.fix && pass < MAX_FIX_PASSES; pass++) {
    const { fixed, failed } = fixPass(outcomes, rulesFor, options.language, stderr);
    writeFailed ||= failed;
    if (fixed.size === 0) break;
    const again = await diagnose(sources.filter((s) => fixed.has(s.path)), lineMaps, options, stderr);
    const byPath = new Map(again.map((o) => [o.source.path, o]));
    outcomes = outcomes.map((o) => byPath.get(o.source.path) ?? o);
  }
  const code = report(sources, outcomes, lineMaps, rulesFor, options, stdout, stderr);
  return writeFailed ? Math.max(code, 2) : code;
}

/** Writes the fixes of every file's findings (those its severities keep) and says each; returns the files changed. */
function fixPass(outcomes: FileOutcome[], rulesFor: ReturnType<typeof resolveRules>, language: Language, stderr: (s: string) => void): { fixed: Set<string>; failed: boolean } {
  const fixed = new Set<string>();
  let failed = false;
  for (const outcome of outcomes) {
    const wanted = applyRules(outcome.diagnostics, rulesFor(outcome.source.path)).filter((d) => d.fix);
    if (wanted.length === 0) continue;
    const result = fixFile(outcome.source.path, wanted);
    if ('error' in result) {
      failed = true;
      stderr(cliMessage('TRT9002', { path: outcome.source.path, reason: result.error.code ?? result.error.message }, language));
      continue;
    }
    for (const applied of result.applied) stderr(fixedLine(applied, language));
    if (result.applied.length > 0) fixed.add(outcome.source.path);
  }
  return { fixed, failed };
}

/** Compiles for diagnostics, through the cache when there is one. */
async function diagnose(sources: SourceFile[], lineMaps: Map<string, LineMap>, options: BatchCheckOptions, stderr: (s: string) => void): Promise<FileOutcome[]> {
  const batch = { keep: 'diagnostics', jobs: options.jobs } as const;
  const store = options.store ?? (options.cache === undefined ? undefined : fileStore(options.cache));
  if (store === undefined) return compileBatch(sources, lineMaps, batch);
  const split = splitByCache(sources, store, options.format === 'text' ? lineMaps : undefined);
  const compiled = await compileBatch(split.misses, lineMaps, batch);
  const failure = split.save(compiled);
  // The findings stand without the cache, so a cache that cannot be written is said, not failed on.
  if (failure) stderr(cliMessage('TRT9002', { path: options.cache ?? '', reason: failure.code ?? failure.message }, options.language));
  return mergeOutcomes(sources, split.hits, compiled);
}

/** «file:line:col - fixed TRT2101: «жиырма» → «отыз»», on stderr, so a JSON or SARIF report stays clean. */
function fixedLine({ diagnostic: d, before }: AppliedFix, language: Language): string {
  const word = inLanguage({ kk: 'түзетілді', en: 'fixed' }, language).replace('\n', ' / ');
  return `${d.file}:${d.fix!.range.start.line}:${d.fix!.range.start.column} - ${word} ${d.code}: «${before}» → «${d.fix!.replacement}»\n`;
}

/** Sources and their severities, before anything is compiled: a bad configuration stops the run early. */
function prepare(inputs: string[], options: CheckOptions, stdin?: SourceFile, stderr?: (s: string) => void) {
  const flags = parseRuleFlags(options.rules ?? []);
  const files = inputs.filter((i) => i !== STDIN);
  const notice = stderr ? noticeTo(stderr, options.language) : undefined;
  const sources = [...(stdin ? [stdin] : []), ...(files.length > 0 || !stdin ? findSources(files, { notice }) : [])];
  return { sources, rulesFor: resolveRules(sources.map((s) => s.path), options.config, flags) };
}

/** The input that stands for standard input, as in most command-line tools. */
export const STDIN = '-';

/**
 * Standard input as a source («-» among the inputs), labelled `--stdin-filename` (default «<stdin>») so that
 * reports and tartip.config.json lookup treat it as that file; an editor checks an unsaved buffer so.
 */
async function stdinSource(inputs: string[], options: BatchCheckOptions): Promise<SourceFile | undefined> {
  if (!inputs.includes(STDIN)) return undefined;
  const refused = options.fix ? '--fix' : options.cache !== undefined ? '--cache' : undefined;
  if (refused) throw new UsageError('TRT9006', { option: refused, value: STDIN, expected: 'files: standard input is neither written back nor cached' });
  const label = options.stdinFilename ?? '<stdin>';
  return { path: label, outputName: 'stdin', content: await readStdin() };
}

function report(sources: SourceFile[], outcomes: FileOutcome[], lineMaps: Map<string, LineMap>, rulesFor: ReturnType<typeof resolveRules>, options: CheckOptions, stdout: (s: string) => void, stderr: (s: string) => void = () => {}): number {
  const all = outcomes.flatMap((o) => applyRules(o.diagnostics, rulesFor(o.source.path)));
  const diagnostics = options.quiet ? all.filter((d) => d.severity === 'error') : all;
  switch (options.format) {
    case 'json': stdout(formatJsonReport(diagnostics, sources.map((s) => s.path))); break;
    case 'sarif': stdout(formatSarif(diagnostics, { language: options.language, version })); break;
    case 'github': stdout(formatGithubReport(diagnostics, sources.length, options.language)); break;
    case 'text': {
      const reporter: Reporter = { language: options.language, color: options.color, sources: lineMaps };
      printDiagnostics(reporter, diagnostics, sources.length, stdout);
      break;
    }
  }
  const code = exitCode(all, options.maxWarnings);
  // Warnings alone fail only by --max-warnings, and a quiet report does not list them: the reason is said.
  const warnings = all.filter((d) => d.severity === 'warning').length;
  if (code === 1 && !hasErrors(all) && options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    const line = cliMessage('TRT9015', { count: warnings, max: options.maxWarnings }, options.language);
    if (options.format === 'text') stdout(line);
    else stderr(line);
  }
  return code;
}
