// Examples of each keyword, read from grammar/REFERENCE.md: the lines of its code blocks (or code spans) that use the keyword.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formsOf, type KeywordEntry } from '../syntax/keywords.js';

/** The reference beside the package: found upwards from this module (src/lsp in the repository, dist/ when installed). */
function readReference(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, 'grammar', 'REFERENCE.md');
    if (existsSync(candidate)) return readFileSync(candidate, 'utf8');
    const up = path.dirname(dir);
    if (up === dir) return '';
    dir = up;
  }
}

interface Sources {
  /** Code blocks' lines (not the EBNF), each with the lines indented under it. */
  blocks: string[][];
  spans: string[];
}

let sources: Sources | undefined;

function load(): Sources {
  if (sources) return sources;
  const text = readReference();
  const blocks: string[][] = [];
  const spans: string[] = [];
  // Inside a plain ``` block its lines are collected; a block with a language (the EBNF) is passed over.
  let block: string[] | undefined;
  let skipping = false;
  for (const line of text.split(/\r?\n/)) {
    if (/^```/.test(line)) {
      if (block) blocks.push(block);
      if (block || skipping) [block, skipping] = [undefined, false];
      else if (/^```\s*$/.test(line)) block = [];
      else skipping = true;
      continue;
    }
    if (block) block.push(line);
    else if (!skipping) for (const m of line.matchAll(/`([^`]+)`/g)) spans.push(m[1]!);
  }
  return (sources = { blocks, spans });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A form as a whole word, any whitespace between its words. */
function wordPattern(form: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{M}\\d_-])${form.split(/\s+/).map(escape).join('\\s+')}(?![\\p{L}\\p{M}\\d_])`, 'iu');
}

const indentOf = (line: string) => line.length - line.trimStart().length;

const cache = new Map<string, string | undefined>();

/**
 * The first place the reference uses the keyword: a code block's line with the lines under it (at most
 * four), else a code span longer than the keyword itself. Undefined when the reference has none.
 */
export function keywordExample(entry: KeywordEntry): string | undefined {
  if (cache.has(entry.token)) return cache.get(entry.token);
  const { blocks, spans } = load();
  const patterns = formsOf(entry).map(wordPattern);
  let found: string | undefined;
  search: for (const pattern of patterns) {
    for (const block of blocks) {
      const at = block.findIndex((line) => pattern.test(line) && !/^\s*#/.test(line));
      if (at < 0) continue;
      const lines = [block[at]!];
      for (let k = at + 1; k < block.length && lines.length < 4 && indentOf(block[k]!) > indentOf(block[at]!) && block[k]!.trim() !== ''; k++) lines.push(block[k]!);
      const cut = Math.min(...lines.map(indentOf));
      found = lines.map((l) => l.slice(cut)).join('\n');
      break search;
    }
  }
  if (found === undefined) {
    found = spans.find((span) => patterns.some((p) => p.test(span)) && !formsOf(entry).includes(span.trim()));
  }
  cache.set(entry.token, found);
  return found;
}
