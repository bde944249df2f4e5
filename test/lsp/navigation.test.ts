// The built server end to end on a real act: hovers, completion, definition, references and rename (with its refusals).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CompletionRequest, DefinitionRequest, HoverRequest, PrepareRenameRequest, ReferencesRequest, RenameRequest,
  type CompletionItem, type Hover, type Location, type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { LARGEST_ACT, readAct, startClient, uriOf, type TestClient } from './client.js';
import { applyWorkspaceEdit, positionOf } from './edits.js';

const text = readAct(LARGEST_ACT);
const uri = uriOf(LARGEST_ACT);
const doc = { textDocument: { uri } };
const hoverText = (h: Hover | null) => (h?.contents as MarkupContent).value;
let client: TestClient;

beforeAll(async () => {
  client = await startClient('en');
  await client.open(uri, text);
});
afterAll(async () => {
  expect(await client.close()).toBe(0);
});

describe('hover', () => {
  it('on a keyword tells its meaning, its forms and an example from the grammar reference', async () => {
    const h = await client.connection.sendRequest(HoverRequest.type, { ...doc, position: positionOf(text, '        ұзақтығы:', 0, 9) });
    const value = hoverText(h);
    expect(value).toContain('**ұзақтығы**');
    expect(value).toContain('duration of a step');
    expect(value).toContain('`ūzaqtyğy`');
    expect(value).toMatch(/grammar\/REFERENCE\.md\):\n\n```tartip\n.*ұзақтығы:/);
  });

  it('on a name shows its declaration as the act words it', async () => {
    const h = await client.connection.sendRequest(HoverRequest.type, { ...doc, position: positionOf(text, '2) МК-қызметкері:', 0, 4) });
    expect(hoverText(h)).toContain('**participant** `МК-қызметкері`');
    expect(hoverText(h)).toContain('МК-қызметкері (МК): «Мемлекеттік корпорация қызметкері»');
    expect(h!.range!.start).toEqual(positionOf(text, '2) МК-қызметкері:', 0, 3));
  });

  it('on a document and a system names their kind', async () => {
    const d = await client.connection.sendRequest(HoverRequest.type, { ...doc, position: positionOf(text, 'шешім: анықтама', 0, 8) });
    expect(hoverText(d)).toContain('**document** `анықтама`');
    expect(hoverText(d)).toContain('«қамқоршылық және қорғаншылық белгілеу туралы анықтама»');
    const s = await client.connection.sendRequest(HoverRequest.type, { ...doc, position: positionOf(text, 'рәсім портал-рәсімі: портал', 0, 22) });
    expect(hoverText(s)).toContain('**information system** `портал`');
  });

  it('on plain text says nothing', async () => {
    expect(await client.connection.sendRequest(HoverRequest.type, { ...doc, position: positionOf(text, '«Жалпы ережелер»', 0, 3) })).toBeNull();
  });
});

describe('completion', () => {
  const labels = (items: CompletionItem[] | { items: CompletionItem[] } | null) => (Array.isArray(items) ? items : items?.items ?? []);

  it('in a step offers step keywords, the declared names (participants first after «кімге:») and a step snippet', async () => {
    const items = labels(await client.connection.sendRequest(CompletionRequest.type, { ...doc, position: positionOf(text, 'кімге: алушы немесе өкіл', 0, 7) }));
    const names = items.map((i) => i.label);
    for (const expected of ['ұзақтығы', 'нәтижесі', 'кімге', 'егер', 'МК-қызметкері', 'портал', 'анықтама', 'МК-рәсімі']) expect(names).toContain(expected);
    expect(names).not.toContain('регламент');
    const byLabel = new Map(items.map((i) => [i.label, i]));
    expect(byLabel.get('МК-қызметкері')!.sortText! < byLabel.get('анықтама')!.sortText!).toBe(true);
    const step = items.find((i) => i.kind === 15 && /\) …$/.test(i.label))!;
    expect(step.insertText).toMatch(/^\d+\) \$\{1:орындаушы\}: «\$\{2:іс-қимыл\}»\n\s+ұзақтығы: .*\n\s+нәтижесі: /);
  });

  it('between paragraphs offers paragraph keywords and a paragraph snippet, at the header the header keywords', async () => {
    const paragraph = labels(await client.connection.sendRequest(CompletionRequest.type, { ...doc, position: positionOf(text, '   нысаны: электрондық', 0, 3) })).map((i) => i.label);
    for (const expected of ['құжат', 'қатысушы', 'рәсім', 'жүйе', 'мерзімі']) expect(paragraph).toContain(expected);
    expect(paragraph).not.toContain('кімге');
    expect(paragraph.some((l) => /^\d+\. «…»$/.test(l))).toBe(true);
    const header = labels(await client.connection.sendRequest(CompletionRequest.type, { ...doc, position: { line: 8, character: 0 } })).map((i) => i.label);
    expect(header).toContain('бекітілген');
    expect(header).not.toContain('кімге');
  });
});

describe('definition, references and rename', () => {
  const performer = positionOf(text, '2) МК-қызметкері:', 0, 5);

  it('goes from a reference to the declaration', async () => {
    const found = (await client.connection.sendRequest(DefinitionRequest.type, { ...doc, position: performer })) as Location;
    expect(found.uri).toBe(uri);
    expect(found.range.start).toEqual(positionOf(text, '1) МК-қызметкері (МК)', 0, 3));
    const procedure = (await client.connection.sendRequest(DefinitionRequest.type, { ...doc, position: positionOf(text, 'сызба МК-рәсімі', 0, 8) })) as Location;
    expect(procedure.range.start).toEqual(positionOf(text, 'рәсім МК-рәсімі', 0, 6));
  });

  it('finds every reference, with or without the declaration', async () => {
    const all = await client.connection.sendRequest(ReferencesRequest.type, { ...doc, position: performer, context: { includeDeclaration: true } });
    const uses = await client.connection.sendRequest(ReferencesRequest.type, { ...doc, position: performer, context: { includeDeclaration: false } });
    // Every «МК-қызметкері» outside comments and texts is one of them.
    const written = text.split('\n').filter((l) => !/^\s*#/.test(l)).join('\n').replace(/«[^«»]*»/g, '').match(/(?<![\p{L}-])МК-қызметкері(?![\p{L}-])/gu)!.length;
    expect(all).toHaveLength(written);
    expect(uses).toHaveLength(written - 1);
  });

  it('renames a participant at every reference, and the act still compiles clean', async () => {
    const edit = await client.connection.sendRequest(RenameRequest.type, { ...doc, position: performer, newName: 'МК-маманы' });
    const renamed = applyWorkspaceEdit(text, uri, edit!);
    expect(edit!.changes![uri]).toHaveLength(7);
    const published = await client.change(uri, renamed);
    expect(published.diagnostics.filter((d) => d.severity === 1)).toEqual([]);
    const refs = await client.connection.sendRequest(ReferencesRequest.type, { ...doc, position: performer, context: { includeDeclaration: true } });
    expect(refs).toHaveLength(7);
    await client.change(uri, text);
  });

  it('renames a document and a procedure everywhere they are named', async () => {
    const doc1 = await client.connection.sendRequest(RenameRequest.type, { ...doc, position: positionOf(text, 'шешім: анықтама', 0, 8), newName: 'куәлік' });
    const procedure = await client.connection.sendRequest(RenameRequest.type, { ...doc, position: positionOf(text, 'рәсім МК-рәсімі', 0, 7), newName: 'МК-тәртібі' });
    expect(procedure!.changes![uri]!.length).toBeGreaterThanOrEqual(2);
    for (const edit of [doc1, procedure]) {
      const published = await client.change(uri, applyWorkspaceEdit(text, uri, edit!));
      expect(published.diagnostics.filter((d) => d.severity === 1)).toEqual([]);
    }
    await client.change(uri, text);
  });

  it('refuses keywords, bad names, taken names and places with no name (TRT6020–TRT6023)', async () => {
    const refused = (newName: string, position = performer) =>
      client.connection.sendRequest(RenameRequest.type, { ...doc, position, newName }).then(() => '', (e: Error) => e.message);
    expect(await refused('шарт')).toMatch(/^TRT6021: «шарт» is a keyword/);
    expect(await refused('екі сөз')).toMatch(/^TRT6022: /);
    expect(await refused('кеңсе')).toMatch(/^TRT6023: «кеңсе» is already declared in this act \(line \d+\)/);
    expect(await refused('жаңа', positionOf(text, '«Жалпы ережелер»', 0, 3))).toMatch(/^TRT6020: nothing to rename here/);
    const prepare = await client.connection.sendRequest(PrepareRenameRequest.type, { ...doc, position: positionOf(text, 'регламент «', 0, 2) }).then(() => '', (e: Error) => e.message);
    expect(prepare).toMatch(/^TRT6020: /);
    // In backticks a keyword is a name.
    expect(await refused('`шарт`')).toBe('');
  });
});
