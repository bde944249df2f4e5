// Applies a slip of test/slips/slips.json to its real act: the act's text with `from` replaced by `to` once.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface Slip {
  id: string;
  act: string;
  what: string;
  from: string;
  to: string;
  code: string;
  errors: number;
  warnings: number;
}

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SLIPS: Slip[] = JSON.parse(readFileSync(path.join(import.meta.dirname, 'slips.json'), 'utf8')).slips;

export function slipped(slip: Slip): string {
  const text = readFileSync(path.join(ROOT, 'regulations', slip.act), 'utf8');
  const at = text.indexOf(slip.from);
  if (at < 0) throw new Error(`slip ${slip.id}: «${slip.from}» is not in ${slip.act}`);
  return text.slice(0, at) + slip.to + text.slice(at + slip.from.length);
}
