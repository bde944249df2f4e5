// The built CLI starts from its code cache and loads only what a one-file check needs (the timing is bench's).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const SEED = path.join(root, 'regulations/2015-225-adoption-candidates-registration.tartip');
const OBSERVE = path.join(import.meta.dirname, 'observe.cjs');

function observed(bin: string, args: string[]) {
  const result = spawnSync(process.execPath, ['-r', OBSERVE, bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const lines = result.stderr.trimEnd().split('\n');
  return { code: result.status, stdout: result.stdout, report: JSON.parse(lines[lines.length - 1]!) as { rejected: boolean | null; builtins: string[] } };
}

describe('start-up of the built CLI', () => {
  it('runs the bundle from the code cache the build recorded', () => {
    const run = observed(path.join(root, 'dist/tartip.js'), ['check', SEED]);
    expect(run.code).toBe(0);
    expect(run.report.rejected).toBe(false);
  });

  it('loads none of the built-ins a one-file check does not use', () => {
    const { builtins } = observed(path.join(root, 'dist/tartip.js'), ['check', SEED]).report;
    for (const unused of ['child_process', 'crypto', 'worker_threads', 'timers/promises', 'internal/modules/esm/translators', 'internal/modules/esm/module_job']) expect(builtins).not.toContain(unused);
    expect(builtins).toContain('vm');
  });

  it('works the same without a cache for this Node (required as usual), or with a cache V8 refuses', () => {
    const cache = `cli-v8-${process.versions.v8}.cache`;
    const copy = mkdtempSync(path.join(tmpdir(), 'tartip-dist-'));
    cpSync(path.join(root, 'dist'), copy, { recursive: true });
    const cached = observed(path.join(root, 'dist/tartip.js'), ['check', SEED, '--format', 'json']);
    writeFileSync(path.join(copy, cache), 'not a code cache');
    const refused = observed(path.join(copy, 'tartip.js'), ['check', SEED, '--format', 'json']);
    expect(refused.report.rejected).toBe(true);
    rmSync(path.join(copy, cache));
    const required = observed(path.join(copy, 'tartip.js'), ['check', SEED, '--format', 'json']);
    expect(required.report.rejected).toBe(null);
    for (const run of [refused, required]) {
      expect(run.code).toBe(cached.code);
      expect(run.stdout).toBe(cached.stdout);
    }
  });
});
