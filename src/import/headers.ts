// Finds the blocks printed around an act's text: its title block (approval mark + title) and appendix headers.
import { squeeze, type SourceLine } from './normalise.js';

export interface Approval {
  kind: 'қаулы' | 'бұйрық' | 'шешім';
  number: string;
  date: string | null;
  body: string | null;
  line: number;
}

export interface TitleBlock {
  approval: Approval | null;
  /** The quoted service name; null when the block is cut before it. */
  title: string | null;
  lines: number[];
}

export interface AppendixHeader {
  number: number | null;
  caption: string;
  kind: 'handbook' | 'is-diagram';
  lines: number[];
  /** The text refers to the appendix but the input does not print it. */
  notPrinted?: boolean;
}

const MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];
const APPROVED_BY = /№\s*(\d+)\s*(қаулы|бұйрығ|шешім)\S*\s*(?:мен\s*)?бекітілген/u;
const APPROVED_START = /^(?:(.*?)\s+)?(\d{4})\s*жылғы\s*«?(\d{1,2})»?\s*([а-яәғқңөұүһі]+?)(?:дағы|дегі|тағы|тегі)/u;
const ENDS_TITLE = /мемлекеттік\s+көрсетілетін\s+қызмет\s+регламенті\s*\.?$/u;
const ENDS_APPENDIX_OWNER = /регламентіне\s*$/u;
const APPENDIX_NUMBER = /^(?:(\d+)\s*-?\s*)?қосымша\s*$/u;
const CAPTION_END = /(анықтамалығы|диаграммасы)\s*$/u;
/** An appendix's caption printed alone on its line, as a newspaper's banner over the appendix. */
const CAPTION_BANNER = /^Мемлекеттік\s+қызмет\s+көрсету(?:дің|ге)\s.{0,120}(?:анықтамалығы|диаграммасы)\s*$/u;
/** The first line of an approval mark («… 2018 жылғы «14» мамырдағы»), its day in guillemets as marks print it. */
const APPROVAL_OPENING = /^[А-ЯӘҒҚҢӨҰҮҺІ].{0,80}\d{4}\s*жылғы\s*«\d{1,2}»\s*[а-яәғқңөұүһі]+(?:дағы|дегі|тағы|тегі)\s*$/u;

/** «2018 жылғы «14» мамырдағы» → 14.05.2018. */
export function readPrintedDate(year: string, day: string, month: string): string | null {
  const m = MONTHS.findIndex((name) => month.startsWith(name));
  if (m < 0) return null;
  return `${day.padStart(2, '0')}.${String(m + 1).padStart(2, '0')}.${year}`;
}

/** «Қызылорда облысы әкімдігінің» → «Қызылорда облысы әкімдігі»: the body in the nominative. */
function bodyName(words: string | undefined): string | null {
  if (!words) return null;
  return squeeze(words).replace(/(ның|нің|дың|дің|тың|тің)$/u, '') || null;
}

function quoted(text: string): string | null {
  const open = text.indexOf('«');
  const close = text.lastIndexOf('»');
  return open >= 0 && close > open ? squeeze(text.slice(open + 1, close)) : null;
}

function readApproval(text: string, line: number): Approval | null {
  const by = text.match(APPROVED_BY);
  if (!by) return null;
  const start = text.match(APPROVED_START);
  const kind = by[2] === 'қаулы' ? 'қаулы' : by[2] === 'бұйрығ' ? 'бұйрық' : 'шешім';
  return {
    kind,
    number: by[1]!,
    date: start ? readPrintedDate(start[2]!, start[3]!, start[4]!) : null,
    body: bodyName(start?.[1]),
    line,
  };
}

/**
 * Lines where a block other than the act's text begins though no whole header is printed: an appendix
 * caption banner (with the quoted service name printed over it) or an approval mark cut after its date.
 * The act's text cannot run on into them.
 */
export function blockOpenings(lines: SourceLine[]): Set<number> {
  const out = new Set<number>();
  lines.forEach((l, i) => {
    if (APPROVAL_OPENING.test(l.text)) out.add(l.line);
    if (!CAPTION_BANNER.test(l.text)) return;
    out.add(l.line);
    const above = lines[i - 1];
    if (above && /^«.*»$/u.test(above.text)) out.add(above.line);
  });
  return out;
}

/** Finds title blocks and appendix headers; returns them with the input lines they take. */
export function findHeaders(lines: SourceLine[]): { titles: TitleBlock[]; appendices: AppendixHeader[]; used: Set<number> } {
  const titles: TitleBlock[] = [];
  const appendices: AppendixHeader[] = [];
  const used = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (used.has(lines[i]!.line)) continue;
    // An approval mark spans up to three lines («… 2018 жылғы «14» мамырдағы / № 1114 қаулысымен бекітілген»).
    const opens = /жылғы|^№/u.test(lines[i]!.text);
    for (let span = 1; opens && span <= 3 && i + span <= lines.length; span++) {
      const text = lines.slice(i, i + span).map((l) => l.text).join(' ');
      const approval = readApproval(text, lines[i]!.line);
      if (!approval) continue;
      const taken = lines.slice(i, i + span).map((l) => l.line);
      let title: string | null = null;
      for (let k = i + span; k < Math.min(lines.length, i + span + 5); k++) {
        const joined = lines.slice(i + span, k + 1).map((l) => l.text).join(' ');
        if (ENDS_TITLE.test(joined)) {
          title = quoted(joined);
          taken.push(...lines.slice(i + span, k + 1).map((l) => l.line));
          break;
        }
      }
      taken.forEach((n) => used.add(n));
      titles.push({ approval, title, lines: taken });
      i += span - 1;
      break;
    }
    const header = readAppendixHeader(lines, i);
    if (header) {
      header.lines.forEach((n) => used.add(n));
      appendices.push(header);
    }
  }
  return { titles, appendices, used };
}

/** «…» мемлекеттік көрсетілетін қызмет регламентіне / N-қосымша (or «N қосымша», as the 2015 template prints it) / caption. */
function readAppendixHeader(lines: SourceLine[], i: number): AppendixHeader | undefined {
  for (let k = i; k < Math.min(lines.length, i + 4); k++) {
    if (!ENDS_APPENDIX_OWNER.test(lines[k]!.text)) continue;
    if (!lines[i]!.text.startsWith('«')) return undefined;
    let at = k + 1;
    const numbered = lines[at]?.text.match(APPENDIX_NUMBER);
    if (numbered) at++;
    for (let c = at; c < Math.min(lines.length, at + 4); c++) {
      const caption = lines.slice(at, c + 1).map((l) => l.text).join(' ');
      const end = caption.match(CAPTION_END);
      if (end) {
        return {
          number: numbered?.[1] ? Number(numbered[1]) : null,
          caption: squeeze(caption),
          kind: end[1] === 'анықтамалығы' ? 'handbook' : 'is-diagram',
          lines: lines.slice(i, c + 1).map((l) => l.line),
        };
      }
    }
    return undefined;
  }
  return undefined;
}
