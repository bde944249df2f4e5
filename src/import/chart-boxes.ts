// Reads a flattened chart's text into its boxes, in the order the print lays them out: each box's words and the duration printed under it.
import { joinLines, squeeze, type SourceLine } from './normalise.js';

export interface ChartBox {
  text: string;
  /** The box's printed duration group, without its parentheses («түскен күні – 2 минут»); null when it has none. */
  duration: string | null;
  line: number;
}

const UNIT = /(секунд|минут|сағат|күн)/u;
/** A decision's answers, printed as boxes of their own. */
const ANSWER = /^(?:Иә|Ия|ИӘ|ИЯ|Жоқ|ЖОҚ)$/u;
const UPPER_START = /^[А-ЯӘҒҚҢӨҰҮҺІA-Z]/u;

/**
 * The boxes of a chart's lines. A box's words end at the parenthesised duration printed under it; a line that
 * starts with a capital starts a box of its own (boxes print sentence case, their lines wrap in lowercase), so a
 * box without a duration, and a lane's label, stand apart. Decisions' answers are left out. The order is the
 * print's reading order, which is not the procedure's: the boxes say what the chart holds, not how it runs.
 */
export function chartBoxes(lines: SourceLine[], lexicon: Set<string>): ChartBox[] {
  const boxes: ChartBox[] = [];
  let words: SourceLine[] = [];
  let group: SourceLine[] | null = null;
  const flush = (duration: string | null) => {
    if (words.length) boxes.push({ text: squeeze(joinLines(words, lexicon).text), duration, line: words[0]!.line });
    words = [];
  };
  for (const l of lines) {
    if (group) {
      group.push(l);
      if (!l.text.includes(')')) continue;
      const text = squeeze(group.map((g) => g.text).join(' ')).replace(/^\(|\)$/gu, '');
      // A bracket that names no time unit is the box's own words («(қол қою) және …»).
      if (UNIT.test(text)) flush(text);
      else words.push(...group);
      group = null;
      continue;
    }
    if (ANSWER.test(l.text)) continue;
    if (/^\(/u.test(l.text) && words.length) {
      if (!l.text.includes(')')) group = [l];
      else if (UNIT.test(l.text)) flush(l.text.replace(/^\(|\)$/gu, '').trim());
      else words.push(l);
      continue;
    }
    if (UPPER_START.test(l.text) && words.length) flush(null);
    words.push(l);
  }
  flush(null);
  return boxes;
}
