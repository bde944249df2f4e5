// Executable entry of the bundled CLI (dist/tartip.js); in a compile worker thread it serves the pool instead.
// First, before any other module runs: V8's optimisation budget (see jit-budget.ts).
import './jit-budget.js';
import { isMainThread, workerData } from 'node:worker_threads';
import { main } from './main.js';
import { WORKER_MARK } from './workers/protocol.js';
import { runWorker } from './workers/worker.js';

if (!isMainThread && (workerData as { mark?: unknown } | null)?.mark === WORKER_MARK) {
  runWorker();
} else {
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
