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

/** `from` as a pattern in which a space matches any run of whitespace: the acts are re-wrapped by `tartip fmt`. */
function pattern(from: string): RegExp {
  return new RegExp(from.split(/\s+/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
}

export function slipped(slip: Slip): string {
  const text = readFileSync(path.join(ROOT, 'regulations', slip.act), 'utf8');
  if (slip.from === '') return text;
  const match = pattern(slip.from).exec(text);
  if (!match) throw new Error(`slip ${slip.id}: «${slip.from}» is not in ${slip.act}`);
  return text.slice(0, match.index) + slip.to + text.slice(match.index + match[0].length);
}
