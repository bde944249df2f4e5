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
  /** The procedure runs through the portal: its appendix chart is the IS diagram's, not the handbook's. */
  byPortal: boolean;
}

export interface Run {
  /** The sentence that introduces the run («Көрсетілетін қызметті беруші арқылы қадамдық іс-қимылдар:»). */
  lead: string | null;
  items: Block[];
  /**
   * «… деректер ақпараттық жүйелерде болмаған жағдайда көрсетілетін қызметті алушы порталда тіркеледі …;»:
   * the run serves that case only, and its first, unnumbered step is the sentence after the condition.
   */
  opening?: { condition: string; closer: string; step: string; line: number };
}

/** An unnumbered sentence «[condition] жағдайда [performer] [action];» that opens the next run of steps. */
const OPENING = /^(.*?[.;])\s+(?:егер\s+)?([^.;]+?)\s+(жағдайда|жағдайларда|кезде)\s*,?\s+([^.;]+?)\s*[;:.]?\s*$/u;

/**
 * A paragraph may print two procedures, each numbered from 1; the sentence before the second closes the
 * last step of the first, and is the second's lead.
 */
export function splitRuns(items: Block[], performers: Entities['performers'] = []): Run[] {
  const runs: Run[] = [];
  for (const item of items) {
    if (runs.length === 0 || (item.number === 1 && runs[runs.length - 1]!.items.length > 0)) {
      let lead: string | null = null;
      let opening: Run['opening'];
      const previous = runs[runs.length - 1]?.items;
      const last = previous?.[previous.length - 1];
      const m = last?.text.match(/^(.*[.;])\s+([А-ЯӘҒҚҢӨҰҮҺІ][^.;]*:)\s*$/u);
      const o = m ? null : last?.text.match(OPENING);
      if (last && m) {
        lead = m[2]!;
        previous![previous!.length - 1] = { ...last, text: m[1]! };
      } else if (last && o && matchPerformer(o[4]!, performers)) {
        const at = last.joined.lineAt[last.text.lastIndexOf(o[2]!)] ?? last.line;
        opening = { condition: o[2]!, closer: o[3]!, step: o[4]!, line: at };
        previous![previous!.length - 1] = { ...last, text: o[1]! };
      }
      runs.push({ lead, items: [], ...(opening ? { opening } : {}) });
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

export function writeProcedure(paragraph: number, lead: string, items: Block[], entities: Entities, w: DraftWriter, used: Set<string>, heading: string | null = null, opening?: Run['opening']): ProcedureStats {
  const channel = channelOf(opening ? opening.step : lead, items[0]?.text ?? '', entities, used);
  let id = `${channel.id}-рәсімі`;
  for (let k = 2; used.has(id); k++) id = `${channel.id}-рәсімі-${paragraph}${k > 2 ? `-${k - 1}` : ''}`;
  used.add(id);
  used.add(channel.id);
  if (channel.guessed) w.warn('TRT5007', items[0]?.line ?? 1, { paragraph, channel: channel.id }, `рәсімнің арнасы болжалды: ${channel.id}`);
  const only = opening ? `, егер ${quote(opening.condition, w.indent)} ${opening.closer}` : '';
  w.line(`рәсім ${id}: ${channel.id} арқылы${heading ? ` ${quote(heading, w.indent)}` : ''}${only}`);
  const stats: ProcedureStats = { id, steps: 0, durations: 0, actions: [], byPortal: channel.id === entities.portal };
  const trailing: string[] = [];
  w.indent += '  ';
  if (opening) {
    // The unnumbered opening step, as the act prints it: performer and action, nothing more.
    w.at = opening.line;
    const step = readStep(opening.step, entities.performers);
    w.line(`* ${step.performer ?? 'алушы'}: ${quote(step.action, w.indent)}`);
    stats.steps++;
  }
  for (const item of items) {
    w.at = item.line;
    const label = item.kind === 'action' ? `${item.number}-іс-қимыл` : `${item.number})`;
    const step = readStep(stepText(item), entities.performers, stepText(item) !== item.text);
    // Nobody named («… жолданады»): in a procedure run by a system, the system; otherwise the provider. Either is a guess (TRT5001).
    const performer = step.performer ?? (channel.id === entities.portal ? channel.id : 'беруші');
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
    if (step.cases) w.warn('TRT5011', item.line, { step: label, cases: step.cases }, `қадамда өз нәтижесі бар ${step.cases} жағдай бар; олар мәтінде қалды`);
    for (const u of step.unread) w.warn('TRT5002', item.line, { text: u }, `ұзақтық оқылмады: (${u})`);
    if (step.result) w.line(`нәтижесі: ${quote(step.result, w.indent)}`);
    else if (item.kind !== 'action') w.warn('TRT5008', item.line, { step: label }, 'қадамның нәтижесі табылмады');
    writeRepresentative(step.action, entities, w);
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

/** «… алушыға не нотариалды расталған сенімхат бойынша оның өкіліне (бұдан әрі – оның өкілі) береді»: one who acts for the applicant. */
const REPRESENTATIVE = /\sне\s+((?:[^\s()]+\s+){0,5}?[^\s()]*өкіл[^\s()]*)\s*\(\s*бұдан\s+әрі\s*[–—-]\s*([^()]*өкіл[^()]*?)\s*\)/u;

function writeRepresentative(action: string, entities: Entities, w: DraftWriter): void {
  const m = action.match(REPRESENTATIVE);
  if (!m || entities.performers.some((p) => p.id === 'өкіл')) return;
  // The step names them in the dative («өкіліне»); the participant is named as a person («өкілі»).
  const name = m[1]!.replace(/(өкілі)(не|на|ге|ға)$/u, '$1');
  entities.performers.push({ id: 'өкіл', names: [name, m[2]!] });
  w.line(`қатысушы өкіл (алушы): ${quote(name, w.indent)}\n${w.indent}  (бұдан әрі – ${quote(m[2]!)})`);
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
