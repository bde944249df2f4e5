// Helpers for the check tests: run `tartip check` in-process and capture what it prints.
import path from 'node:path';
import { Ajv } from 'ajv';
import { runCheck, type CheckOptions } from '../../src/cli/commands/check.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export function check(inputs: string[], options: Partial<CheckOptions> = {}): { code: number; out: string } {
  let out = '';
  const code = runCheck(inputs, { language: 'both', color: false, format: 'text', maxWarnings: undefined, ...options }, (s) => (out += s));
  return { code, out };
}

/** An ajv for draft-07 schemas (SARIF's), with the formats those schemas use checked for real. */
export function draft07(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'http://base.invalid/'));
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
  return ajv;
}
