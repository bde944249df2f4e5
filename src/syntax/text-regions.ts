// One linear pre-pass that pairs «…» guillemets, so the Text token matches in O(1) even on hostile input.
//
// A guillemet text may nest («Жеке тұлғалар» inside a name) and span lines. Scanning forward for the
// balancing » from every « would be quadratic on a file full of unclosed «; instead this pass walks the
// source once, skipping comments and straight-quoted texts exactly as the lexer does, and records where
// each text starts and ends. An unclosed « is recorded as ending at its line end, which is also where
// the lexer's UnterminatedText token stops, so both agree on what follows.

export interface TextRegions {
  /** Maps the offset of an opening « to the offset just after its closing ». */
  closed: Map<number, number>;
}

const OPEN = 0xab; // «
const CLOSE = 0xbb; // »
const HASH = 0x23;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
const RETURN = 0x0d;

function lineEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE || c === RETURN) break;
    i++;
  }
  return i;
}

function skipStraightText(text: string, from: number): number {
  for (let i = from + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === QUOTE) return i + 1;
  }
  return lineEnd(text, from);
}

/**
 * Pairs every «…» in `text[from..]` at once with a stack, treating everything as text content.
 * Used after the first unclosed «: from any later «, the scan for its partner is pure text content
 * too, so these pairs are exactly what a fresh scan would find, and no position is scanned twice.
 */
function pairAllFrom(text: string, from: number): Map<number, number> {
  const pairs = new Map<number, number>();
  const stack: number[] = [];
  for (let j = from; j < text.length; j++) {
    const d = text.charCodeAt(j);
    if (d === OPEN) stack.push(j);
    else if (d === CLOSE && stack.length > 0) pairs.set(stack.pop()!, j + 1);
  }
  return pairs;
}

export function findTextRegions(text: string): TextRegions {
  const closed = new Map<number, number>();
  let pairedFrom = -1;
  let pairs = new Map<number, number>();
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === HASH) {
      i = lineEnd(text, i);
    } else if (c === QUOTE) {
      i = skipStraightText(text, i);
    } else if (c === OPEN) {
      let end = -1;
      if (pairedFrom >= 0) {
        end = pairs.get(i) ?? -1;
      } else {
        let depth = 0;
        for (let j = i; j < text.length; j++) {
          const d = text.charCodeAt(j);
          if (d === OPEN) depth++;
          else if (d === CLOSE && --depth === 0) {
            end = j + 1;
            break;
          }
        }
        if (end < 0) {
          pairedFrom = i;
          pairs = pairAllFrom(text, i);
        }
      }
      if (end >= 0) {
        closed.set(i, end);
        i = end;
      } else {
        i = lineEnd(text, i);
      }
    } else {
      i++;
    }
  }
  return { closed };
}
