// Flows the bundled acts do not have: a loop back to an earlier step, both outcomes to one step, a guard
// skipping to the end. The export stays lint-clean, laid out without overlaps, and runs every path.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import { emitBpmn } from '../../src/emit/bpmn/emit.js';
import { act } from '../check/sources.js';
import { readBpmn, runBpmn } from './engine-run.js';
import { pathsOf } from './paths.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

const PROCEDURES = `4. рәсім кеңсе-рәсімі: беруші арқылы
     1) кеңсе: «құжаттарды қабылдайды»
        ұзақтығы: 30 (отыз) минут
     2) 1-шарт орындаушы: «құжаттардың толықтығын тексереді»
        иә → 3
        жоқ → 1
     3) 2-шарт орындаушы: «деректерді салыстырады»
        иә → 4
        жоқ → 4
     4) орындаушы: «анықтаманы немесе дәлелді бас тартуды дайындайды»
        тек «құжаттар толық болса»
        әйтпесе → аяқталу
        ұзақтығы: екі жұмыс күні ішінде
        шешім: анықтама немесе дәлелді-бас-тарту
     5) кеңсе: «нәтижені береді»
        кімге: алушы`;

const SOURCE = act({ procedures: PROCEDURES });

describe('BPMN of unusual flows', () => {
  it('compiles, lints clean and runs along every path', async () => {
    const result = compile(SOURCE, 'unusual.tartip');
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message.en}`)).toEqual([]);
    const json = result.json!;
    const xml = await emitBpmn(json);
    const dir = mkdtempSync(join(tmpdir(), 'tartip-bpmn-shapes-'));
    writeFileSync(join(dir, 'unusual.bpmn'), xml);
    let output = '';
    try {
      execFileSync(process.execPath, [join(root, 'node_modules/bpmnlint/bin/bpmnlint.js'), '--config', join(root, '.bpmnlintrc'), join(dir, 'unusual.bpmn')], { encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout);
    }
    expect(output).toBe('');
    const context = await readBpmn(xml);
    const paths = pathsOf(json.procedures[0]!);
    expect(paths.length).toBeGreaterThanOrEqual(3);
    for (const path of paths) {
      const trace = await runBpmn(context, { Process_1: Object.fromEntries(path.flags.map((f) => [f, true])) });
      expect((trace.tasks.get('Process_1') ?? []).length, path.flags.join(',')).toBe(path.taken.length);
      expect(trace.ends.get('Process_1')).toHaveLength(1);
    }
  });
});

describe('BPMN gateway flows in the act\'s words', () => {
  it('names the «иә» / «жоқ» flows as the procedure\'s chart prints its exits («жауаптар»)', async () => {
    const tail = `1-қосымша: анықтамалық «Бизнес-процестердің анықтамалығы»
  сызба кеңсе-рәсімі
    жауаптар: ИӘ`;
    const xml = await emitBpmn(compile(act({ procedures: PROCEDURES, tail }), 'answers.tartip').json!);
    expect(xml).toContain('name="ИӘ"');
    expect(xml).toContain('name="ЖОҚ"');
    expect(xml).not.toMatch(/name="(Иә|Жоқ)"/);
    const plain = await emitBpmn(compile(SOURCE, 'unusual.tartip').json!);
    expect(plain).toContain('name="Иә"');
    expect(plain).toContain('name="Жоқ"');
  });
});
