// Token and AST goldens for small sources: what the lexer reads and the tree the AST stage builds.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildAst } from '../../src/ast/build-file.js';
import type { Range } from '../../src/diagnostics/types.js';
import { lex } from '../../src/syntax/lexer.js';
import { parseErrorsToDiagnostics } from '../../src/syntax/parse-errors.js';
import { parseTokens } from '../../src/syntax/parser.js';

const dir = new URL('./syntax/cases/', import.meta.url);
const cases = readdirSync(dir).filter((f) => f.endsWith('.tartip')).sort();

const at = (r: Range) => `${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column}`;

/** Ranges as compact «line:col-line:col» strings, so goldens stay readable. */
function compact(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (_key, v) => {
      if (v && typeof v === 'object' && 'start' in v && 'end' in v && 'line' in v.start) return at(v as Range);
      return v;
    }),
  );
}

describe.each(cases)('%s', (name) => {
  const source = readFileSync(new URL(name, dir), 'utf8');
  const base = name.replace(/\.tartip$/, '');

  it('lexes to the golden token list', async () => {
    const lexed = lex(source, name);
    const lines = lexed.tokens.map((t) => `${t.startLine}:${t.startColumn} ${t.tokenType.name} ${JSON.stringify(t.image)}`);
    const diagnostics = lexed.diagnostics.map((d) => `${at(d.range)} ${d.code}`);
    await expect([...lines, ...diagnostics].join('\n') + '\n').toMatchFileSnapshot(`syntax/${base}.tokens.txt`);
  });

  it('builds the golden AST', async () => {
    const lexed = lex(source, name);
    const parsed = parseTokens(lexed.tokens);
    const ast = buildAst(parsed.elements, lexed.lines, name);
    const diagnostics = [...parseErrorsToDiagnostics(parsed.errors, lexed.lines, name, lexed.tokens), ...ast.diagnostics].map(
      (d) => `${at(d.range)} ${d.code} ${d.message.en}`,
    );
    await expect(`${JSON.stringify(compact({ diagnostics, file: ast.file }), null, 1)}\n`).toMatchFileSnapshot(`syntax/${base}.ast.json`);
  });
});
