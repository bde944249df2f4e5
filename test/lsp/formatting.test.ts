// The built server end to end: formatting is `tartip fmt`'s layout, applied as an editor applies it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentFormattingRequest } from 'vscode-languageserver-protocol/node';
import { LARGEST_ACT, ROOT, readAct, startClient, uriOf, type TestClient } from './client.js';
import { applyEdits } from './edits.js';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const formatted = readAct(LARGEST_ACT);
const uri = uriOf(LARGEST_ACT);
const options = { tabSize: 2, insertSpaces: true };
let client: TestClient;

beforeAll(async () => {
  client = await startClient('en');
});
afterAll(async () => {
  expect(await client.close()).toBe(0);
});

describe('formatting', () => {
  it('lays a messed-up act out as tartip fmt does, and leaves a formatted one alone', async () => {
    // Indentation lost, keywords spaced oddly: what a paste from a word processor leaves.
    const messy = formatted.replace(/^ {3,}(\d+\)|ұзақтығы:|нәтижесі:)/gm, '  $1').replace(/ұзақтығы: /g, 'ұзақтығы:   ');
    expect(messy).not.toBe(formatted);
    await client.open(uri, messy);
    const edits = await client.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options });
    const result = applyEdits(messy, edits!);
    const fmt = execFileSync(process.execPath, [path.join(ROOT, 'dist/tartip.js'), 'fmt', '-', '--stdin-filename', 'act.tartip'], { input: messy, encoding: 'utf8' });
    expect(result).toBe(fmt);
    expect(result).toBe(formatted);
    await client.change(uri, result);
    expect(await client.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options })).toEqual([]);
  });

  it('gives no edit for a text with syntax errors (the diagnostics say where)', async () => {
    const broken = formatted.replace('рәсім ', 'рәсім: :: ');
    const published = await client.change(uri, broken);
    expect(published.diagnostics.some((d) => d.severity === 1)).toBe(true);
    expect(await client.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options })).toEqual([]);
  });
});
