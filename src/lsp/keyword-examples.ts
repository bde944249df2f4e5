// Examples of each keyword, read from grammar/REFERENCE.md: the lines of its code blocks (or code spans) that use the keyword.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { KEYWORDS, formsOf, type KeywordEntry } from '../syntax/keywords.js';

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

interface Block {
  lines: string[];
  /** The same lines with the act's texts blanked (a text may run over several lines). */
  plain: string[];
}

interface Sources {
  /** Code blocks (not the EBNF). */
  blocks: Block[];
  spans: string[];
}

let sources: Sources | undefined;

/** The text with its texts («…», nested, and one-line "…") blanked, so a word of the act's wording is no keyword. */
function outsideTexts(text: string): string {
  let depth = 0;
  let out = '';
  for (const c of text.replace(/"(?:[^"\\\n]|\\.)*"/g, (m) => ' '.repeat(m.length))) {
    if (c === '«') depth++;
    out += depth > 0 && c !== '\n' ? ' ' : c;
    if (c === '»' && depth > 0) depth--;
  }
  return out;
}

function load(): Sources {
  if (sources) return sources;
  const text = readReference();
  const blocks: Block[] = [];
  const spans: string[] = [];
  // Inside a plain ``` block its lines are collected; a block with a language (the EBNF) is passed over.
  let block: string[] | undefined;
  let skipping = false;
  for (const line of text.split(/\r?\n/)) {
    if (/^```/.test(line)) {
      if (block) blocks.push({ lines: block, plain: outsideTexts(block.join('\n')).split('\n') });
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
  return new RegExp(`(?<![\\p{L}\\p{M}\\d_])(?<![\\p{L}\\p{M}_]-)${form.split(/\s+/).map(escape).join('\\s+')}(?![\\p{L}\\p{M}\\d_])`, 'iu');
}

const indentOf = (line: string) => line.length - line.trimStart().length;

const cache = new Map<string, string | undefined>();


/** Where a clause starts: after the indentation and a «6.» or «2)» label. */
const clauseStart = (line: string) => line.replace(/^\s*(?:\d+[.)]\s+)?/, '');

/**
 * The first place the reference uses the keyword: a code block's line with the lines under it (at most
 * four) — a line the keyword starts first, else one that has it outside its texts — else a code span
 * longer than the keyword itself. Undefined when the reference has none.
 */
export function keywordExample(entry: KeywordEntry): string | undefined {
  if (cache.has(entry.token)) return cache.get(entry.token);
  const { blocks, spans } = load();
  const patterns = formsOf(entry).map(wordPattern);
  const starts = patterns.map((p) => new RegExp(`^${p.source}`, p.flags));
  // A form is not this keyword inside another keyword's longer form («беру» in «қабылдау және беру»).
  const longer = KEYWORDS.filter((k) => k !== entry).flatMap(formsOf).filter((f) => /\s/.test(f) && patterns.some((p) => p.test(f))).map(wordPattern);
  const plain = (line: string) => longer.reduce((l, p) => l.replace(new RegExp(p.source, 'giu'), (m) => ' '.repeat(m.length)), line);
  const tests: ((line: string) => boolean)[] = [
    (line) => starts.some((p) => p.test(clauseStart(plain(line)))),
    (line) => patterns.some((p) => p.test(plain(line))),
  ];
  let found: string | undefined;
  search: for (const test of tests) {
    for (const { lines: block, plain: blanked } of blocks) {
      const at = blanked.findIndex((line) => !/^\s*#/.test(line) && test(line));
      if (at < 0) continue;
      const lines = [block[at]!];
      for (let k = at + 1; k < block.length && lines.length < 4 && indentOf(block[k]!) > indentOf(block[at]!) && block[k]!.trim() !== ''; k++) lines.push(block[k]!);
      const cut = Math.min(...lines.map(indentOf));
      found = lines.map((l) => l.slice(cut)).join('\n');
      break search;
    }
  }
  found ??= spans.find((span) => patterns.some((p) => p.test(plain(outsideTexts(span)))) && !formsOf(entry).includes(span.trim()));
  cache.set(entry.token, found);
  return found;
}
