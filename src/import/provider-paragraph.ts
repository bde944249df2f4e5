// Writes p.1: the provider, then the intake and issuance channels — a numbered list, a sentence naming them, or, failing both, an assumed channel the analyst must confirm.
import type { Block } from './blocks.js';
import { readChannelSentence, writeChannelItem, writeChannelSentence, writeProvider, type Entities } from './general.js';
import { quote, trimEnd } from './phrases.js';
import { writeText } from './text-statements.js';
import type { DraftWriter } from './writer.js';

/** A paragraph that names the provider: «Көрсетілетін қызметті берушінің атауы: …» or «… (бұдан әрі – көрсетілетін қызметті беруші)». */
export const PROVIDER_PARAGRAPH = /берушінің\s+атауы|бұдан\s+әрі\s*[–—-]\s*көрсетілетін\s+қызметті\s+беруші\s*\)/u;

const SENTENCES = /(?<=[.])\s+(?=[А-ЯӘҒҚҢӨҰҮҺІ«])/u;

/** The channels p.1 names, registered in `entities` (the dry run before the draft is written). */
export function collectChannels(text: string, items: Block[], entities: Entities, dry: DraftWriter): void {
  if (items.length) items.forEach((item) => writeChannelItem(item.number, item.text, entities, dry, false));
  else for (const s of text.split(SENTENCES)) {
    const said = readChannelSentence(s);
    if (said) said.channels.forEach((c) => writeChannelItem(null, c, entities, dry, false));
  }
}

/**
 * When p.1 names no channel the language still needs one for the procedures to run through: the
 * provider is assumed, marked TRT5009 for the analyst to confirm or correct.
 */
export function writeAssumedChannel(line: number, entities: Entities, w: DraftWriter): void {
  w.warn('TRT5009', line, {}, 'қабылдау арнасы мәтінде аталмаған; көрсетілетін қызметті беруші деп алынды, тексеріңіз');
  w.line('қабылдау және беру:');
  w.indent += '  ';
  writeChannelItem(null, 'көрсетілетін қызметті беруші', entities, w, true);
  w.indent = w.indent.slice(0, -2);
}

/** Writes the provider paragraph; false when the provider's name is not read. */
export function writeProviderParagraph(text: string, items: Block[], entities: Entities, w: DraftWriter, assume: boolean): boolean {
  const provided = writeProvider(text, w);
  if (items.length) {
    const lead = text.match(/(?:^|[.)]\s+)([^.]*?(?:қабылдау|беру)[^.]*?):\s*$/u);
    const both = !lead || (/қабылдау/u.test(lead[1]!) && /беру/u.test(lead[1]!));
    w.line(`${both ? 'қабылдау және беру' : /қабылдау/u.test(lead[1]!) ? 'қабылдау' : 'беру'}${lead ? ` ${quote(trimEnd(lead[1]!), w.indent)}` : ''}:`);
    w.indent += '  ';
    const rest = items.map((item, i) => writeChannelItem(item.number, item.text, entities, w, i === items.length - 1));
    w.indent = w.indent.slice(0, -2);
    // «Мемлекеттік қызмет көрсетудің нәтижесін беру … кеңсесі арқылы жүзеге асырылады»: the issuance channel.
    for (const sentence of rest.filter((r): r is string => r !== null)) writeSentence(`${sentence}.`, entities, w);
  } else {
    // Without a list, the sentences after the provider's may name the channels themselves.
    const [, ...sentences] = text.split(SENTENCES);
    for (const sentence of sentences) writeSentence(sentence, entities, w);
  }
  if (assume) writeAssumedChannel(w.at, entities, w);
  return provided;
}

function writeSentence(sentence: string, entities: Entities, w: DraftWriter): void {
  const said = readChannelSentence(sentence);
  if (said) writeChannelSentence(said, entities, w);
  else writeText(sentence, w);
}
