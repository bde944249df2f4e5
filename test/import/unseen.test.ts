// The unseen acts 11 and 14: imported once after development, measured against their hand encodings; the floor is what was measured.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import { importAct } from '../../src/import/import-act.js';
import { agreement, printedText, UNSEEN } from './agreement.js';

const ROOT = resolve(import.meta.dirname, '../..');
const FLOORS = resolve(ROOT, 'test/import/floors.json');
const floors = JSON.parse(readFileSync(FLOORS, 'utf8')).unseen ?? {};

describe.each(Object.entries(UNSEEN))('unseen import of %s', (name, source) => {
  const text = printedText(source);
  const imported = importAct(text, `${name}.txt`);
  const draft = compile(imported.draft, `${name}.draft.tartip`);
  const hand = compile(readFileSync(resolve(ROOT, `regulations/${name}.tartip`), 'utf8'), `${name}.tartip`);
  const errors = draft.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
  it('holds its measured floor', () => {
    const a = draft.json ? agreement(hand.json!, draft.json, text) : undefined;
    const figures = { errors: errors.length, facts: a?.facts ?? 0, invented: a?.invented.length ?? 0 };
    if (process.env.IMPORT_FLOORS === 'write') {
      const file = JSON.parse(readFileSync(FLOORS, 'utf8'));
      file.unseen = { ...(file.unseen ?? {}), [name]: figures };
      writeFileSync(FLOORS, `${JSON.stringify(file, null, 2)}\n`);
      console.log(name, JSON.stringify(figures), a && JSON.stringify({ steps: a.steps, performers: a.performers, durations: a.durations, texts: a.texts, units: a.units, title: a.title, provider: a.provider }));
      return;
    }
    const floor = floors[name];
    expect(floor).toBeDefined();
    expect(figures.errors).toBeLessThanOrEqual(floor.errors);
    expect(figures.facts).toBeGreaterThanOrEqual(floor.facts);
    expect(figures.invented).toBeLessThanOrEqual(floor.invented);
  });
});
