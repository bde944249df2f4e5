// A round trip that cannot drift: every step of compile(source) is in the DOCX's own paragraphs (read back with mammoth), with its performer, action and duration.
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { ProcessDefinition, ProcedureInfo } from '../../src/emit/json/model.js';
import { writeDocx } from '../../src/emit/document/docx.js';
import { ACTS } from './coverage.js';
import { compileAct } from './helpers.js';

/** The handbook procedures the act prints only in its appendix (headed with their chart's caption). */
function printedInText(definition: ProcessDefinition, procedure: ProcedureInfo): boolean {
  return !definition.appendices.some((a) => a.charts.some((c) => c.procedure === procedure.id && c.caption !== null && c.caption === procedure.heading));
}

describe('document round trip', () => {
  it.each(ACTS)('%s: every step\'s performer, action and duration are in one paragraph of the DOCX', async (act) => {
    const { result, document } = compileAct(act);
    const definition = result.json!;
    const read = await mammoth.extractRawText({ buffer: Buffer.from((await writeDocx(document, new Map())).data) });
    const paragraphs = read.value.split('\n').filter((p) => p.trim() !== '');
    const names = new Map(definition.entities.map((e) => [e.id, e]));
    let checked = 0;
    for (const procedure of definition.procedures.filter((p) => printedInText(definition, p))) {
      for (const step of procedure.steps) {
        const performer = names.get(step.performer);
        // The act names a performer by the short name it gave it («бұдан әрі – …»), else in full.
        const named = performer && performer.kind !== 'system' && step.systemLabel === null ? (performer.shortName ?? performer.names[0]!) : '';
        const found = paragraphs.filter((p) => p.includes(step.action) && p.includes(named) && (step.duration === null || p.includes(step.duration.written.replace(/«|»/g, ''))));
        expect(found.length, `${procedure.id} ${step.label}: ${named} ${step.action}`).toBeGreaterThan(0);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
