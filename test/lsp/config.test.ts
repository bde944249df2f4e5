// The server applies tartip.config.json as `check` does: severities changed, «off» findings hidden, a bad file shown, an edit of it followed.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodeActionRequest, DidChangeWatchedFilesNotification, FileChangeType, type CodeAction } from 'vscode-languageserver-protocol/node';
import { SMALL } from '../helpers/small-regulation.js';
import { startClient, uriOf, type TestClient } from './client.js';

const SLIP = SMALL.replace('3) басшы: «шешім', '3) басшв: «шешім');

describe('tartip.config.json in the language server', () => {
  let client: TestClient;
  let dir: string;
  beforeAll(async () => {
    client = await startClient('en');
    dir = mkdtempSync(path.join(tmpdir(), 'tartip-lsp-config-'));
  });
  afterAll(async () => {
    expect(await client.close()).toBe(0);
  });

  it('takes the nearest file\'s severities, and reads it again when it changes', async () => {
    writeFileSync(path.join(dir, 'tartip.config.json'), '{ "rules": { "TRT2001": "warning" } }');
    const file = path.join(dir, 'a.tartip');
    writeFileSync(file, SLIP);
    const opened = await client.open(uriOf(file), SLIP);
    const found = opened.diagnostics.filter((d) => d.code === 'TRT2001');
    expect(found.map((d) => d.severity)).toEqual([2]);

    // An edited configuration, announced as a client that watches files announces it, re-checks the open document.
    writeFileSync(path.join(dir, 'tartip.config.json'), '{ "rules": { "TRT2001": "off" } }');
    const count = client.published.length;
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(path.join(dir, 'tartip.config.json')), type: FileChangeType.Changed }] });
    await expect.poll(() => client.published.length, { timeout: 10_000 }).toBeGreaterThan(count);
    expect(client.published.at(-1)!.diagnostics.filter((d) => d.code === 'TRT2001')).toEqual([]);
    // Fix-all offers nothing for a finding turned off, as `check --fix` would not touch it.
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: uriOf(file) }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    expect(actions.filter((a) => JSON.stringify(a.edit).includes('басшы'))).toEqual([]);
  });

  it('shows a configuration that cannot be used on the document\'s first line, and the source\'s own severities', async () => {
    const sub = mkdtempSync(path.join(dir, 'bad-'));
    writeFileSync(path.join(sub, 'tartip.config.json'), '{ "rules": { "TRT2001": "loud" } }');
    const file = path.join(sub, 'b.tartip');
    const opened = await client.open(uriOf(file), SLIP);
    const problem = opened.diagnostics.find((d) => d.code === 'TRT9006');
    expect(problem?.range.start).toEqual({ line: 0, character: 0 });
    expect(problem?.message).toContain('loud');
    expect(opened.diagnostics.filter((d) => d.code === 'TRT2001').map((d) => d.severity)).toEqual([1]);
  });
});
