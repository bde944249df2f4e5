// File names of the diagrams: which appendix, which kind, which intake channel — in plain ASCII.
import type { AppendixInfo, EntityInfo } from '../json/model.js';

/** Kazakh Cyrillic to ASCII Latin, for a channel the names below do not cover. */
const LATIN: Record<string, string> = {
  а: 'a', ә: 'a', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'i',
  к: 'k', қ: 'q', л: 'l', м: 'm', н: 'n', ң: 'n', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u',
  ұ: 'u', ү: 'u', ф: 'f', х: 'h', һ: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', і: 'i', ь: '',
  э: 'e', ю: 'yu', я: 'ya',
};

export function slug(text: string): string {
  const latin = [...text.normalize('NFC').toLocaleLowerCase('kk')].map((ch) => LATIN[ch] ?? ch).join('');
  const cleaned = latin.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return cleaned === '' ? 'channel' : cleaned;
}

/** The channel part of a file name: the kind of place the applicant applies to. */
export function channelSlug(entity: EntityInfo | undefined, id: string): string {
  if (entity?.kind === 'provider') return 'provider';
  if (entity?.kind === 'system' && entity.subkind === 'portal') return 'portal';
  if (entity?.kind === 'organisation' && (entity.subkind === 'state-corporation' || entity.subkind === 'akimat')) return entity.subkind;
  return slug(id);
}

/** «appendix-2-handbook», or «appendix-handbook» for the single unnumbered «қосымша». */
export function appendixBase(appendix: AppendixInfo): string {
  const number = appendix.number === null ? '' : `-${appendix.number}`;
  return `appendix${number}-${appendix.kind}`;
}

/** Names each chart of an appendix by its channel; a channel drawn twice gets «-2», «-3». */
export function chartNames(base: string, channels: string[]): string[] {
  const seen = new Map<string, number>();
  return channels.map((channel) => {
    const count = (seen.get(channel) ?? 0) + 1;
    seen.set(channel, count);
    return `${base}-${channel}${count > 1 ? `-${count}` : ''}`;
  });
}

export function legendName(base: string): string {
  return `${base}-legend`;
}
