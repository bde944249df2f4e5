// The `tartip` command line: parses arguments with commander and runs a command; the only place that exits.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { messageFor } from '../diagnostics/create.js';
import type { Language } from '../diagnostics/format-text.js';
import { runCheck, type CheckFormat } from './commands/check.js';
import { runCompile } from './commands/compile.js';
import { useColor } from './report.js';
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

function usageMessage(error: UsageError, language: Language): string {
  const message = messageFor(error.code, error.args);
  const text = language === 'kk' ? message.kk : language === 'en' ? message.en : `${message.kk}\n${message.en}`;
  return `tartip: ${error.code}: ${text}\n`;
}

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('tartip')
    .description('Tártip — compiler for public-service regulations (мемлекеттік көрсетілетін қызмет регламенттері)')
    .version(version, '-v, --version')
    .showHelpAfterError()
    .exitOverride();

  program
    .command('compile')
    .description('compile .tartip sources to JSON process definitions')
    .argument('<inputs...>', '.tartip files or directories')
    .option('-o, --out-dir <dir>', 'output directory', 'out')
    .option('-q, --quiet', 'print errors only')
    .addOption(languageOption())
    .action((inputs: string[], opts: { outDir: string; quiet?: boolean; lang: Language }) => {
      setExit(runCompile(inputs, { outDir: opts.outDir, language: opts.lang, color: useColor(process.stderr), quiet: Boolean(opts.quiet) }, out, err));
    });

  program
    .command('check')
    .description('check .tartip sources and report every problem (for CI); writes nothing')
    .argument('<inputs...>', '.tartip files or directories')
    .addOption(new Option('-f, --format <format>', 'report format').choices(['text', 'json']).default('text'))
    .option('--max-warnings <n>', 'fail when there are more warnings than this', nonNegativeInteger)
    .addOption(languageOption())
    .action((inputs: string[], opts: { format: CheckFormat; maxWarnings?: number; lang: Language }) => {
      setExit(runCheck(inputs, { language: opts.lang, color: useColor(process.stdout), format: opts.format, maxWarnings: opts.maxWarnings }, out));
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
    if (error instanceof UsageError) {
      const lang = (argv.find((_, i) => argv[i - 1] === "--lang") ?? 'both') as Language;
      err(usageMessage(error, lang));
      return 2;
    }
    const message = messageFor('TRT9004', { reason: error instanceof Error ? error.message : String(error) });
    err(`tartip: TRT9004: ${message.kk}\n${message.en}\n`);
    return 3;
  }
}
