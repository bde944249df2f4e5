// Runs one exported BPMN in bpmn-engine: completes every user task as it waits, records what was taken.
import { EventEmitter } from 'node:events';
import { Engine } from 'bpmn-engine';
import { BpmnModdle } from 'bpmn-moddle';

export interface Trace {
  /** Per process id: the ids of the user tasks completed and the end events reached, in order. */
  tasks: Map<string, string[]>;
  ends: Map<string, string[]>;
}

/** The XML read once (bpmn-moddle's context), for the many runs of one act. */
export async function readBpmn(xml: string): Promise<unknown> {
  return new BpmnModdle().fromXML(xml);
}

export async function runBpmn(moddleContext: unknown, variables: Record<string, Record<string, boolean>>): Promise<Trace> {
  const engine = new Engine({ name: 'tartip', moddleContext: moddleContext as never });
  const listener = new EventEmitter();
  const tasks = new Map<string, string[]>();
  const ends = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, key: string, id: string) => map.set(key, [...(map.get(key) ?? []), id]);
  listener.on('wait', (api: { type: string; id: string; content: { parent: { id: string } }; signal: () => void }) => {
    if (api.type === 'bpmn:UserTask') {
      push(tasks, api.content.parent.id, api.id);
      api.signal();
    }
  });
  listener.on('activity.end', (api: { type: string; id: string; content: { parent: { id: string } } }) => {
    if (api.type === 'bpmn:EndEvent') push(ends, api.content.parent.id, api.id);
  });
  const done = engine.waitFor('end');
  const failed = engine.waitFor('error').then((e) => Promise.reject(e));
  await engine.execute({ listener, variables });
  await Promise.race([done, failed]);
  return { tasks, ends };
}
