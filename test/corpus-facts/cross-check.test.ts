// Cross-checks every encoded act that exists against facts.json, a summary of its facts read from the newspaper, not from the sources.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import type { Duration, DurationAmount, ProcessDefinition } from '../../src/emit/json/model.js';

type Amount = Pick<DurationAmount, 'value' | 'unit' | 'bound' | 'countsTowardTerm'>;
type FactDuration = Amount | { sequence: (Amount | { alternatives: Amount[] })[] } | { alternatives: Amount[] };
type Channel = 'office' | 'state-corporation' | 'portal';
interface FactStep { number: number | null; duration: FactDuration | null; branchDurations?: FactDuration[] }
interface FactProcedure { channel: Channel; paragraph: number; conditional: boolean; source?: string; steps: FactStep[] }
interface FactAct {
  file: string;
  act?: string;
  title: string;
  titleSource?: string;
  channels: { intake: Channel[]; issuance: Channel[] };
  procedures: FactProcedure[];
  terms: { channel: Channel; duration: FactDuration }[];
}

const amountSchema = {
  type: 'object',
  required: ['value', 'unit', 'bound', 'countsTowardTerm'],
  additionalProperties: false,
  properties: {
    value: { type: 'number', exclusiveMinimum: 0 },
    unit: { enum: ['second', 'minute', 'hour', 'working-day', 'calendar-day'] },
    bound: { enum: ['exact', 'at-most', 'within'] },
    countsTowardTerm: { type: 'boolean' },
  },
};
const alternativesSchema = { type: 'object', required: ['alternatives'], additionalProperties: false, properties: { alternatives: { type: 'array', minItems: 2, items: amountSchema } } };
const durationSchema = {
  oneOf: [
    amountSchema,
    alternativesSchema,
    { type: 'object', required: ['sequence'], additionalProperties: false, properties: { sequence: { type: 'array', minItems: 2, items: { oneOf: [amountSchema, alternativesSchema] } } } },
  ],
};
const channelSchema = { enum: ['office', 'state-corporation', 'portal'] };
const factsSchema = {
  type: 'object',
  required: ['acts'],
  properties: {
    acts: {
      type: 'array',
      items: {
        type: 'object',
        required: ['file', 'title', 'channels', 'procedures', 'terms'],
        additionalProperties: false,
        properties: {
          file: { type: 'string', pattern: '^regulations/[0-9]{4}-[0-9]+-[a-z0-9-]+\\.tartip$' },
          act: { type: 'string' },
          title: { type: 'string', minLength: 1 },
          titleSource: { type: 'string' },
          channels: {
            type: 'object', required: ['intake', 'issuance'], additionalProperties: false,
            properties: { intake: { type: 'array', minItems: 1, items: channelSchema }, issuance: { type: 'array', minItems: 1, items: channelSchema } },
          },
          procedures: {
            type: 'array', minItems: 1,
            items: {
              type: 'object', required: ['channel', 'paragraph', 'conditional', 'steps'], additionalProperties: false,
              properties: {
                channel: channelSchema,
                paragraph: { type: 'integer', minimum: 1 },
                conditional: { type: 'boolean' },
                source: { type: 'string' },
                steps: {
                  type: 'array', minItems: 1,
                  items: {
                    type: 'object', required: ['number', 'duration'], additionalProperties: false,
                    properties: {
                      number: { type: 'integer', minimum: 1 },
                      duration: { oneOf: [{ type: 'null' }, durationSchema] },
                      branchDurations: { type: 'array', minItems: 1, items: durationSchema },
                    },
                  },
                },
              },
            },
          },
          terms: { type: 'array', items: { type: 'object', required: ['channel', 'duration'], additionalProperties: false, properties: { channel: channelSchema, duration: durationSchema } } },
        },
      },
    },
  },
};

const root = new URL('../../', import.meta.url);
const facts = JSON.parse(readFileSync(new URL('facts.json', import.meta.url), 'utf8')) as { acts: FactAct[] };
const present = facts.acts.filter((a) => existsSync(new URL(a.file, root)));

// Titles are compared as read: whitespace runs collapsed and Latin look-alike letters folded to Cyrillic,
// because the newspaper sometimes sets a Latin «i» inside Kazakh words (reg 7) and the two are indistinguishable in print.
const LOOKALIKES: Record<string, string> = { i: 'і', I: 'І', a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', A: 'А', E: 'Е', O: 'О', P: 'Р', C: 'С', X: 'Х', K: 'К', M: 'М', H: 'Н', T: 'Т', B: 'В' };
function foldTitle(title: string): string {
  return title.normalize('NFC').replace(/\s+/gu, ' ').trim().replace(/[iIaeopcxyAEOPCXKMHTB]/gu, (c) => LOOKALIKES[c] ?? c);
}

function amount(d: DurationAmount): Amount {
  return { value: d.value, unit: d.unit, bound: d.bound, countsTowardTerm: d.countsTowardTerm };
}

function duration(d: Duration | null): FactDuration | null {
  if (d === null) return null;
  if (d.kind === 'amount') return amount(d);
  if (d.kind === 'alternatives') return { alternatives: d.options.map(amount) };
  return { sequence: d.parts.map((p) => (p.kind === 'amount' ? amount(p) : { alternatives: p.options.map(amount) })) };
}

function channelOf(json: ProcessDefinition, id: string): string {
  const entity = json.entities.find((e) => e.id === id);
  if (entity?.kind === 'provider') return 'office';
  if (entity?.subkind === 'state-corporation') return 'state-corporation';
  if (entity?.subkind === 'portal') return 'portal';
  return `not a channel: ${id}`;
}

/** The compiled act, reduced to the shape of its facts. Unnumbered untimed steps (an act's lead-in sentence) carry no fact. */
function observe(json: ProcessDefinition): Omit<FactAct, 'file' | 'act' | 'titleSource'> {
  return {
    title: foldTitle(json.title ?? ''),
    channels: {
      intake: json.channels.intake.map((c) => channelOf(json, c.entity) as Channel),
      issuance: json.channels.issuance.map((c) => channelOf(json, c.entity) as Channel),
    },
    procedures: json.procedures.map((p) => ({
      channel: channelOf(json, p.channel) as Channel,
      paragraph: p.paragraph ?? 0,
      conditional: p.condition !== null,
      steps: p.steps
        .filter((s) => s.number !== null || s.duration !== null)
        .map((s) => {
          const branchDurations = s.branches.map((b) => duration(b.duration)).filter((d): d is FactDuration => d !== null);
          return { number: s.number, duration: duration(s.duration), ...(branchDurations.length > 0 ? { branchDurations } : {}) };
        }),
    })),
    terms: json.terms.map((t) => ({ channel: channelOf(json, t.channel ?? '') as Channel, duration: duration(t.duration) as FactDuration })),
  };
}

function expected(act: FactAct): Omit<FactAct, 'file' | 'act' | 'titleSource'> {
  return {
    title: foldTitle(act.title),
    channels: act.channels,
    procedures: act.procedures.map(({ channel, paragraph, conditional, steps }) => ({ channel, paragraph, conditional, steps })),
    terms: act.terms,
  };
}

describe('corpus facts', () => {
  it('facts.json is well formed: one entry per act file, steps numbered as printed', () => {
    const validate = new Ajv({ allErrors: true }).compile(factsSchema);
    expect(validate(facts) ? [] : validate.errors).toEqual([]);
    const files = facts.acts.map((a) => a.file);
    expect(new Set(files).size).toBe(files.length);
  });

  it('every act file in regulations/ that shares an act prefix with the facts has the file name the facts expect', () => {
    const onDisk = readdirSync(new URL('regulations/', root)).filter((f) => f.endsWith('.tartip'));
    const prefix = (name: string): string => /^\d{4}-\d+(?:-\d{2})?-/u.exec(name)?.[0] ?? name;
    const expectedNames = new Map(facts.acts.map((a) => [prefix(a.file.replace(/^regulations\//u, '')), a.file.replace(/^regulations\//u, '')]));
    const misnamed = onDisk.filter((f) => expectedNames.has(prefix(f)) && expectedNames.get(prefix(f)) !== f);
    expect(misnamed).toEqual([]);
  });

  it('at least one act of the summary is encoded', () => {
    expect(present.length).toBeGreaterThan(0);
  });

  it.each(present.map((a) => [a.file, a] as const))('%s agrees with the independent summary of its facts', (file, act) => {
    const name = file.replace(/^regulations\//u, '');
    const result = compile(readFileSync(new URL(file, root), 'utf8'), file, name);
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.range.start.line}:${d.range.start.column} ${d.code}`)).toEqual([]);
    expect(result.json).toBeDefined();
    expect(observe(result.json as ProcessDefinition)).toEqual(expected(act));
  });
});
