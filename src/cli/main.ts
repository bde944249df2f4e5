// The `tartip` command line: parses arguments with commander and runs a command; the only place that exits.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { Language } from '../diagnostics/format-text.js';
import { DEFAULT_CACHE_LOCATION } from './check-cache.js';
import { CHECK_FORMATS, runCheckBatch, type CheckFormat } from './commands/check.js';
import { runWatch } from './commands/watch.js';
import { runExplain } from './commands/explain.js';
import { SWIMLANE_LAYOUTS, type SwimlaneLayout } from '../emit/mermaid/style.js';
import { runCompileBatch } from './commands/compile.js';
import { COMPILE_FORMATS, parseCompileFormats, type CompileFormat } from './commands/write-bpmn.js';
import { runBuild } from './commands/build.js';
import { DIAGRAM_FORMATS, parseFormats, runDiagram, type DiagramFormat } from './commands/diagram.js';
import { ConfigError } from './config.js';
import { cliMessage, useColor } from './report.js';
import { UsageError } from './sources.js';
import { version } from './version.js';

const out = (s: string) => process.stdout.write(s);
const err = (s: string) => process.stderr.write(s);

function languageOption(): Option {
  return new Option('--lang <language>', 'language of messages: kk, en or both').choices(['kk', 'en', 'both']).default('both');
}

function nonNegativeInteger(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number ≥ 0');
  return Number.parseInt(value, 10);
}

function positiveInteger(value: string): number {
  if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return Number.parseInt(value, 10);
}

/** `--chart-timeout`: a positive number of seconds, else TRT9050. */
function chartTimeout(value: string): number {
  const seconds = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || !(seconds > 0)) throw new UsageError('TRT9050', { value });
  return seconds;
}

/** `--jobs`: threads to compile on; large batches use every core by default, small ones stay on one thread. */
function jobsOption(): Option {
  return new Option('-j, --jobs <n>', 'most threads to compile on (default: the cores available; 1: no worker threads)').argParser(positiveInteger);
}

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('tartip')
    .description('Tártip — compiler for public-service regulations (мемлекеттік көрсетілетін қызмет регламенттері)')
    .version(version, '-v, --version')
    .showHelpAfterError()
    .exitOverride()
    .addHelpText('after', `
Examples:
  tartip build regulations -o out            JSON and every appendix (.mmd, SVG, PNG, PDF) of each act
  tartip check regulations                   every problem of every act, with code frames
  tartip check regulations --fix             write the offered fixes, report what is left
  tartip check regulations --watch           check again on every save
  tartip check regulations --format sarif    for GitHub code scanning (also json, github)
  tartip diagram out/*.json -f svg -o annex  the appendices from compiled definitions
  tartip preview reg.tartip                  the charts in a browser, redrawn on every save
  tartip document regulations -o out         each act as DOCX, HTML and PDF, with its appendices
  tartip diff old.tartip new.tartip -f markdown   what an amendment changes, for a pull request
  tartip deadline reg.tartip --from 2025-03-07T17:45   by when each step and the service are due
  tartip fmt regulations                     the canonical layout, in place (--check: list what would change)
  tartip explain TRT2104                     what a diagnostic code means, with an example
  tartip lsp --stdio                         the language server an editor starts (editors/vscode)

Exit codes: 0 success, 1 errors in the sources (or more warnings than --max-warnings; for diff:
the versions differ), 2 usage or I/O error, 3 internal error, 130 interrupted (Ctrl-C; also how preview stops), 143 terminated (SIGTERM).
Documentation: README.md, grammar/REFERENCE.md and docs/DIAGNOSTICS.md in the package.`);

  program
    .command('compile')
    .description('compile .tartip sources to JSON process definitions')
    .argument('<inputs...>', '.tartip files or directories; - for standard input (written as stdin.json)')
    .option('-o, --out-dir <dir>', 'output directory', 'out')
    .addOption(new Option('-f, --format <formats>', `comma-separated: ${COMPILE_FORMATS.join(', ')} (BPMN 2.0 with diagram, one .bpmn per act)`).argParser(parseCompileFormats).default(['json'], 'json'))
    .option('-q, --quiet', 'print errors only')
    .addOption(languageOption())
    .addOption(jobsOption())
    .action(async (inputs: string[], opts: { outDir: string; format: CompileFormat[]; quiet?: boolean; lang: Language; jobs?: number }) => {
      setExit(await runCompileBatch(inputs, { outDir: opts.outDir, formats: opts.format, language: opts.lang, color: useColor(process.stderr), quiet: Boolean(opts.quiet), jobs: opts.jobs }, out, err));
    });

  program
    .command('check')
    .description('check .tartip sources and report every problem (for CI); writes nothing unless asked (--fix, --cache)')
    .argument('<inputs...>', '.tartip files or directories; - for standard input')
    .addOption(new Option('-f, --format <format>', 'report format').choices(CHECK_FORMATS).default('text'))
    .option('--max-warnings <n>', 'fail when there are more warnings than this', nonNegativeInteger)
    .option('--rule <code=severity>', 'set a rule\'s severity: off, info, warning or error (repeatable; wins over tartip.config.json)', (v: string, all: string[] | undefined) => [...(all ?? []), v])
    .option('--config <file>', 'read rule severities from this file instead of the nearest tartip.config.json')
    .option('--fix', 'write the replacements the findings offer (→ replace with …) into the sources, then report what is left')
    .option('-q, --quiet', 'report errors only (warnings still count for --max-warnings)')
    .option('--stdin-filename <name>', 'the file name to report standard input («-») under, and to find its tartip.config.json from')
    .addOption(new Option('-w, --watch', 'check again whenever a source or tartip.config.json changes, until Ctrl-C').conflicts('fix'))
    .option('--cache', 'compile only the files changed since the last --cache run (findings kept in --cache-location)')
    .option('--cache-location <file>', 'where --cache keeps its findings', DEFAULT_CACHE_LOCATION)
    .addOption(languageOption())
    .addOption(jobsOption())
    .action(async (inputs: string[], opts: { format: CheckFormat; maxWarnings?: number; lang: Language; rule?: string[]; config?: string; jobs?: number; cache?: boolean; cacheLocation: string; fix?: boolean; watch?: boolean; stdinFilename?: string; quiet?: boolean }) => {
      const options = {
        language: opts.lang, color: useColor(process.stdout), format: opts.format, maxWarnings: opts.maxWarnings, rules: opts.rule ?? [], config: opts.config, jobs: opts.jobs,
        cache: opts.cache ? opts.cacheLocation : undefined, fix: Boolean(opts.fix), stdinFilename: opts.stdinFilename, quiet: Boolean(opts.quiet),
      };
      setExit(opts.watch ? await runWatch(inputs, options, out, err) : await runCheckBatch(inputs, options, out, err));
    });

  const formatOption = () => new Option('-f, --format <formats>', `comma-separated: ${DIAGRAM_FORMATS.join(', ')} (.mmd is always written)`).argParser(parseFormats).default([...DIAGRAM_FORMATS], DIAGRAM_FORMATS.join(','));
  const layoutOption = () => new Option('--layout <layout>', 'swimlane layout: packed (short; a step may share a row with the one before) or rows (every transition a row down: clearer for branching charts, taller)').choices(SWIMLANE_LAYOUTS).default('rows');
  type DiagramOpts = { outDir: string; format: DiagramFormat[]; quiet?: boolean; lang: Language; jobs?: number; layout: SwimlaneLayout; chartTimeout?: number };
  const diagramOptions = (opts: DiagramOpts) => ({
    outDir: opts.outDir, formats: opts.format, language: opts.lang, color: useColor(process.stderr), quiet: Boolean(opts.quiet), progress: process.stderr, jobs: opts.jobs, layout: opts.layout, chartTimeout: opts.chartTimeout,
  });

  /** The options `diagram` and `build` share: where, in which formats and how the appendices are drawn. */
  const drawingOptions = (command: Command): Command =>
    command
      .option('-o, --out-dir <dir>', 'output directory', 'out')
      .addOption(formatOption())
      .addOption(layoutOption())
      .option('--chart-timeout <seconds>', 'seconds one chart may take to render before it fails (TRT3250); default 60', chartTimeout)
      .option('-q, --quiet', 'print errors only')
      .addOption(languageOption())
      .addOption(jobsOption());

  drawingOptions(
    program
      .command('diagram')
      .description('draw the appendices (handbook, IS interaction diagram) as Mermaid and render them to SVG, PNG and PDF')
      .argument('<inputs...>', '.tartip files or directories, or .json definitions written by tartip compile'),
  ).action(async (inputs: string[], opts: DiagramOpts) => {
    setExit(await runDiagram(inputs, diagramOptions(opts), out, err));
  });

  drawingOptions(
    program
      .command('build')
      .description('compile every regulation in a folder to JSON and draw all its appendices in every format')
      .argument('[dir]', 'folder of .tartip sources', '.'),
  ).action(async (dir: string, opts: DiagramOpts) => {
    setExit(await runBuild(dir, diagramOptions(opts), out, err));
  });

  program
    .command('document')
    .description('write each act as the document that gets signed: DOCX (Word), a self-contained web page and its PDF, with the appendices\' charts')
    .argument('<inputs...>', '.tartip files or directories')
    .option('-o, --out-dir <dir>', 'output directory', 'out')
    .addOption(new Option('-f, --format <formats>', 'comma-separated: docx, html, pdf').argParser((v: string) => v).default('docx,html,pdf'))
    .option('-q, --quiet', 'print errors only')
    .addOption(languageOption())
    .action(async (inputs: string[], opts: { outDir: string; format: string; quiet?: boolean; lang: Language }) => {
      // Loaded only for this command: the Word writer and the document's wording stay out of every other start.
      const { parseDocumentFormats, runDocument } = await import('./commands/document.js');
      let formats;
      try {
        formats = parseDocumentFormats(opts.format);
      } catch (error) {
        err(`error: option '-f, --format <formats>' argument '${opts.format}' is invalid. ${(error as Error).message}\n`);
        setExit(2);
        return;
      }
      setExit(await runDocument(inputs, { outDir: opts.outDir, formats, language: opts.lang, color: useColor(process.stderr), quiet: Boolean(opts.quiet) }, out, err));
    });

  program
    .command('diff')
    .description('what changed in the procedure between two versions of an act (steps, terms, channels, documents, participants, appendices); exit 1 when something did')
    .argument('<old>', 'the earlier version: a .tartip source or a .json definition')
    .argument('<new>', 'the later version')
    .addOption(new Option('-f, --format <format>', 'text, json, or markdown for a pull-request comment').choices(['text', 'json', 'markdown']).default('text'))
    .addOption(languageOption())
    .action(async (before: string, after: string, opts: { format: 'text' | 'json' | 'markdown'; lang: Language }) => {
      // Loaded only for this command: the diff library and the diff's own code stay out of every other start.
      const { runDiff } = await import('./commands/diff.js');
      setExit(runDiff(before, after, { format: opts.format, language: opts.lang, color: useColor(process.stderr) }, out, err));
    });

  program
    .command('preview')
    .description('a local web page with the act\'s charts and diagnostics, redrawn whenever the file is saved (127.0.0.1 only; its address is the first line on stdout)')
    .argument('<file>', 'a .tartip source (or a .json definition)')
    .option('-p, --port <n>', 'port to listen on (default: any free port)', nonNegativeInteger, 0)
    .addOption(languageOption())
    .action(async (file: string, opts: { port: number; lang: Language }) => {
      const { runPreview } = await import('./commands/preview.js');
      setExit(await runPreview(file, { port: opts.port, language: opts.lang }, out, err));
    });

  program
    .command('deadline')
    .description('the due time of every step and of the whole service, per channel, on Kazakhstan\'s working calendar (Asia/Almaty)')
    .argument('<file>', 'a .tartip source or a .json definition')
    .requiredOption('--from <date-time>', 'when the application is accepted: ISO 8601 (2025-03-07T17:45, or with an offset)')
    .option('--channel <id>', 'only this channel (its id in the act, e.g. МК, портал)')
    .addOption(new Option('-f, --format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .addOption(new Option('--first-day <rule>', 'whether the day the term starts from counts (Civil Code art. 171: not-counted)').choices(['counted', 'not-counted']).default('not-counted'))
    .option('--hours <span>', 'working hours', '09:00-18:30')
    .option('--lunch <span>', 'lunch break, or none', '13:00-14:30')
    .option('--zone <zone>', 'time zone of the office', 'Asia/Almaty')
    .addOption(languageOption())
    .action(async (file: string, opts: { from: string; channel?: string; format: 'text' | 'json'; firstDay: 'counted' | 'not-counted'; hours: string; lunch: string; zone: string; lang: Language }) => {
      // Loaded only for this command: date-holidays and its rules stay out of every other start.
      const { runDeadline } = await import('./commands/deadline.js');
      setExit(runDeadline(file, { ...opts, language: opts.lang, color: useColor(process.stderr) }, out, err));
    });

  program
    .command('import')
    .description('a printed act (UTF-8 text, DOCX, HTML or PDF) becomes a Tártip draft that compiles; what it could not decide is marked TRT50xx')
    .argument('<file>', 'the act as published: .txt, .docx, .html or .pdf')
    .option('-o, --out <path>', 'the draft to write (with --split: the folder for the drafts); default: stdout')
    .option('--split', 'write one draft per act found in a whole gazette or resolution', false)
    .option('--report', 'per act: paragraphs recognised, steps, durations, warnings left, source lines not used', false)
    .addOption(languageOption())
    .action(async (file: string, opts: { out?: string; split: boolean; report: boolean; lang: Language }) => {
      // Loaded only for this command: the DOCX, HTML and PDF readers stay out of every other start.
      const { runImport } = await import('./commands/import.js');
      setExit(await runImport(file, { out: opts.out, split: opts.split, report: opts.report, language: opts.lang, color: useColor(process.stderr) }, out, err));
    });

  program
    .command('fmt')
    .description('write .tartip sources in the one canonical layout, in place (comments and blank lines kept, meaning never changed)')
    .argument('<inputs...>', '.tartip files or directories; - formats standard input to standard output')
    .option('--check', 'write nothing: list the files that are not formatted and exit 1 if there are any (for CI)')
    .option('--stdin-filename <name>', 'the file name to report standard input («-») under')
    .addOption(languageOption())
    .action(async (inputs: string[], opts: { check?: boolean; stdinFilename?: string; lang: Language }) => {
      // Loaded only for this command: the formatter stays out of every other start.
      const { runFmt } = await import('./commands/fmt.js');
      setExit(await runFmt(inputs, { check: Boolean(opts.check), language: opts.lang, color: useColor(process.stderr), stdinFilename: opts.stdinFilename }, out, err));
    });

  program
    .command('lsp')
    .description('the language server for editors (diagnostics, quick fixes, hovers, completion, rename, outline, formatting) on standard input and output')
    .option('--stdio', 'talk the Language Server Protocol on stdin/stdout (the only transport)')
    .allowUnknownOption()
    .action(async () => {
      // A bundle of its own (dist/lsp.cjs), loaded only here: the protocol library stays out of every other start.
      const { runLanguageServer } = await import('../lsp/run.js');
      setExit(await runLanguageServer());
    });

  program
    .command('explain')
    .description('what a diagnostic code means, with an example (docs/DIAGNOSTICS.md)')
    .argument('<code>', 'a code such as TRT2104, or its name such as term-exceeded')
    .addOption(languageOption())
    .action((code: string, opts: { lang: Language }) => {
      setExit(runExplain(code, opts.lang, out, err));
    });

  return program;
}

/** Runs the CLI and resolves to the exit code: 0 ok, 1 errors in sources, 2 usage or I/O, 3 internal error. */
export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = buildProgram((c) => (code = c));
  try {
    await program.parseAsync(argv);
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? 0 : 2;
    }
    const lang = (argv.find((_, i) => argv[i - 1] === '--lang') ?? 'both') as Language;
    if (error instanceof UsageError || error instanceof ConfigError) {
      err(cliMessage(error.code, error.args, lang));
      return 2;
    }
    err(cliMessage('TRT9004', { reason: error instanceof Error ? error.message : String(error) }, lang));
    return 3;
  }
}
