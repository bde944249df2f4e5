// Tells V8 to optimise only code that stays hot: the CLI is short-lived, and optimising cost more than it saved.
//
// Measured on `tartip check` (bench/): with V8's default budget, TurboFan spent about 2 s of CPU
// optimising the lexer, parser and checks over a 400-file batch, on a background thread that takes
// the second core from worker threads; a one-file check spent a quarter of its CPU that way. A larger
// budget optimises fewer, hotter functions: −30 % CPU on the batch, −25 % on one file, same output.
import v8 from 'node:v8';
import { WORKER_MARK } from './workers/protocol.js';

/** Bytecode budget a function spends before V8 considers optimising it (V8's default is 132 KB). */
const INTERRUPT_BUDGET = 600_000;

/**
 * V8 majors known to have the flag (Node 20 to 24): an unknown flag would print an error. The flag is
 * the process's, so only the main thread sets it, before the workers start (they carry the pool's mark in
 * their argv: loading node:worker_threads to ask would slow every start); a user's own setting wins.
 */
export function raiseInterruptBudget(): void {
  const major = Number(process.versions.v8.split('.')[0]);
  if (process.argv.includes(WORKER_MARK) || !(major >= 11 && major <= 13)) return;
  if ([...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((arg) => arg.includes('interrupt-budget'))) return;
  v8.setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}

raiseInterruptBudget();
