// Entry of the CLI bundle (dist/cli.cjs, run by dist/tartip.js); in a compile worker thread it serves the pool instead.
// First, before any other module runs: V8's optimisation budget (see jit-budget.ts).
import './jit-budget.js';
import { main } from './main.js';
import { WORKER_MARK } from './workers/protocol.js';

/** A worker of the pool carries the mark in its argv and its workerData; node:worker_threads is loaded only then. */
async function isPoolWorker(): Promise<boolean> {
  if (!process.argv.includes(WORKER_MARK)) return false;
  const { isMainThread, workerData } = await import('node:worker_threads');
  return !isMainThread && (workerData as { mark?: unknown } | null)?.mark === WORKER_MARK;
}

function runCli(): void {
  // A reader that stops early (`tartip check … | head`) closes the pipe; that is the reader's choice, not
  // a Tártip failure, so it ends the run quietly instead of crashing with an unhandled EPIPE.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? 0);
    });
  }

  main(process.argv).then((code) => {
    process.exitCode = code;
  });
}

// No top-level await: the bundle is CommonJS, for the code cache (launcher.ts).
void isPoolWorker().then(async (worker) => {
  if (!worker) return runCli();
  const { runWorker } = await import('./workers/worker.js');
  runWorker();
});
