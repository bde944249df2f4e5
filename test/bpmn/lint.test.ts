// Every act's BPMN passes bpmnlint's recommended rules (the real CLI, as a user runs it) with no report at all.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ACTS, bpmnOf } from './compile-acts.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'node_modules/bpmnlint/bin/bpmnlint.js');

describe('bpmnlint:recommended', () => {
  it('lints every act in regulations/ clean', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tartip-bpmnlint-'));
    const files: string[] = [];
    for (const act of ACTS) {
      const file = join(dir, act.replace(/\.tartip$/, '.bpmn'));
      writeFileSync(file, (await bpmnOf(act)).xml);
      files.push(file);
    }
    let output: string;
    try {
      output = execFileSync(process.execPath, [cli, '--config', join(root, '.bpmnlintrc'), ...files], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
    } catch (error) {
      output = `${(error as { stdout?: string }).stdout ?? ''}${(error as { stderr?: string }).stderr ?? ''}`;
    }
    expect(output.replace(/\s+/g, ' ').trim()).toBe('');
  });

  it('reports a broken diagram (the lint can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tartip-bpmnlint-'));
    const file = join(dir, 'broken.bpmn');
    writeFileSync(file, `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="x">
  <bpmn:process id="P" isExecutable="true"><bpmn:task id="T" /></bpmn:process>
</bpmn:definitions>`);
    expect(() => execFileSync(process.execPath, [cli, '--config', join(root, '.bpmnlintrc'), file], { encoding: 'utf8', stdio: 'pipe' })).toThrow();
  });
});
