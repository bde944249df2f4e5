// The grammar's documentation stays true: railroad diagrams regenerated, every keyword documented, grammar unambiguous.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTINS } from '../../src/ast/build-common.js';
import { KEYWORDS } from '../../src/syntax/keywords.js';
import { errorMessageProvider } from '../../src/syntax/parse-errors.js';
import { TartipParser } from '../../src/syntax/parser.js';

const grammarDir = new URL('../../grammar/', import.meta.url);

describe('grammar documentation', () => {
  it('passes Chevrotain grammar validation (no ambiguous alternatives, no left recursion)', () => {
    expect(() => new TartipParser({ recoveryEnabled: true, maxLookahead: 4, errorMessageProvider })).not.toThrow();
  });

  it('railroad.html draws exactly the current grammar (regenerate with npm run grammar)', () => {
    const html = readFileSync(new URL('railroad.html', grammarDir), 'utf8');
    const embedded = html.match(/window\.serializedGrammar = (.*);\n/)?.[1];
    expect(embedded).toBeDefined();
    const parser = new TartipParser({ recoveryEnabled: true, maxLookahead: 4, errorMessageProvider, skipValidations: true });
    const current = parser.getSerializedGastProductions();
    const byName = (list: { name: string }[]) => Object.fromEntries(list.map((r) => [r.name, r]));
    expect(byName(JSON.parse(embedded!))).toEqual(byName(JSON.parse(JSON.stringify(current))));
  });

  it('REFERENCE.md lists every keyword form, as keywords.json gives them (regenerate with npm run grammar)', async () => {
    // @ts-expect-error: a plain script of the repository, without type declarations
    const { keywordList } = await import('../../scripts/keyword-list.mjs');
    const reference = readFileSync(new URL('REFERENCE.md', grammarDir), 'utf8');
    const table = JSON.parse(readFileSync(new URL('keywords.json', grammarDir), 'utf8'));
    expect(reference).toContain(keywordList(table));
  });

  it('REFERENCE.md mentions the canonical form of every keyword', () => {
    const reference = readFileSync(new URL('REFERENCE.md', grammarDir), 'utf8');
    const missing = KEYWORDS.filter((k) => !reference.includes(k.kk[0]!)).map((k) => k.kk[0]);
    expect(missing).toEqual([]);
  });
});

describe('keyword table', () => {
  it('has no keyword the grammar does not use', () => {
    const parser = new TartipParser({ recoveryEnabled: true, maxLookahead: 4, errorMessageProvider, skipValidations: true });
    const used = new Set(JSON.stringify(parser.getSerializedGastProductions()).match(/"name":"[A-Za-z]+"/g)!.map((m) => m.slice(8, -1)));
    // «беруші» and «алушы» are read where any name stands, and told apart as the built-in entities by the AST stage.
    for (const token of Object.keys(BUILTINS)) used.add(token);
    expect(KEYWORDS.filter((k) => !used.has(k.token)).map((k) => k.token)).toEqual([]);
  });

  it('maps every surface form to exactly one keyword', () => {
    const seen = new Map<string, string>();
    for (const k of KEYWORDS) {
      for (const form of [...k.kk, ...k['kk-latn'], ...k.ru]) {
        const key = form.toLowerCase().replace(/ı/g, 'i');
        expect(seen.get(key) ?? k.token, form).toBe(k.token);
        seen.set(key, k.token);
      }
    }
  });
});
