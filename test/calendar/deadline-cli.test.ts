// `tartip deadline` on the built binary: golden JSON for every act, text output, and each usage error's code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTS } from '../bpmn/compile-acts.js';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'dist/tartip.js');
const run = (args: string[]) => spawnSync(process.execPath, [bin, 'deadline', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', TZ: 'America/New_York' } });
const SEED = `regulations/${ACTS[0]}`;
const GUARDIANSHIP = 'regulations/2018-1114-01-guardianship-certificates.tartip';

describe('tartip deadline', () => {
  it.each(ACTS)('%s: the due times from Friday 2025-03-07 17:45 match the golden JSON', async (act) => {
    const result = run([`regulations/${act}`, '--from', '2025-03-07T17:45', '-f', 'json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot(`../golden/deadline/${act.replace(/\.tartip$/, '.json')}`);
  });

  it('prints the shape the issue asks for, with offsets, per channel, and the act\'s own term', () => {
    const report = JSON.parse(run([SEED, '--from', '2025-03-20T10:00', '-f', 'json', '--channel', 'беруші']).stdout);
    expect(Object.keys(report)).toEqual(['act', 'from', 'start', 'zone', 'firstDay', 'channels']);
    expect(report.channels.map((c: { channel: string }) => c.channel)).toEqual(['беруші']);
    const [office] = report.channels;
    expect(office.steps.map((s: { due: string }) => s.due).every((d: string) => d.endsWith('+05:00'))).toBe(true);
    // 15 calendar days from Thursday 20 March: 4 April, a Friday; the steps fit in it.
    expect(office.termDue).toBe('2025-04-04T18:30:00+05:00');
    expect(office.due <= office.termDue).toBe(true);
  });

  it('moves an acceptance after hours to the next working day, and a start before a holiday by the holiday', () => {
    const due = (from: string) => JSON.parse(run([GUARDIANSHIP, '--from', from, '-f', 'json', '--channel', 'МК']).stdout).channels[0];
    const late = JSON.parse(run([GUARDIANSHIP, '--from', '2025-03-05T19:00', '-f', 'json', '--channel', 'МК']).stdout);
    expect(late.start).toBe('2025-03-06T09:00:00+05:00');
    // Thursday 13 March vs Thursday 20 March, the eve of Nauryz (21–25 March off): five more days pass.
    const ordinary = Date.parse(due('2025-03-13T10:00').due);
    const beforeHoliday = Date.parse(due('2025-03-20T10:00').due);
    expect((beforeHoliday - ordinary) / 86_400_000).toBe(12);
  });

  it('counts the first day when told to', () => {
    const counted = JSON.parse(run([GUARDIANSHIP, '--from', '2025-03-04T10:00', '-f', 'json', '--channel', 'МК', '--first-day', 'counted']).stdout);
    const not = JSON.parse(run([GUARDIANSHIP, '--from', '2025-03-04T10:00', '-f', 'json', '--channel', 'МК']).stdout);
    expect(Date.parse(counted.channels[0].due)).toBeLessThan(Date.parse(not.channels[0].due));
  });

  it('reads a compiled .json as well as the source, and reports a source with errors instead (exit 1)', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'tartip-deadline-'));
    expect(spawnSync(process.execPath, [bin, 'compile', GUARDIANSHIP, '-o', out], { cwd: root }).status).toBe(0);
    const fromJson = run([path.join(out, '2018-1114-01-guardianship-certificates.json'), '--from', '2025-03-07T17:45', '-f', 'json']);
    expect(fromJson.status).toBe(0);
    expect(fromJson.stdout).toBe(run([GUARDIANSHIP, '--from', '2025-03-07T17:45', '-f', 'json']).stdout);
    const broken = path.join(out, 'broken.tartip');
    writeFileSync(broken, 'регламент «x»\nбекітілген:\n');
    const result = run([broken, '--from', '2025-03-07', '--lang', 'en']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('TRT1004');
  });

  it('prints text with weekdays and why the start moved', () => {
    const result = run([GUARDIANSHIP, '--from', '2025-03-08T11:00', '--channel', 'МК', '--lang', 'en']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('2025-03-08 11:00 (сенбі/Sat, +05:00) → 2025-03-11 09:00 (сейсенбі/Tue, +05:00) [2025-03-08: Халықаралық әйелдер күні]');
  });

  it.each([
    [['--from', 'yesterday'], 'TRT9040'],
    [['--from', '2025-03-07', '--channel', 'nowhere'], 'TRT9041'],
    [['--from', '2025-03-07', '--hours', '9-18'], 'TRT9042'],
    [['--from', '2025-03-07', '--lunch', '15:00-14:00'], 'TRT9042'],
    [['--from', '2025-03-07', '--zone', 'Mars/Olympus'], 'TRT9043'],
  ])('rejects %j with %s and exit code 2', (args, code) => {
    const result = run([GUARDIANSHIP, ...args, '--lang', 'en']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(code);
    expect(result.stdout).toBe('');
  });
});
