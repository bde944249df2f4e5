// Entry point: the semantic diff of two versions of an act, from their process definitions. Pure.
import type { AppendixInfo, Channel, ChannelResult, DocumentInfo, EntityInfo, ProcessDefinition } from '../emit/json/model.js';
import { pairByKey, type Pairing } from './align.js';
import { diffProcedures } from './diff-procedures.js';
import { actText, durationText, field, item, list, refsText } from './fields.js';
import type { ActDiff, AreaChange, AreaName, FieldChange, ItemChange } from './model.js';
import { similarity } from './words.js';

/** Added, removed and changed items of one area, from a pairing and what to compare and show of each item. */
function listed<T>(pairing: Pairing<T>, label: (x: T) => string, summary: (x: T) => string | null, fields: (a: T, b: T) => FieldChange[]): ItemChange[] {
  const changes: ItemChange[] = [];
  for (const { before, after } of pairing.pairs) {
    const changed = fields(before, after);
    if (changed.length > 0) changes.push(item('changed', label(after), { fields: changed }));
  }
  for (const { item: x } of pairing.added) changes.push(item('added', label(x), { summary: summary(x) }));
  for (const { item: x } of pairing.removed) changes.push(item('removed', label(x), { summary: summary(x) }));
  return changes;
}

function header(a: ProcessDefinition, b: ProcessDefinition): ItemChange[] {
  const fields = [
    ...field('title', a.title, b.title),
    ...field('approval', actText(a.approval), actText(b.approval)),
    ...field('standard', actText(a.standard), actText(b.standard)),
    ...field('standardName', a.standard?.name ?? null, b.standard?.name ?? null),
  ];
  return fields.length > 0 ? [item('changed', 'act', { fields })] : [];
}

function provider(a: ProcessDefinition, b: ProcessDefinition): ItemChange[] {
  const fields = [...field('names', list(a.provider.names), list(b.provider.names)), ...field('shortName', a.provider.shortName, b.provider.shortName)];
  return fields.length > 0 ? [item('changed', 'provider', { fields })] : [];
}

function channels(a: ProcessDefinition, b: ProcessDefinition): ItemChange[] {
  const side = (kind: 'intake' | 'issuance') =>
    listed(
      pairByKey(a.channels[kind], b.channels[kind], (c) => c.entity, () => 0, 1),
      (c: Channel) => `${kind}: ${c.entity}`,
      (c) => c.text,
      (x, y) => field('text', x.text, y.text),
    );
  return [...side('intake'), ...side('issuance')];
}

function forms(a: ProcessDefinition, b: ProcessDefinition): ItemChange[] {
  const side = (name: string, x: ProcessDefinition['forms'], y: ProcessDefinition['forms']) =>
    listed(pairByKey(x, y, (f) => `${f.form}/${f.automation}`, () => 0, 1), (f) => `${name}: ${f.form}${f.automation ? ` (${f.automation})` : ''}`, (f) => f.written, (p, q) => field('written', p.written, q.written));
  return [...side('service', a.forms, b.forms), ...side('result', a.resultForms, b.resultForms)];
}

function documents(a: ProcessDefinition, b: ProcessDefinition): ItemChange[] {
  // A renamed document keeps its role and most of its wording («дәлелді-жауап» → «дәлелді-бас-тарту»).
  const score = (x: DocumentInfo, y: DocumentInfo) => (x.role === y.role ? 0.5 + 0.5 * similarity(x.text, y.text) : 0);
  return listed(pairByKey(a.documents, b.documents, (d) => d.id, score, 0.6), (d) => d.id, (d) => `«${d.text}»`, (x, y) => [
    ...field('name', x.id, y.id),
    ...field('role', x.role, y.role),
    ...field('kind', x.kind, y.kind),
    ...field('text', x.text, y.text),
    ...field('shortName', x.shortName, y.shortName),
    ...field('standardRefs', refsText(x.standardRefs), refsText(y.standardRefs)),
  ]);
}

function results(a: ProcessDefinition, b: ProcessDefinition): ItemChange[] {
  const channelsOf = (r: ChannelResult) => (r.channels.length === 0 ? 'every channel' : r.channels.join(', '));
  const alternatives = (r: ChannelResult) => r.alternatives.map((option) => option.join(' + ')).join(' or ');
  return listed(pairByKey(a.results, b.results, channelsOf, (x, y) => similarity(alternatives(x), alternatives(y)), 0.5), channelsOf, alternatives, (x, y) => [
    ...field('channels', channelsOf(x), channelsOf(y)),
    ...field('alternatives', alternatives(x), alternatives(y)),
    ...field('text', x.text, y.text),
  ]);
}

/** Participants by name, else a renamed one by its official names. */
function pairParticipants(a: ProcessDefinition, b: ProcessDefinition): Pairing<EntityInfo> {
  const score = (x: EntityInfo, y: EntityInfo) => (x.kind === y.kind ? similarity(x.names.join(' '), y.names.join(' ')) : 0);
  return pairByKey(a.entities, b.entities, (e) => e.id, score, 0.7);
}

function participants(a: ProcessDefinition, b: ProcessDefinition): ItemChange[] {
  return listed(pairParticipants(a, b), (e) => e.id, (e) => `${e.kind}: «${e.names.join('», «')}»`, (x, y) => [
    ...field('name', x.id, y.id),
    ...field('kind', `${x.kind}/${x.subkind}`, `${y.kind}/${y.subkind}`),
    ...field('names', list(x.names), list(y.names)),
    ...field('shortName', x.shortName, y.shortName),
    ...field('parent', x.parent, y.parent),
  ]);
}

function terms(a: ProcessDefinition, b: ProcessDefinition): ItemChange[] {
  const channel = (t: ProcessDefinition['terms'][number]) => `term: ${t.channel ?? 'every channel'}`;
  return listed(pairByKey(a.terms, b.terms, channel, () => 0, 1), channel, (t) => durationText(t.duration), (x, y) => field('duration', durationText(x.duration), durationText(y.duration)));
}

function glossary(a: ProcessDefinition, b: ProcessDefinition): ItemChange[] {
  return listed(pairByKey(a.abbreviations, b.abbreviations, (x) => x.short, () => 0, 1), (x) => x.short, (x) => x.full, (x, y) => field('full', x.full, y.full));
}

function appendices(a: ProcessDefinition, b: ProcessDefinition): ItemChange[] {
  const label = (x: AppendixInfo) => `${x.number ?? 'unnumbered'} ${x.kind}`;
  const charts = (x: AppendixInfo) => list(x.charts.map((c) => (c.caption ? `${c.procedure} «${c.caption}»` : c.procedure)));
  return listed(pairByKey(a.appendices, b.appendices, (x) => x.kind, () => 0, 1), label, (x) => `«${x.caption}»: ${charts(x) ?? 'no charts'}`, (x, y) => [
    ...field('number', x.number === null ? null : String(x.number), y.number === null ? null : String(y.number)),
    ...field('caption', x.caption, y.caption),
    ...field('charts', charts(x), charts(y)),
    ...field('legend', x.legend, y.legend),
  ]);
}

const AREAS: [AreaName, (a: ProcessDefinition, b: ProcessDefinition) => ItemChange[]][] = [
  ['header', header],
  ['provider', provider],
  ['channels', channels],
  ['forms', forms],
  ['documents', documents],
  ['results', results],
  ['participants', participants],
  ['terms', terms],
  ['glossary', glossary],
  ['procedures', (a, b) => diffProcedures(a.procedures, b.procedures, new Map(pairParticipants(a, b).pairs.map((p) => [p.before.id, p.after.id])))],
  ['appendices', appendices],
];

function count(items: ItemChange[], counts: ActDiff['counts']): void {
  for (const i of items) {
    if (i.children.length > 0 && i.status === 'changed') count(i.children, counts);
    else counts[i.status]++;
  }
}

/** What changed in the procedure from `before` to `after`, area by area; names are the files shown. */
export function diffDefinitions(before: ProcessDefinition, after: ProcessDefinition, names: { old: string; new: string }): ActDiff {
  const areas: AreaChange[] = AREAS.map(([area, diff]) => ({ area, items: diff(before, after) })).filter((a) => a.items.length > 0);
  const counts = { added: 0, removed: 0, changed: 0, moved: 0 };
  for (const area of areas) count(area.items, counts);
  // A procedure's own fields count once, besides its steps.
  for (const area of areas) for (const i of area.items) if (i.children.length > 0 && i.status === 'changed' && i.fields.length > 0) counts.changed++;
  return {
    old: { file: names.old, title: before.title, approval: actText(before.approval) },
    new: { file: names.new, title: after.title, approval: actText(after.approval) },
    changed: areas.length > 0,
    areas,
    counts,
  };
}
