// Reads the general provisions of §1: the provider, the intake and issuance channels, the form, the results and refusal.
import { hereinafter, nameFrom, quote, standardRefs, trimEnd } from './phrases.js';
import type { Performer } from './steps.js';
import type { Block } from './blocks.js';
import { readPrintedDate } from './headers.js';
import type { DraftWriter } from './writer.js';

export interface Entities {
  performers: Performer[];
  /** Channel entity ids in the order the act lists them. */
  channels: string[];
  /** The organisation a unit of the State Corporation belongs to. */
  corporation: string | null;
  portal: string | null;
  documents: { id: string; refusal: boolean }[];
  standard: { name: string; short: string | null } | null;
}

export const PROVIDER_NAMES = ['көрсетілетін қызметті беруші', 'көрсетілетін қызметті берушінің'];
export const APPLICANT_NAMES = ['көрсетілетін қызметті алушы', 'көрсетілетін қызметті алушының'];

export function emptyEntities(): Entities {
  return {
    performers: [{ id: 'алушы', names: APPLICANT_NAMES }, { id: 'беруші', names: PROVIDER_NAMES }],
    channels: [], corporation: null, portal: null, documents: [], standard: null,
  };
}

/** «Көрсетілетін қызметті берушінің атауы: X (бұдан әрі – …).» → the provider's names. */
export function writeProvider(sentence: string, w: DraftWriter): boolean {
  const m = sentence.match(/берушінің\s+атауы\s*[:–—-]\s*(.+?\))\s*\./u) ?? sentence.match(/\)\s+(\S.+?\(\s*бұдан\s+әрі\s*[–—-]\s*көрсетілетін\s+қызметті\s+беруші\s*\))/u);
  if (!m) return false;
  const { text, short } = hereinafter(m[1]!.endsWith(')') ? m[1]! : `${m[1]} (бұдан әрі – көрсетілетін қызметті беруші)`);
  w.line(`беруші: ${quote(text, w.indent)}${short ? `\n${w.indent}  (бұдан әрі – ${quote(short)})` : ''}`);
  return true;
}

/** One intake/issuance channel item: the provider's office, the State Corporation, the portal. */
export function writeChannelItem(n: number | null, item: string, entities: Entities, w: DraftWriter, last: boolean): string | null {
  // «… веб-порталы (бұдан әрі – портал) арқылы жүзеге асырылады.» closes the list; a sentence after it is the paragraph's.
  const close = item.match(/\s*арқылы\s+жүзеге\s+асырылады\s*\.?\s*/u);
  const rest = close ? trimEnd(item.slice(close.index! + close[0].length)) || null : null;
  const cleaned = trimEnd(close ? item.slice(0, close.index) : item);
  const { text, short } = hereinafter(cleaned);
  const label = n === null ? '' : `${n}) `;
  const end = last ? '' : ';';
  const tail = short ? ` (бұдан әрі – ${quote(short)})` : '';
  if (/корпорация/iu.test(text) && !entities.corporation) {
    entities.corporation = 'МК';
    entities.channels.push('МК');
    entities.performers.push({ id: 'МК', names: [text, ...(short ? [short, `${short}ның`, `${short}ға`] : [])] });
    w.line(`${label}ұйым МК (корпорация): ${quote(text, w.indent)}${tail}${end}`);
  } else if (/портал/iu.test(text) && !entities.portal) {
    entities.portal = 'портал';
    entities.channels.push('портал');
    entities.performers.push({ id: 'портал', names: [text, ...(short ? [short] : [])] });
    w.line(`${label}жүйе портал (портал): ${quote(text, w.indent)}${tail}${end}`);
  } else {
    if (!entities.channels.includes('беруші')) entities.channels.push('беруші');
    w.line(`${label}беруші ${quote(text, w.indent)}${end}`);
  }
  return rest;
}

/** A sentence of p.1 that names the channels itself, without a list: what it says is done, and through which channels. */
export interface ChannelSentence {
  kind: 'қабылдау және беру' | 'қабылдау' | 'беру';
  lead: string;
  channels: string[];
}

const CHANNEL_WORDS = /кеңсе|корпорац|портал|беруш|орталы/iu;

/** «Өтініштерді қабылдау және … нәтижелерін беру көрсетілетін қызметті берушінің кеңсесі арқылы жүзеге асырылады.» */
export function readChannelSentence(sentence: string): ChannelSentence | undefined {
  const m = trimEnd(sentence).match(/^(.*(?:қабылдау|беру))\s+(\S.*?)\s+арқылы\s+жүзеге\s+асырылады$/u);
  if (!m || !CHANNEL_WORDS.test(m[2]!)) return undefined;
  const lead = m[1]!;
  const taking = /қабылдау/u.test(lead);
  const giving = /беру(?:\s|$)/u.test(lead);
  // «кеңсесі және Мемлекеттік корпорациясы»: several channels, when every part names one.
  const parts = m[2]!.split(/\s*[,;]\s*|\s+(?:және\s+\(немесе\)|және|немесе)\s+/u).filter(Boolean);
  const channels = parts.length > 1 && parts.every((x) => CHANNEL_WORDS.test(x)) ? parts : [m[2]!];
  return { kind: taking && giving ? 'қабылдау және беру' : taking ? 'қабылдау' : 'беру', lead, channels };
}

/** Writes a channel sentence as the language's channel statement, its channels as items. */
export function writeChannelSentence(s: ChannelSentence, entities: Entities, w: DraftWriter): void {
  w.line(`${s.kind} ${quote(s.lead, w.indent)}:`);
  w.indent += '  ';
  s.channels.forEach((c, i) => writeChannelItem(s.channels.length > 1 ? i + 1 : null, c, entities, w, i === s.channels.length - 1));
  w.indent = w.indent.slice(0, -2);
}

/** «… нысаны – электрондық … түрінде.» */
export function formOf(sentence: string): string | undefined {
  const m = sentence.match(/нысаны\s*[–—:-]\s*(.+?)\.?$/u);
  if (!m) return undefined;
  const form = trimEnd(m[1]!);
  return /^(электрондық|қағаз)/u.test(form) ? form : undefined;
}

/** The result documents and the refusal of p.3, each with its «бұдан әрі» name and standard reference. */
export function writeResults(paragraph: string, entities: Entities, w: DraftWriter): string | undefined {
  const docs: { id: string; text: string; short: string; refs: string[]; refusal: boolean }[] = [];
  const re = /\(\s*бұдан\s+әрі\s*[–—-]\s*([^()]+?)\s*\)/gu;
  let from = 0;
  for (const m of paragraph.matchAll(re)) {
    const before = paragraph.slice(from, m.index);
    from = m.index! + m[0].length;
    const short = m[1]!.replace(/^«(.*)»$/u, '$1');
    if (/^стандарт$/iu.test(short) || /^(ЭЦҚ|портал|Мемлекеттік корпорация)$/u.test(short)) continue;
    const start = Math.max(before.lastIndexOf('нысан бойынша'), before.lastIndexOf(' немесе '), before.lastIndexOf(':'), before.lastIndexOf(' – '), before.lastIndexOf(' - '));
    const cut = start < 0 ? before : before.slice(start).replace(/^(нысан бойынша|\s*немесе|:|\s*[–-])\s*/u, '');
    const text = trimEnd(cut);
    if (!text || text.split(' ').length < 2) continue;
    const refusal = /бас\s+тарт/u.test(text) || /бас\s+тарт/u.test(short);
    const refsText = refusal ? text : before;
    docs.push({ id: nameFrom(short), text, short, refs: standardRefs(refsText).slice(-1), refusal });
  }
  if (docs.length === 0) docs.push(...resultsWithoutShortNames(paragraph));
  for (const d of docs) {
    const kw = d.refusal ? 'бас тарту' : 'құжат';
    const short = d.short ? `\n${w.indent}  (бұдан әрі – ${quote(d.short)})` : '';
    w.line(`${kw} ${d.id}: ${quote(d.text, w.indent)}${short}${d.refs.length ? ` ${d.refs.join(' ')}` : ''}`);
    entities.documents.push({ id: d.id, refusal: d.refusal });
  }
  if (docs.length === 0) return undefined;
  return docs.map((d) => d.id).join(' немесе ');
}

/** Results the act names without «бұдан әрі»: «нәтижесі – X немесе Y бас тарту туралы дәлелді жауап». */
function resultsWithoutShortNames(paragraph: string): { id: string; text: string; short: string; refs: string[]; refusal: boolean }[] {
  const m = paragraph.match(/нәтижесі\s*[:–—-]\s*(.+?)(?:;|\.(?:\s|$))/u);
  if (!m) return [];
  const ids = new Set<string>();
  return m[1]!.split(/\s+немесе\s+(?=[^()]*(?:\(|$))/u).map((part) => {
    const cut = part.includes('нысан бойынша') ? part.slice(part.lastIndexOf('нысан бойынша') + 'нысан бойынша'.length) : part.replace(/^.*?\s[–—-]\s/u, '');
    const text = trimEnd(cut);
    const refusal = /бас\s+тарт/u.test(text);
    const words = text.split(' ');
    let id = nameFrom(refusal ? 'дәлелді бас тарту' : words[words.length - 1]!, 3);
    while (ids.has(id)) id = `${id}-2`;
    ids.add(id);
    return { id, text, short: '', refs: standardRefs(refusal ? text : part).slice(-1), refusal };
  }).filter((d) => d.text.split(' ').length >= 2);
}

/** The standard as p.3 names it: «…» мемлекеттік көрсетілетін қызмет стандартының (бұдан әрі – стандарт). */
export function readStandard(paragraph: string): { name: string; short: string | null; order: string | null; date: string | null; body: string | null; actTitle: string | null; registration: string | null } | undefined {
  const m = paragraph.match(/«([^«»]+)»\s+мемлекеттік\s+көрсетілетін\s+қызмет\s+стандарт\S*\s*(?:\(\s*бұдан\s+әрі\s*[–—-]\s*([^()]+?)\s*\))?/u);
  if (!m) return undefined;
  const before = paragraph.slice(0, m.index);
  const order = before.match(/№\s*(\d+)\s*(?:\([^()]*\)\s*)?бұйрығ/u) ?? before.match(/№\s*(\d+)/u);
  const date = before.match(/(\d{4})\s*жылғы\s*(\d{1,2})\s*([а-яәғқңөұүһі]+)/u);
  const body = before.match(/(Қазақстан\s+Республикасы\s+[^«»]*?министр)(?:інің|інің)/u);
  const title = before.match(/«([^«»]*(?:«[^«»]*»[^«»]*)*)»\s+Қазақстан/u);
  const reg = before.match(/Тізілімінде\s*(?:тіркелген\s+нөмірі\s*)?№?\s*(\d+)/iu);
  return {
    name: m[1]!.trim(),
    short: m[2] ? m[2].replace(/^«(.*)»$/u, '$1') : null,
    order: order?.[1] ?? null,
    date: date ? readPrintedDate(date[1]!, date[2]!, date[3]!) : null,
    body: body ? body[1]!.replace(/\s+/g, ' ') : null,
    actTitle: title?.[1] ?? null,
    registration: reg?.[1] ?? null,
  };
}

/** The first line of a block: what the report cites. */
export function lineOf(block: Block): number {
  return block.line;
}
