// `--split` on the whole newspaper: each act's draft holds as much of its hand encoding as the import of its MAP spans, the acts the paper breaks off and resumes included.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import { importAct } from '../../src/import/import-act.js';
import { actText, splitActs } from '../../src/import/split.js';
import { agreement, printedText, TRAINING, UNSEEN } from './agreement.js';

const ROOT = resolve(import.meta.dirname, '../..');
const paper = readFileSync(resolve(ROOT, '../shared/corpus/newspaper-2018.txt'), 'utf8');
const acts = splitActs(paper);
const MAPPED = Object.entries({ ...TRAINING, ...UNSEEN }).filter(([, s]) => 'spans' in s) as [string, { spans: [number, number][] }][];

function facts(name: string, text: string): { facts: number; errors: number; invented: string[] } {
  const imported = importAct(text, `${name}.txt`);
  const draft = compile(imported.draft, `${name}.draft.tartip`);
  const hand = compile(readFileSync(resolve(ROOT, `regulations/${name}.tartip`), 'utf8'), `${name}.tartip`);
  // Nothing is invented when all the draft holds is printed in the lines it was taken from (a piece the
  // paper resumed elsewhere joins its act's text over the lines between).
  const unused = new Set(imported.report.unusedLines);
  const a = agreement(hand.json!, draft.json!, text.split('\n').map((l, i) => (unused.has(i + 1) ? '' : l)).join('\n'));
  return { facts: a.facts, errors: draft.diagnostics.filter((d) => d.severity === 'error').length, invented: a.invented };
}

describe.each(MAPPED)('split draft of %s', (name, source) => {
  // The act the split found where the MAP's main text starts.
  const act = acts.find((s) => s.parts.some(([a, b]) => source.spans[0]![0] >= a && source.spans[0]![0] <= b));
  it('is found, and takes every printed line of the MAP spans', () => {
    expect(act).toBeDefined();
    const lines = paper.split('\n');
    const missing = source.spans.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i))
      .filter((l) => lines[l - 1]!.trim() && !act!.parts.some(([a, b]) => l >= a && l <= b));
    expect(missing).toEqual([]);
  });
  it('holds as many facts as the import of the MAP spans, with zero errors and nothing invented', () => {
    const split = facts(name, actText(paper, act!));
    const mapped = facts(name, printedText(source));
    expect(split.errors).toBe(0);
    expect(split.invented).toEqual([]);
    expect(split.facts).toBeGreaterThanOrEqual(mapped.facts);
  });
});

it('gives no act a line of another act\'s main text', () => {
  const owner = new Map<number, number>();
  acts.forEach((act, i) => act.parts.forEach(([a, b]) => { for (let l = a; l <= b; l++) { expect(owner.get(l), `line ${l}`).toBeUndefined(); owner.set(l, i); } }));
});

it('one input holding a broken-off act, its appendices and its resumed piece reads as the act (act 9, without --split)', () => {
  const name = '2018-1114-09-adoption-one-off-payment';
  const pages = printedText({ spans: [[4663, 5042], [6564, 6658]] });
  const joined = facts(name, pages);
  expect(joined.errors).toBe(0);
  expect(joined.invented).toEqual([]);
  expect(joined.facts).toBeGreaterThanOrEqual(facts(name, printedText(TRAINING[name]!)).facts);
});
