// Cuts the printed lines into numbered blocks: «N.» paragraphs and section headings, «N)» sub-items, «N-іс-қимыл» steps.
import { joinLines, type JoinedText, type SourceLine } from './normalise.js';

export type BlockKind = 'numbered' | 'item' | 'action' | 'text';

export interface Block {
  kind: BlockKind;
  /** The printed number («5.» → 5, «2)» → 2); null for unnumbered text. */
  number: number | null;
  /** The block's text after its number, words mended (lines are squeezed already). */
  text: string;
  joined: JoinedText;
  lines: SourceLine[];
  /** First input line. */
  line: number;
}

const MARKERS: [BlockKind, RegExp][] = [
  ['action', /^(\d{1,3})\s*-\s*іс-қимыл\s*[–—-]\s*/u],
  ['numbered', /^(\d{1,3})\.\s+(?=\S)/u],
  ['item', /^(\d{1,3})\)\s*(?=\S)/u],
];

function markerOf(text: string): { kind: BlockKind; number: number; length: number } | undefined {
  for (const [kind, re] of MARKERS) {
    const m = text.match(re);
    if (m) return { kind, number: Number(m[1]), length: m[0].length };
  }
  return undefined;
}

/** Cuts lines into blocks: a block runs from a numbered line to the line before the next one. */
export function cutBlocks(lines: SourceLine[], lexicon: Set<string>): Block[] {
  const groups: { kind: BlockKind; number: number | null; lines: SourceLine[] }[] = [];
  for (const line of lines) {
    const marker = markerOf(line.text);
    if (marker) {
      groups.push({ kind: marker.kind, number: marker.number, lines: [{ line: line.line, text: line.text.slice(marker.length) }] });
    } else if (groups.length === 0) {
      groups.push({ kind: 'text', number: null, lines: [line] });
    } else {
      groups[groups.length - 1]!.lines.push(line);
    }
  }
  return groups.map((g) => {
    const joined = joinLines(g.lines, lexicon);
    return { kind: g.kind, number: g.number, text: joined.text, joined, lines: g.lines, line: g.lines[0]!.line };
  });
}
