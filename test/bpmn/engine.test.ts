// Every act's processes run in bpmn-engine along every path the JSON allows: main path and each refusal.
import { BpmnModdle } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import { BPMN_WORDS, refusalName } from '../../src/emit/bpmn/labels.js';
import { ACTS, bpmnOf } from './compile-acts.js';
import { readBpmn, runBpmn } from './engine-run.js';
import { pathsOf } from './paths.js';

interface Element { id: string; name?: string; $type: string; $attrs: Record<string, string>; flowElements?: Element[] }

/** What each exported element stands for, read back from the XML: «step id» or «step id/case n». */
async function meanings(xml: string): Promise<{ steps: Map<string, string>; names: Map<string, string>; processes: Map<string, string> }> {
  const { rootElement } = await new BpmnModdle().fromXML(xml) as unknown as { rootElement: { rootElements: Element[] } };
  const steps = new Map<string, string>();
  const names = new Map<string, string>();
  const processes = new Map<string, string>();
  for (const process of rootElement.rootElements.filter((e) => e.$type === 'bpmn:Process')) {
    if (process.$attrs['tartip:procedure']) processes.set(process.$attrs['tartip:procedure'], process.id);
    for (const el of process.flowElements ?? []) {
      names.set(el.id, el.name ?? '');
      const step = el.$attrs['tartip:step'];
      const branch = el.$attrs['tartip:case'];
      if (step && el.$type === 'bpmn:UserTask') steps.set(el.id, branch ? `${step}/case ${branch}` : step);
    }
  }
  return { steps, names, processes };
}

describe('bpmn-engine', () => {
  it.each(ACTS)('%s runs through every path to the end event the JSON says', async (act) => {
    const { json, xml } = await bpmnOf(act);
    const read = await meanings(xml);
    const context = await readBpmn(xml);
    let runs = 0;
    for (const procedure of json.procedures) {
      const process = read.processes.get(procedure.id)!;
      expect(process, `a process for ${procedure.id}`).toBeDefined();
      const paths = pathsOf(procedure);
      expect(paths.some((p) => p.end === 'end'), `${procedure.id} has a main path`).toBe(true);
      for (const path of paths) {
        const trace = await runBpmn(context, { [process]: Object.fromEntries(path.flags.map((f) => [f, true])) });
        const taken = (trace.tasks.get(process) ?? []).map((id) => read.steps.get(id));
        expect(taken, `${procedure.id} with ${path.flags.join(', ') || 'no flags'}`).toEqual(path.taken);
        const ends = (trace.ends.get(process) ?? []).map((id) => read.names.get(id));
        expect(ends).toEqual([path.end === 'end' ? BPMN_WORDS.end : refusalName(json.documents)]);
        runs++;
      }
    }
    expect(runs).toBeGreaterThan(json.procedures.length - 1);
  });
});
