// The JSON's total term per procedure (schema v2, optional `term`): present where the act states one, checked
// against the steps by the TRT2104 arithmetic, valid against schema/tartip.schema.json, absent elsewhere.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { ACTS, definitionOf } from '../bpmn/compile-acts.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ajv = new Ajv2020({ strict: true, allErrors: true });
ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
const validate = ajv.compile(JSON.parse(readFileSync(path.join(ROOT, 'schema/tartip.schema.json'), 'utf8')));

describe('procedure term', () => {
  it('gives the seed act\'s 15 calendar days to both procedures of its channel, with the steps\' sum and path', () => {
    const json = definitionOf(ACTS[0]!);
    const withTerm = json.procedures.filter((p) => p.term);
    expect(withTerm.map((p) => p.id)).toEqual(['кеңсе-рәсімі', 'беруші-АЖО']);
    const office = withTerm[0]!.term!;
    expect(office.duration).toMatchObject({ kind: 'amount', value: 15, unit: 'calendar-day', iso: 'P15D' });
    // 30 + 20 minutes, 14 calendar days, 20 + 30 minutes: 100 minutes and 14 days, within 15 days.
    expect(office.steps).toEqual({ seconds: 6000, calendarDays: 14, workingDays: 0 });
    expect(office.path).toEqual(['кеңсе-рәсімі#1', 'кеңсе-рәсімі#2', 'кеңсе-рәсімі#3', 'кеңсе-рәсімі#4', 'кеңсе-рәсімі#5']);
    expect(office.withinTerm).toBe(true);
  });

  it.each(ACTS)('%s validates against the schema, with a term only where the act states one', (act) => {
    const json = definitionOf(act);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    for (const p of json.procedures) expect(p.term !== undefined).toBe(json.terms.some((t) => t.channel === p.channel || t.channel === null));
  });

  it('rejects a malformed term (the schema describes it)', () => {
    const json = structuredClone(definitionOf(ACTS[0]!));
    (json.procedures[0]!.term as unknown as Record<string, unknown>).withinTerm = 'yes';
    expect(validate(json)).toBe(false);
  });
});
