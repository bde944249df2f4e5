// How much of an act's printed text a generated document holds: the longest common subsequence of normalised words.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { diffArrays } from 'diff';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SHARED = path.resolve(ROOT, '../shared');

/** Words compared: lower case, quotes and punctuation dropped, hyphenated words split at the hyphen. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[«»"“”„()\[\];:,.!?–—№]/g, ' ')
    .split(/[\s-]+/)
    .filter((w) => w !== '');
}

/**
 * The printed words with line-end splits undone («көрсе / тілетін», «стан- / дарт»): two neighbours across a
 * line break are joined where the joined word is one the document has and a part is not.
 */
function printedWords(lines: string[], vocabulary: Set<string>): string[] {
  const out: string[] = [];
  let carry: string | null = null;
  let hyphen = false;
  for (const line of lines) {
    const ws = words(line);
    if (ws.length === 0) continue;
    if (carry !== null) {
      const joined = carry + ws[0]!;
      if (vocabulary.has(joined) && (hyphen || !vocabulary.has(carry) || !vocabulary.has(ws[0]!))) {
        out.pop();
        ws[0] = joined;
      }
    }
    out.push(...ws);
    carry = ws[ws.length - 1]!;
    // «топтамасы-» at a line's end: the word goes on on the next line.
    hyphen = /[-‐]\s*$/.test(line);
  }
  return out;
}

export interface Coverage {
  printed: number;
  held: number;
  ratio: number;
  /** Runs of printed words the document lacks, in order. */
  missing: string[];
}

export function coverage(printedLines: string[], documentText: string): Coverage {
  const doc = words(documentText);
  const printed = printedWords(printedLines.filter((l) => !/^\s*\d+\s*$/.test(l)), new Set(doc));
  let held = 0;
  const missing: string[] = [];
  for (const part of diffArrays(printed, doc)) {
    if (!part.added && !part.removed) held += part.value.length;
    else if (part.removed) missing.push(part.value.join(' '));
  }
  return { printed: printed.length, held, ratio: printed.length === 0 ? 1 : held / printed.length, missing };
}

const spans = JSON.parse(readFileSync(path.join(import.meta.dirname, 'spans.json'), 'utf8')) as Record<string, { seed?: boolean; lines?: [number, number][] }>;

/** The act's printed main text (title block first), as lines. */
export function printedText(act: string): string[] {
  const span = spans[act];
  if (!span) throw new Error(`no printed span for ${act}`);
  if (span.seed) {
    const dir = path.join(SHARED, 'seeds');
    const file = readdirSync(dir).find((f) => f.startsWith('003_'))!;
    const lines = readFileSync(path.join(dir, file), 'utf8').split('\n');
    const mark = lines.findIndex((l) => /регламентіне\s*$/.test(l));
    // The appendix mark's first line is the title in quotes, the line above «… регламентіне».
    return lines.slice(0, mark - 1);
  }
  const all = readFileSync(path.join(SHARED, 'corpus/newspaper-2018.txt'), 'utf8').split('\n');
  return span.lines!.flatMap(([from, to]) => all.slice(from - 1, to));
}

export const ACTS = Object.keys(spans).filter((k) => k !== '//');
