// Measures how much of a hand-encoded act's JSON an imported draft holds, and whether the draft invents anything.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DurationAmount, ProcessDefinition, StepInfo } from '../../src/emit/json/model.js';

const ROOT = resolve(import.meta.dirname, '../..');
const spans = JSON.parse(readFileSync(resolve(ROOT, 'test/import/spans.json'), 'utf8'));

export type ActSource = { seed: string } | { spans: [number, number][] };

/** The act's printed text: the seed file, or the newspaper with every other line blanked (line numbers kept). */
export function printedText(source: ActSource): string {
  if ('seed' in source) return readFileSync(resolve(ROOT, source.seed), 'utf8');
  const lines = readFileSync(resolve(ROOT, '../shared/corpus/newspaper-2018.txt'), 'utf8').split('\n');
  return lines.map((l, i) => (source.spans.some(([a, b]) => i + 1 >= a && i + 1 <= b) ? l : '')).join('\n');
}

export const TRAINING: Record<string, ActSource> = spans.training;
export const UNSEEN: Record<string, ActSource> = spans.unseen;

/**
 * Words only: case, spacing, punctuation and the print's hyphens do not count, nor a Latin «i» printed for
 * the Kazakh «і» (the importer mends that slip; a hand encoding may keep it as printed).
 */
export const plain = (text: string | null | undefined): string =>
  (text ?? '').toLocaleLowerCase('kk').replace(/i/gu, 'і').replace(/[^a-zа-яёәғқңөұүһі0-9]+/gu, '');

function amounts(step: { duration: StepInfo['duration'] }): string {
  const d = step.duration;
  if (!d) return '';
  const one = (a: DurationAmount) => `${a.value} ${a.unit} ${a.bound}`;
  if (d.kind === 'amount') return one(d);
  if (d.kind === 'alternatives') return d.options.map(one).join('|');
  return d.parts.map((p) => (p.kind === 'amount' ? one(p) : p.options.map(one).join('|'))).join(';');
}

function entityName(json: ProcessDefinition, id: string): string {
  const e = json.entities.find((x) => x.id === id);
  return e?.kind === 'applicant' ? 'applicant' : plain(e?.names[0] ?? id);
}

function stepText(s: StepInfo): string {
  return plain([s.action, ...s.branches.flatMap((b) => [b.condition, b.action])].join(' '));
}

export interface Agreement {
  title: number; provider: number; units: [number, number];
  steps: [number, number]; performers: [number, number]; durations: [number, number]; texts: [number, number];
  /** Held facts over all facts (title, provider, units, every step's text, every duration). */
  facts: number;
  invented: string[];
}

export function agreement(hand: ProcessDefinition, draft: ProcessDefinition, source: string): Agreement {
  const units = hand.entities.filter((e) => e.kind === 'participant');
  const draftUnits = new Set(draft.entities.filter((e) => e.kind === 'participant').map((e) => plain(e.names[0])));
  const a: Agreement = {
    title: plain(hand.title) === plain(draft.title) ? 1 : 0,
    provider: plain(hand.provider.names.join(' ')) === plain(draft.provider.names.join(' ')) ? 1 : 0,
    units: [units.filter((u) => draftUnits.has(plain(u.names[0]))).length, units.length],
    steps: [0, 0], performers: [0, 0], durations: [0, 0], texts: [0, 0], facts: 0, invented: [],
  };
  hand.procedures.forEach((proc, p) => {
    const mine = draft.procedures[p]?.steps ?? [];
    proc.steps.forEach((step, i) => {
      const got = mine[i];
      a.steps[1]++; a.performers[1]++; a.durations[1]++; a.texts[1]++;
      if (!got) return;
      a.steps[0]++;
      if (entityName(hand, step.performer) === entityName(draft, got.performer)) a.performers[0]++;
      if (amounts(step) === amounts(got)) a.durations[0]++;
      if (stepText(got).includes(plain(step.action))) a.texts[0]++;
    });
  });
  const text = plain(source);
  for (const proc of draft.procedures) {
    for (const s of proc.steps) {
      if (!text.includes(plain(s.action))) a.invented.push(`step ${s.id}: action «${s.action}»`);
      const who = draft.entities.find((e) => e.id === s.performer);
      if (who && who.kind !== 'applicant' && !who.names.some((n) => text.includes(plain(n)))) a.invented.push(`step ${s.id}: performer ${s.performer}`);
      if (s.duration && !text.includes(plain(s.duration.written.replace(/«|»/g, '')))) a.invented.push(`step ${s.id}: duration «${s.duration.written}»`);
    }
  }
  const held = a.title + a.provider + a.units[0] + a.texts[0] + a.durations[0];
  const all = 2 + a.units[1] + a.texts[1] + a.durations[1];
  a.facts = Math.round((held / all) * 1000) / 1000;
  return a;
}
