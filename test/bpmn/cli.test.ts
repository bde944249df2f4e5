// `tartip compile --format json,bpmn` and `tartip build` on the built binary: the .bpmn files and the usage errors.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTS, bpmnOf } from './compile-acts.js';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'dist/tartip.js');
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const temp = () => mkdtempSync(path.join(tmpdir(), 'tartip-bpmn-cli-'));

describe('tartip compile --format', () => {
  it('json,bpmn writes both for every act, the .bpmn equal to the library\'s export', async () => {
    const out = temp();
    const result = run(['compile', 'regulations', '-f', 'json,bpmn', '-o', out, '-j', '1']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${ACTS.length} .json, ${ACTS.length} .bpmn of ${ACTS.length} → ${out}\n`);
    const files = readdirSync(out);
    for (const act of ACTS) {
      const name = act.replace(/\.tartip$/, '');
      expect(files).toContain(`${name}.json`);
      expect(readFileSync(path.join(out, `${name}.bpmn`), 'utf8')).toBe((await bpmnOf(act)).xml);
    }
  });

  it('bpmn alone writes no JSON', () => {
    const out = temp();
    expect(run(['compile', `regulations/${ACTS[0]}`, '-f', 'bpmn', '-o', out]).status).toBe(0);
    expect(readdirSync(out)).toEqual([ACTS[0]!.replace(/\.tartip$/, '.bpmn')]);
  });

  it('rejects an unknown format with exit code 2 and writes nothing', () => {
    const out = temp();
    const result = run(['compile', 'regulations', '-f', 'json,xml', '-o', out]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('expected a comma-separated list of json, bpmn');
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('tartip build', () => {
  it('writes each act\'s .bpmn beside its JSON', () => {
    const out = temp();
    const result = run(['build', 'regulations', '-f', 'mmd', '-o', out]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`${ACTS.length}/${ACTS.length} .json, ${ACTS.length} .bpmn`);
    expect(readdirSync(out).filter((f) => f.endsWith('.bpmn'))).toHaveLength(ACTS.length);
  });
});
