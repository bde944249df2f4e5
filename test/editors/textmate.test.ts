// The VS Code grammar, generated from grammar/keywords.json, tokenizes every act as the compiler reads it:
// each keyword token gets a keyword scope, each «…» text a string scope, each comment a comment scope.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { compile } from '../../src/compile.js';
import { keywordEntry } from '../../src/syntax/keywords.js';
import { TEXT_TOKEN_NAMES } from '../../src/syntax/tokens.js';
import { LineMap } from '../../src/text/line-map.js';
// @ts-expect-error: a plain JavaScript build script
import { GRAMMAR_FILE, grammarText } from '../../scripts/vscode-grammar.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ACTS = readdirSync(path.join(ROOT, 'regulations')).filter((f) => f.endsWith('.tartip')).map((f) => path.join(ROOT, 'regulations', f));
let grammar: vsctm.IGrammar;

beforeAll(async () => {
  const wasm = readFileSync(createRequire(import.meta.url).resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p), createOnigString: (s: string) => new oniguruma.OnigString(s) }),
    loadGrammar: async () => vsctm.parseRawGrammar(readFileSync(GRAMMAR_FILE, 'utf8'), 'tartip.tmLanguage.json'),
  });
  grammar = (await registry.loadGrammar('source.tartip'))!;
});

/** The scopes at every (0-based) line and character of a text. */
function scopesOf(text: string): (line: number, character: number) => string[] {
  const lines = text.split(/\r\n|\r|\n/);
  const tokens: vsctm.IToken[][] = [];
  let stack = vsctm.INITIAL;
  for (const line of lines) {
    const r = grammar.tokenizeLine(line, stack);
    tokens.push(r.tokens);
    stack = r.ruleStack;
  }
  return (line, character) => tokens[line]?.find((t) => t.startIndex <= character && character < t.endIndex)?.scopes ?? [];
}

describe('the TextMate grammar', () => {
  it('is current with grammar/keywords.json (npm run vscode-grammar regenerates it)', () => {
    expect(readFileSync(GRAMMAR_FILE, 'utf8')).toBe(grammarText());
  });

  it('has every keyword form of the table', () => {
    const table = JSON.parse(readFileSync(path.join(ROOT, 'grammar/keywords.json'), 'utf8')) as { keywords: { kk: string[]; 'kk-latn': string[]; ru: string[] }[] };
    for (const k of table.keywords) {
      for (const form of [...k.kk, ...k['kk-latn'], ...k.ru]) {
        const scopes = scopesOf(`${form} `)(0, 0);
        expect(scopes.some((s) => s.startsWith('keyword.')), `${form}: ${scopes.join(' ')}`).toBe(true);
      }
    }
  });

  it.each(ACTS.map((f) => [path.basename(f), f]))('scopes %s as the compiler reads it', (_, file) => {
    const text = readFileSync(file, 'utf8');
    const result = compile(text, file, file, { emit: false });
    const lines = new LineMap(text);
    const at = scopesOf(text);
    const scopeAt = (offset: number) => {
      const p = lines.position(offset);
      return at(p.line - 1, p.column - 1);
    };
    const wrong: string[] = [];
    const expectScope = (offset: number, prefix: string, what: string) => {
      const scopes = scopeAt(offset);
      if (!scopes.some((s) => s.startsWith(prefix))) wrong.push(`${lines.position(offset).line}: ${what} → ${scopes.join(' ')}`);
    };
    let previous = 0;
    const counts = { keywords: 0, texts: 0, comments: 0 };
    for (const token of result.tokens) {
      const start = token.startOffset;
      const end = (token.endOffset ?? start) + 1;
      for (const m of text.slice(previous, start).matchAll(/#[^\r\n]*/g)) {
        expectScope(previous + m.index, 'comment.', m[0].slice(0, 30));
        counts.comments++;
      }
      previous = end;
      if (keywordEntry(token.tokenType.name)) {
        expectScope(start, 'keyword.', token.image);
        counts.keywords++;
      } else if (TEXT_TOKEN_NAMES.has(token.tokenType.name)) {
        // Every line of a text, at its first character there and at its last.
        for (let line = lines.position(start).line; line <= lines.position(end - 1).line; line++) {
          const from = Math.max(start, lines.lineStart(line));
          const to = Math.min(end - 1, lines.lineStart(line) + lines.lineLength(line) - 1);
          if (text.slice(from, to + 1).trim() === '') continue;
          const first = from + (text.slice(from).length - text.slice(from).trimStart().length);
          expectScope(first, 'string.', token.image.slice(0, 30));
          expectScope(to, 'string.', token.image.slice(0, 30));
        }
        counts.texts++;
      }
    }
    expect(wrong).toEqual([]);
    expect(counts.keywords).toBeGreaterThan(100);
    expect(counts.texts).toBeGreaterThan(50);
  });
});
