// `tartip check --watch` run as a user runs it: a report after every change, until Ctrl-C.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SMALL } from '../helpers/small-regulation.js';

const bin = path.resolve(import.meta.dirname, '../../dist/tartip.js');
const WATCHING = 'Watching for changes (Ctrl-C to stop).';

/** The watching process, with a way to wait until its output has shown `count` reports. */
function start(args: string[], cwd: string) {
  const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
  let stdout = '';
  let stderr = '';
  const waiters: (() => void)[] = [];
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString('utf8');
    waiters.splice(0).forEach((w) => w());
  });
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const reports = () => stdout.split(WATCHING).length - 1;
  const waitForReports = (count: number) =>
    new Promise<void>((resolve, reject) => {
      const timeout = setTimeout(() => reject(new Error(`no report ${count} in time; output so far:\n${stdout}\n${stderr}`)), 15_000);
      const check = () => (reports() >= count ? (clearTimeout(timeout), resolve()) : waiters.push(check));
      check();
    });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, waitForReports, exit, output: () => stdout, errors: () => stderr };
}

describe('tartip check --watch', () => {
  it('reports, then reports again after each change to a source, a new source or the configuration, and ends on Ctrl-C', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tartip-watch-'));
    mkdirSync(path.join(dir, 'src'));
    const broken = SMALL.replace('«құжаттарды қабылдайды»', '«құжаттарды қабылдайды');
    writeFileSync(path.join(dir, 'src', 'a.tartip'), broken);
    const watcher = start(['check', 'src', '--watch', '--lang', 'en'], dir);
    try {
      await watcher.waitForReports(1);
      expect(watcher.output()).toContain('error TRT1002');
      expect(watcher.output()).toContain('Found 1 error and 0 warnings in 1 file.');

      writeFileSync(path.join(dir, 'src', 'a.tartip'), SMALL);
      await watcher.waitForReports(2);
      expect(watcher.output().split(WATCHING)[1]).toContain('A file changed; checking again…\nChecked 1 file: no problems.');

      writeFileSync(path.join(dir, 'src', 'b.tartip'), SMALL.replace('3) басшы: «шешім', '3) басшв: «шешім'));
      await watcher.waitForReports(3);
      expect(watcher.output().split(WATCHING)[2]).toContain('Found 1 error and 0 warnings in 2 files.');

      // Severities come from the nearest tartip.config.json, read again at every check.
      writeFileSync(path.join(dir, 'src', 'tartip.config.json'), '{ "rules": { "TRT2001": "warning" } }');
      await watcher.waitForReports(4);
      expect(watcher.output().split(WATCHING)[3]).toContain('Found 0 errors and 1 warning in 2 files.');
    } finally {
      watcher.child.kill('SIGINT');
    }
    expect(await watcher.exit).toBe(130);
    expect(watcher.errors()).toBe('');
  });

  it('ends with 143 on SIGTERM, as a service manager stops it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tartip-watch-'));
    writeFileSync(path.join(dir, 'a.tartip'), SMALL);
    const watcher = start(['check', 'a.tartip', '--watch', '--lang', 'en'], dir);
    await watcher.waitForReports(1);
    watcher.child.kill('SIGTERM');
    expect(await watcher.exit).toBe(143);
    expect(watcher.errors()).toBe('');
  });

  it('cannot be combined with --fix, which would write the files it watches', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tartip-watch-'));
    writeFileSync(path.join(dir, 'a.tartip'), SMALL);
    const run = start(['check', 'a.tartip', '--watch', '--fix'], dir);
    expect(await run.exit).toBe(2);
    expect(run.errors()).toContain("option '-w, --watch' cannot be used with option '--fix'");
  });
});
