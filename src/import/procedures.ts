// Writes a paragraph's numbered steps as a procedure, and the §3 list of participants.
import type { Block } from './blocks.js';
import { writeDuration } from './durations.js';
import type { Entities } from './general.js';
import { nameFrom, quote, standardRefs, trimEnd } from './phrases.js';
import { matchPerformer, readStep } from './steps.js';
import type { DraftWriter } from './writer.js';

export interface ProcedureStats {
  id: string;
  steps: number;
  durations: number;
  /** The steps' actions, to recognise a paragraph that prints the same steps again. */
  actions: string[];
}

export interface Run {
  /** The sentence that introduces the run («Көрсетілетін қызметті беруші арқылы қадамдық іс-қимылдар:»). */
  lead: string | null;
  items: Block[];
}

/**
 * A paragraph may print two procedures, each numbered from 1; the sentence before the second closes the
 * last step of the first, and is the second's lead.
 */
export function splitRuns(items: Block[]): Run[] {
  const runs: Run[] = [];
  for (const item of items) {
    if (runs.length === 0 || (item.number === 1 && runs[runs.length - 1]!.items.length > 0)) {
      let lead: string | null = null;
      const previous = runs[runs.length - 1]?.items;
      const last = previous?.[previous.length - 1];
      const m = last?.text.match(/^(.*[.;])\s+([А-ЯӘҒҚҢӨҰҮҺІ][^.;]*:)\s*$/u);
      if (last && m) {
        lead = m[2]!;
        previous![previous!.length - 1] = { ...last, text: m[1]! };
      }
      runs.push({ lead, items: [] });
    }
    runs[runs.length - 1]!.items.push(item);
  }
  return runs;
}

/** The procedure a run prints again, when most of its steps begin as that procedure's do. */
export function restated(items: Block[], written: ProcedureStats[], performers: Entities['performers']): string | undefined {
  const starts = items.map((i) => {
    const step = readStep(stepText(i), performers);
    return step.action.split(' ').slice(0, 6).join(' ');
  });
  for (const p of written) {
    if (p.actions.length !== items.length) continue;
    const same = starts.filter((s, k) => p.actions[k]!.startsWith(s)).length;
    if (same * 5 >= items.length * 4) return p.id;
  }
  return undefined;
}

/** True when most items of a paragraph begin with a known performer: the paragraph is a procedure. */
export function looksLikeProcedure(items: Block[], entities: Entities): boolean {
  const steps = items.filter((i) => i.kind === 'action' || /нәтижесі|\(.*(минут|сағат|күн)/u.test(i.text));
  return steps.length >= 2 && steps.filter((i) => matchPerformer(stepText(i), entities.performers)).length * 2 >= steps.length;
}

/** The step's sentence without a system label («2-процесс –»). */
function stepText(item: Block): string {
  return item.text.replace(/^\d+\s*-\s*(процесс|шарт)\s*[–—-]\s*/u, '');
}

/** The channel a procedure serves, from its lead sentence and first step. */
export function channelOf(lead: string, first: string, entities: Entities, used: Set<string>): { id: string; guessed: boolean } {
  const said = (text: string): string | undefined => {
    if (entities.portal && /портал/iu.test(text)) return entities.portal;
    if (entities.corporation && /корпорация/iu.test(text)) return entities.corporation;
    if (/кеңсе|берушіге|беруші\s+арқылы/iu.test(text) && entities.channels.includes('беруші')) return 'беруші';
    return undefined;
  };
  const id = said(lead) ?? said(first);
  if (id) return { id, guessed: false };
  const free = entities.channels.find((c) => !used.has(c)) ?? entities.channels[0] ?? 'беруші';
  return { id: free, guessed: true };
}

export function writeProcedure(paragraph: number, lead: string, items: Block[], entities: Entities, w: DraftWriter, used: Set<string>, heading: string | null = null): ProcedureStats {
  const channel = channelOf(lead, items[0]?.text ?? '', entities, used);
  let id = `${channel.id}-рәсімі`;
  for (let k = 2; used.has(id); k++) id = `${channel.id}-рәсімі-${paragraph}${k > 2 ? `-${k - 1}` : ''}`;
  used.add(id);
  used.add(channel.id);
  if (channel.guessed) w.warn('TRT5007', items[0]?.line ?? 1, { paragraph, channel: channel.id }, `рәсімнің арнасы болжалды: ${channel.id}`);
  w.line(`рәсім ${id}: ${channel.id} арқылы${heading ? ` ${quote(heading, w.indent)}` : ''}`);
  const stats: ProcedureStats = { id, steps: 0, durations: 0, actions: [] };
  const trailing: string[] = [];
  w.indent += '  ';
  for (const item of items) {
    w.at = item.line;
    const label = item.kind === 'action' ? `${item.number}-іс-қимыл` : `${item.number})`;
    const step = readStep(stepText(item), entities.performers);
    const performer = step.performer ?? 'беруші';
    if (!step.performer) w.warn('TRT5001', item.line, { step: label, performer }, `орындаушы танылмады, «${performer}» деп алынды`);
    w.line(`${label} ${performer}: ${quote(step.action, w.indent)}`);
    stats.actions.push(step.action);
    w.indent += '   ';
    stats.steps++;
    if (step.branch) {
      const b = step.branch;
      w.line(`егер ${quote(b.condition, w.indent)} ${b.closer}:`);
      w.line(`  ${quote(b.action, w.indent + '  ')}`);
      if (b.duration) w.line(`  ұзақтығы: ${b.duration}`), stats.durations++;
      w.line(`  → ${b.target}`);
    }
    const refs = standardRefs(step.action);
    if (refs.length) w.line(refs.join(' '));
    if (step.duration) w.line(`ұзақтығы: ${step.duration}`), stats.durations++;
    for (const u of step.unread) w.warn('TRT5002', item.line, { text: u }, `ұзақтық оқылмады: (${u})`);
    if (step.result) w.line(`нәтижесі: ${quote(step.result, w.indent)}`);
    else if (item.kind !== 'action') w.warn('TRT5008', item.line, { step: label }, 'қадамның нәтижесі табылмады');
    if (step.trailing) trailing.push(step.trailing);
    w.indent = w.indent.slice(0, -3);
  }
  w.indent = w.indent.slice(0, -2);
  for (const t of trailing) {
    // «Мемлекеттік қызмет көрсету мерзімі … бастап – 15 (он бес) күнтізбелік күн»: the service's total term.
    const term = t.match(/^Мемлекеттік\s+қызмет\s+көрсету\s+мерзімі\s+(.+?)\s+[–—-]\s+(.+?)\.?$/u);
    const amount = term ? writeDuration(term[2]!) : undefined;
    if (term && amount) w.line(`мерзімі ${channel.id}: ${quote(term[1]!)} – ${amount}`);
    else w.line(`мәтін: ${quote(t, w.indent)}`);
  }
  return stats;
}

export interface ParticipantItem {
  number: number | null;
  id: string;
  parent: string;
  name: string;
}

/** «1) көрсетілетін қызметті берушінің кеңсе қызметкері;» → a participant with a name of the language (registered as a performer). */
export function collectParticipants(items: Block[], entities: Entities): ParticipantItem[] {
  const ids = new Set(entities.performers.map((p) => p.id));
  return items.map((item) => {
    const name = trimEnd(item.text);
    // The State Corporation's units are named «МК-…», the provider's by their own words («кеңсе-қызметкері»).
    const bare = name.replace(/^көрсетілетін\s+қызметті\s+берушінің\s+/iu, '').replace(/^Мемлекеттік\s+корпорация(?:ның|сының)?\s+/u, 'МК ');
    // A one-word unit is named without its possessive ending: «басшысы» → «басшы».
    const base = /\s/u.test(bare.trim()) ? nameFrom(bare, 2) : nameFrom(bare, 1).replace(/(?<=.{4})(сы|сі)$/u, '');
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    const parent = entities.corporation && /корпорация/iu.test(name) ? entities.corporation : 'беруші';
    entities.performers.push({ id, names: [name] });
    return { number: item.number, id, parent, name };
  });
}

/**
 * Without a printed list, the units are read from the steps themselves: «көрсетілетін қызметті берушінің
 * кеңсе қызметкері құжаттарды…» names the unit up to its possessive word («қызметкері», «басшысы»).
 */
export function participantsFromSteps(items: Block[], entities: Entities): ParticipantItem[] {
  const names: string[] = [];
  for (const item of items) {
    const m = item.text.match(/^(көрсетілетін\s+қызметті\s+берушінің\s+)((?:\S+\s+){0,2}?\S+(?:сы|сі|ері|ы|і))(?=\s)/u);
    if (!m) continue;
    const name = `${m[1]}${m[2]}`.replace(/\s+/g, ' ');
    if (!names.includes(name)) names.push(name);
  }
  const fake = names.map((name, i) => ({ kind: 'item', number: i + 1, text: name, joined: { text: name, lineAt: [] }, lines: [], line: 0 }) as Block);
  return collectParticipants(fake, entities);
}

export function writeParticipants(lead: string | null, list: ParticipantItem[], w: DraftWriter): void {
  w.line(lead ? `қатысушылар ${quote(trimEnd(lead), w.indent)}:` : 'қатысушылар:');
  list.forEach((p, i) => {
    w.line(`  ${p.number}) ${p.id} (${p.parent}): ${quote(p.name, w.indent + '  ')}${i < list.length - 1 ? ';' : ''}`);
  });
}
