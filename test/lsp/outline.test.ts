// The built server end to end: the act's outline, its folding ranges and its semantic tokens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentSymbolRequest, FoldingRangeRequest, SemanticTokensRequest, type DocumentSymbol } from 'vscode-languageserver-protocol/node';
import { LARGEST_ACT, actPath, readAct, startClient, uriOf, type TestClient } from './client.js';
import { decodeTokens, positionOf } from './edits.js';

const text = readAct(LARGEST_ACT);
const uri = uriOf(LARGEST_ACT);
let client: TestClient;

beforeAll(async () => {
  client = await startClient('en');
  await client.open(uri, text);
});
afterAll(async () => {
  expect(await client.close()).toBe(0);
});

describe('document symbols', () => {
  it('outline the act: sections, their paragraphs, the procedures in them and their steps, the appendices', async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    const sections = symbols.filter((s) => s.name.startsWith('бөлім'));
    expect(sections.map((s) => s.name)).toEqual(['бөлім 1', 'бөлім 2', 'бөлім 3', 'бөлім 4']);
    expect(sections[0]!.detail).toBe('Жалпы ережелер');
    expect(sections[0]!.children!.map((p) => p.name)).toEqual(['1.', '2.', '3.', '4.']);
    const paragraph6 = sections[1]!.children!.find((p) => p.name === '6.')!;
    const procedure = paragraph6.children!.find((c) => c.name === 'рәсім МК-рәсімі')!;
    expect(procedure.detail).toBe('МК арқылы');
    expect(procedure.children!.map((s) => s.name).slice(0, 3)).toEqual(['1) алушы', '2) МК-қызметкері', '3) МК-жинақтау']);
    expect(procedure.children![0]!.detail).toMatch(/^Мемлекеттік корпорацияға/);
    expect(symbols.filter((s) => s.name.startsWith('қосымша')).map((s) => s.name)).toEqual(['қосымша 1', 'қосымша 2']);
    // Every symbol's name range lies within its range, as the protocol requires.
    const within = (s: DocumentSymbol): boolean =>
      (s.selectionRange.start.line > s.range.start.line || (s.selectionRange.start.line === s.range.start.line && s.selectionRange.start.character >= s.range.start.character))
      && (s.children ?? []).every(within);
    expect(symbols.every(within)).toBe(true);
  });
});

describe('folding', () => {
  it('folds the header clauses, sections, paragraphs, procedures, steps, appendices and runs of comments', async () => {
    const ranges = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
    const starting = (needle: string) => ranges!.find((r) => r.startLine === positionOf(text, needle).line);
    expect(ranges![0]).toEqual({ startLine: 0, endLine: 5, kind: 'comment' });
    for (const needle of ['бекітілген:', 'бөлім 2', 'рәсім МК-рәсімі', '     2) МК-қызметкері', 'қосымша 1']) expect(starting(needle), needle).toBeDefined();
    const procedure = starting('рәсім МК-рәсімі')!;
    expect(procedure.endLine).toBe(positionOf(text, 'өкіліне береді»').line);
    expect(ranges!.every((r) => r.endLine > r.startLine)).toBe(true);
  });
});

describe('semantic tokens', () => {
  const tokensOf = async (file: string) => {
    const source = readAct(file);
    await client.open(uriOf(file), source);
    const legend = client.capabilities.semanticTokensProvider!.legend;
    const tokens = decodeTokens((await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: uriOf(file) } }))!, legend.tokenTypes, legend.tokenModifiers);
    return { source, at: (needle: string, nth = 0, delta = 0) => {
      const p = positionOf(source, needle, nth, delta);
      return tokens.find((t) => t.line === p.line && t.character === p.character);
    } };
  };

  it('mark keywords, texts line by line, numbers, comments and names by kind, declarations marked', async () => {
    const { at } = await tokensOf(LARGEST_ACT);
    expect(at('регламент «')).toMatchObject({ type: 'keyword', length: 'регламент'.length });
    expect(at('# «Қорғаншылық және')).toMatchObject({ type: 'comment' });
    expect(at('# Бекіту белгісі')).toMatchObject({ type: 'comment' });
    expect(at('«Мемлекеттік қызмет көрсету бойынша')).toMatchObject({ type: 'string' });
    // A text over two lines is two tokens, the second from its line's start.
    expect(at('     орындаудың ұзақтығы:»', 0, 0)).toMatchObject({ type: 'string', length: '     орындаудың ұзақтығы:»'.length });
    expect(at('1114, 14.05.2018', 0, 6)).toMatchObject({ type: 'number' });
    expect(at('1) МК-қызметкері (МК)', 0, 3)).toMatchObject({ type: 'variable', modifiers: ['declaration'] });
    expect(at('2) МК-қызметкері:', 0, 3)).toMatchObject({ type: 'variable', modifiers: [] });
    expect(at('рәсім портал-рәсімі: портал', 0, 21)).toMatchObject({ type: 'interface' });
    expect(at('рәсім МК-рәсімі', 0, 6)).toMatchObject({ type: 'function', modifiers: ['declaration'] });
    expect(at('шешім: анықтама', 0, 7)).toMatchObject({ type: 'type' });
  });

  it('read a keyword standing as a name as the name («құжат шарт»)', async () => {
    const { at } = await tokensOf(actPath('2018-1114-11-receiving-family-payment.tartip'));
    expect(at('құжат шарт:')).toMatchObject({ type: 'keyword' });
    expect(at('құжат шарт:', 0, 6)).toMatchObject({ type: 'type', modifiers: ['declaration'] });
  });
});
