// `tartip import` on the built binary: text, HTML and DOCX inputs, --split on the whole newspaper, and a clear error for a missing file.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { printedText, TRAINING } from './agreement.js';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = resolve(ROOT, 'dist/tartip.js');
const run = (...args: string[]) => spawnSync('node', [BIN, 'import', ...args, '--lang', 'en'], { encoding: 'utf8' });
const act13 = printedText(TRAINING['2018-1114-13-school-meals']!);
const lines = act13.split('\n').filter((l) => l.trim());

describe('tartip import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tartip-import-'));
  it('writes a draft that compiles from an HTML page of the act', () => {
    const html = `<!doctype html><html><body>${lines.map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('')}</body></html>`;
    writeFileSync(join(dir, 'act.html'), html);
    const r = run(join(dir, 'act.html'), '-o', join(dir, 'act.tartip'), '--report');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('steps: 12');
    execFileSync('node', [BIN, 'check', join(dir, 'act.tartip')]);
    // The draft is written in the formatter's layout.
    execFileSync('node', [BIN, 'fmt', '--check', join(dir, 'act.tartip')]);
  });
  it('reads a DOCX document', async () => {
    const doc = new Document({ sections: [{ children: lines.map((l) => new Paragraph(l)) }] });
    writeFileSync(join(dir, 'act.docx'), await Packer.toBuffer(doc));
    const r = run(join(dir, 'act.docx'), '-o', join(dir, 'docx.tartip'));
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'docx.tartip'), 'utf8')).toContain('ұзақтығы: төрт жұмыс күні ішінде');
  });
  it('splits the whole newspaper into one draft per act, each citing its lines', () => {
    const out = join(dir, 'split');
    run(resolve(ROOT, '../shared/corpus/newspaper-2018.txt'), '--split', '-o', out);
    const drafts = readdirSync(out);
    // The twelve acts the newspaper prints (three of its fifteen are blanked), each a draft that compiles.
    expect(drafts.length).toBe(12);
    const heads = drafts.map((d) => readFileSync(join(out, d), 'utf8').split('\n')[0]!);
    for (const h of heads) expect(h).toMatch(/^# Дереккөз: newspaper-2018\.txt, \d+–\d+(?:, \d+–\d+)*-жолдар/u);
    // An act the paper breaks off and resumes pages later cites both places (act 9: 4663–4744, then 6564–6658).
    expect(heads.some((h) => /4663–\d+, 6564–6658-жолдар/u.test(h))).toBe(true);
  });
  it('says so, with exit code 2 and no stack trace, when the file cannot be read', () => {
    const r = run(join(dir, 'missing.txt'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('TRT5091');
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
    // No code frame of a text that was never read: the message and nothing under it.
    expect(r.stderr).not.toContain('^');
  });
});
