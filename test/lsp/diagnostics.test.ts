// The built server end to end: diagnostics after a change in both locales, and quick fixes that leave a clean document.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodeActionRequest, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { LARGEST_ACT, readAct, startClient, uriOf, type TestClient } from './client.js';
import { applyWorkspaceEdit, positionOf } from './edits.js';

const original = readAct(LARGEST_ACT);
const uri = uriOf(LARGEST_ACT);
/** Two slips an analyst makes: a misspelt keyword and a misspelt participant, each with the fix `check --fix` makes. */
const slipped = original.replace(/^(\s*)ұзақтығы: бес минуттан аспайды/m, '$1ұзактығы: бес минуттан аспайды').replace('кімге: алушы немесе өкіл', 'кімге: алушы немесе өкілл');
const errorsOf = (ds: Diagnostic[]) => ds.filter((d) => d.severity === 1);

describe.each([['en'], ['kk']])('diagnostics as you type (locale %s)', (locale) => {
  let client: TestClient;
  beforeAll(async () => {
    client = await startClient(locale);
  });
  afterAll(async () => {
    expect(await client.close()).toBe(0);
  });

  it('publishes the act clean on open and the slips after a change, with codes, ranges and messages in the locale', async () => {
    const opened = await client.open(uri, original);
    expect(errorsOf(opened.diagnostics)).toEqual([]);
    const changed = await client.change(uri, slipped);
    const errors = errorsOf(changed.diagnostics);
    expect(errors.map((d) => d.code).sort()).toEqual(['TRT1008', 'TRT2001']);
    const unknown = errors.find((d) => d.code === 'TRT2001')!;
    expect(slipped.split('\n')[unknown.range.start.line]!.slice(unknown.range.start.character, unknown.range.end.character)).toBe('өкілл');
    expect(unknown.source).toBe('tartip');
    // Kazakh for kk, English otherwise: the Kazakh message is in Cyrillic, the English one has none.
    if (locale === 'kk') expect(unknown.message).toMatch(/[\u0400-\u04ff]{4}/);
    else expect(unknown.message).toMatch(/^unknown|not declared|did you mean/i);
    expect(unknown.message).toContain('өкіл');
  });

  it('follows incremental edits, keystroke by keystroke', async () => {
    await client.change(uri, original);
    const at = positionOf(original, 'кімге: алушы немесе өкіл', 0, 'кімге: алушы немесе өкіл'.length);
    const typed = await client.edit(uri, { start: at, end: at }, 'л');
    expect(errorsOf(typed.diagnostics).map((d) => d.code)).toEqual(['TRT2001']);
    const mended = await client.edit(uri, { start: at, end: { ...at, character: at.character + 1 } }, '');
    expect(errorsOf(mended.diagnostics)).toEqual([]);
  });

  it('offers each fix as a quick fix, and applying them gives a clean document again', async () => {
    const published = await client.change(uri, slipped);
    let text = slipped;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri }, range: errorsOf(published.diagnostics)[0]!.range, context: { diagnostics: errorsOf(published.diagnostics) },
    })) as CodeAction[];
    const quickFixes = actions.filter((a) => a.kind === 'quickfix');
    expect(quickFixes).toHaveLength(2);
    for (const action of quickFixes) expect(action.title).toMatch(locale === 'kk' ? /түзету/ : /replace with/);
    // Each fix alone mends its slip; together (the fix-all action) they restore the act.
    const fixAll = actions.find((a) => a.kind === 'source.fixAll')!;
    text = applyWorkspaceEdit(text, uri, fixAll.edit!);
    expect(text).toBe(original);
    const after = await client.change(uri, applyWorkspaceEdit(slipped, uri, quickFixes[0]!.edit!));
    expect(errorsOf(after.diagnostics)).toHaveLength(1);
    const clean = await client.change(uri, text);
    expect(errorsOf(clean.diagnostics)).toEqual([]);
  });

  it('gives related locations and drops the diagnostics of versions replaced before they were published', async () => {
    // A participant declared twice: the second declaration's finding points at the first.
    const twice = original.replace(/^(\s*)1\) МК-қызметкері \(МК\)/m, (m) => m).replace('2) МК-жинақтау', '2) МК-қызметкері');
    const published = await client.change(uri, twice);
    const related = published.diagnostics.filter((d) => (d.relatedInformation?.length ?? 0) > 0);
    expect(related.length).toBeGreaterThan(0);
    expect(related[0]!.relatedInformation![0]!.location.uri).toBe(uri);
    // Three changes in a burst: a version replaced before its diagnostics were published is dropped, the
    // last one always published, never an older after a newer. (On a loaded machine the first change can
    // reach the server, and be published, before the others arrive: so at most two, not exactly one.)
    const before = client.published.length;
    void client.change(uri, slipped);
    void client.change(uri, twice);
    const last = await client.change(uri, original);
    const versions = client.published.slice(before).filter((p) => p.uri === uri).map((p) => p.version);
    expect(versions.at(-1)).toBe(last.version);
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a! - b!));
    expect(versions.length).toBeLessThan(3);
    expect(errorsOf(last.diagnostics)).toEqual([]);
  });
});
