// `tartip check --watch`: checks, then checks again whenever a source or a configuration file changes.
import { statSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { inLanguage, type Language } from '../../diagnostics/format-text.js';
import { fileStore, memoryStore } from '../check-cache.js';
import { ConfigError } from '../config.js';
import { cliMessage } from '../report.js';
import { UsageError } from '../sources.js';
import { STDIN, runCheckBatch, type BatchCheckOptions } from './check.js';
import { watchInterrupts } from '../../render/interrupt.js';

/** Saving a file in an editor is often several writes (truncate, write, rename): one check for them all. */
const SETTLE_MS = 150;

const WATCHING = {
  kk: 'Өзгерістер күтілуде (тоқтату үшін Ctrl-C).',
  en: 'Watching for changes (Ctrl-C to stop).',
};
const CHANGED = {
  kk: 'Файл өзгерді, қайта тексерілуде…',
  en: 'A file changed; checking again…',
};

function say(text: { kk: string; en: string }, language: Language): string {
  return `${inLanguage(text, language)}\n`;
}

/** Whether a changed file can change the report: a source, or a severity configuration. */
function relevant(file: string, config: string | undefined): boolean {
  const base = path.basename(file);
  return base.endsWith('.tartip') || base === 'tartip.config.json' || (config !== undefined && base === path.basename(config));
}

export interface WatchIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Clear the terminal before each report (a terminal only, like tsc --watch). */
  clear: boolean;
}

/**
 * Checks the inputs, then again after every change below them, until `signal` aborts (Ctrl-C); resolves to
 * 130 then. Unchanged files are answered from the previous run (in memory, or the `--cache` file). A run
 * that cannot start (an input or a configuration gone wrong) is reported and the watch goes on.
 */
export function watchCheck(inputs: string[], options: BatchCheckOptions, io: WatchIo, signal: AbortSignal): Promise<number> {
  const store = options.cache === undefined ? memoryStore() : fileStore(options.cache);
  let running = false;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  const watchers: FSWatcher[] = [];

  return new Promise((resolve, reject) => {
    const stop = (): void => {
      clearTimeout(timer);
      for (const w of watchers) w.close();
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = (): void => {
      stop();
      resolve(130);
    };
    // A Tártip bug ends the watch like any other command's: main reports it as TRT9004.
    const fail = (error: unknown): void => {
      stop();
      reject(error);
    };

    const check = async (): Promise<void> => {
      running = true;
      try {
        if (io.clear) io.stdout('\x1bc');
        await runCheckBatch(inputs, { ...options, store }, io.stdout, io.stderr);
      } catch (error) {
        if (!(error instanceof UsageError || error instanceof ConfigError)) throw error;
        io.stderr(cliMessage(error.code, error.args, options.language));
      }
      io.stdout(`\n${say(WATCHING, options.language)}`);
      running = false;
      if (again && !signal.aborted) {
        again = false;
        io.stdout(say(CHANGED, options.language));
        await check();
      }
    };

    const schedule = (file: string | null): void => {
      if (signal.aborted || (file !== null && !relevant(file, options.config))) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (running) {
          again = true;
          return;
        }
        io.stdout(say(CHANGED, options.language));
        check().catch(fail);
      }, SETTLE_MS);
    };

    for (const input of inputs) {
      try {
        // A folder is watched with everything below it; a file through its folder, as editors replace files.
        const folder = statSync(input).isDirectory();
        const name = path.basename(input);
        const watcher = watch(folder ? input : path.dirname(input), { recursive: folder }, (_event, file) => {
          if (folder || file === null || file === name) schedule(file === null ? null : String(file));
        });
        watcher.on('error', () => watcher.close());
        watchers.push(watcher);
      } catch {
        // A missing input is reported by the first check.
      }
    }

    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    check().catch(fail);
  });
}

/** `tartip check --watch` as the command line runs it: Ctrl-C (or SIGTERM) closes the watchers and ends with 130 (SIGTERM: 143). */
export async function runWatch(inputs: string[], options: BatchCheckOptions, stdout: (s: string) => void, stderr: (s: string) => void): Promise<number> {
  if (inputs.includes(STDIN)) throw new UsageError('TRT9006', { option: '--watch', value: STDIN, expected: 'files or folders to watch' });
  // Handlers go as soon as the first signal is seen, so a second Ctrl-C ends a stop that hangs.
  const interrupt = watchInterrupts(process, () => interrupt.dispose());
  try {
    const code = await watchCheck(inputs, options, { stdout, stderr, clear: Boolean(process.stdout.isTTY) }, interrupt.signal);
    return interrupt.exitCode() ?? code;
  } finally {
    interrupt.dispose();
  }
}
