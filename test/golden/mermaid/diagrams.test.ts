// Every regulation in regulations/ draws its appendices as reviewed golden .mmd files, completely.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/compile.js';
import type { ProcessDefinition } from '../../../src/emit/json/model.js';
import { emitDiagrams } from '../../../src/emit/mermaid/emit-diagrams.js';
import { escapeLabel } from '../../../src/emit/mermaid/escape.js';
import { laneTitle } from '../../../src/emit/mermaid/labels.js';
import { laneLabel } from '../../../src/emit/mermaid/write-mermaid.js';

const dir = new URL('../../../regulations/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.tartip')).sort();

function definition(name: string): ProcessDefinition {
  const result = compile(readFileSync(new URL(name, dir), 'utf8'), `regulations/${name}`, name);
  expect(result.json, `${name} compiles`).toBeDefined();
  return result.json!;
}

describe('appendix diagrams of regulations/', () => {
  it.each(files)('%s matches its golden .mmd files', async (name) => {
    const { diagrams } = emitDiagrams(definition(name));
    const base = name.replace(/\.tartip$/, '');
    for (const d of diagrams) await expect(d.mermaid).toMatchFileSnapshot(`${base}/${d.name}.mmd`);
    // No stale golden file: everything in the folder is still generated (new ones are written by -u).
    const folder = new URL(`${base}/`, import.meta.url);
    const golden = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.mmd')) : [];
    const generated = new Set(diagrams.map((d) => `${d.name}.mmd`));
    expect(golden.filter((f) => !generated.has(f))).toEqual([]);
  });

  it.each(files)('%s draws one chart per charted procedure, with every lane, step, duration and decision', (name) => {
    const json = definition(name);
    const { diagrams } = emitDiagrams(json);
    const charts = json.appendices.flatMap((a) => a.charts.map((c) => ({ appendix: a, chart: c })));
    const drawn = diagrams.filter((d) => d.kind === 'chart');
    expect(drawn.map((d) => d.procedure)).toEqual(charts.map((c) => c.chart.procedure));
    const entities = new Map(json.entities.map((e) => [e.id, e]));
    drawn.forEach((d, i) => {
      const { appendix, chart } = charts[i]!;
      const procedure = json.procedures.find((p) => p.id === chart.procedure)!;
      // Long words carry invisible break points; a label-only chart prints no texts.
      const text = d.mermaid.replaceAll('#8203;', '');
      const texts = chart.boxes !== 'label';
      for (const lane of chart.lanes) expect(text, `lane ${lane}`).toContain(`["${laneLabel(laneTitle(entities.get(lane), lane))}"]`);
      for (const step of procedure.steps) {
        const lane = step.lane ?? step.performer;
        const performer = laneLabel(laneTitle(entities.get(lane), lane));
        expect(text, `lane of ${step.id}`).toContain(`["${performer}"]`);
        const isDiamond = appendix.kind === 'is-diagram' && step.transitions.some((t) => t.on === 'yes') && step.branches.length === 0;
        if (!texts) {
          if (step.systemLabel) expect(text, `label of ${step.id}`).toContain(escapeLabel(step.systemLabel.label));
          continue;
        }
        if (!isDiamond) expect(text, `text of ${step.id}`).toContain(escapeLabel(step.short ?? step.action));
        if (step.duration && !isDiamond) expect(text, `duration of ${step.id}`).toContain(escapeLabel(step.chartDuration ?? `(${step.duration.written})`));
        for (const branch of step.branches) expect(text, `branch of ${step.id}`).toContain(escapeLabel(branch.short ?? branch.action));
        if (step.transitions.some((t) => t.on === 'yes')) expect(text).toMatch(/\|"Иә"\|/);
        if (step.transitions.some((t) => t.on === 'no')) expect(text).toMatch(/\|"Жоқ"\|/);
      }
      if (procedure.steps.some((s) => s.transitions.some((t) => t.to.kind === 'refusal'))) {
        expect(text).toMatch(appendix.kind === 'handbook' ? /\(\("Бас тарту"\)\)/ : /cross-circ/);
      }
      expect(d.legend, 'every chart is printed with its legend').not.toBeNull();
    });
  });

  it.each(files)('%s draws byte-identical text twice', (name) => {
    const json = definition(name);
    expect(emitDiagrams(json)).toEqual(emitDiagrams(structuredClone(json)));
  });
});
