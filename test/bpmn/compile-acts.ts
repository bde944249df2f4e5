// The acts in regulations/ compiled once per test file, with their BPMN export.
import { readdirSync, readFileSync } from 'node:fs';
import { compile } from '../../src/compile.js';
import type { ProcessDefinition } from '../../src/emit/json/model.js';
import { emitBpmn } from '../../src/emit/bpmn/emit.js';

export const REGULATIONS = new URL('../../regulations/', import.meta.url);
export const ACTS = readdirSync(REGULATIONS).filter((f) => f.endsWith('.tartip')).sort();

export function definitionOf(name: string): ProcessDefinition {
  const json = compile(readFileSync(new URL(name, REGULATIONS), 'utf8'), name).json;
  if (!json) throw new Error(`${name} does not compile`);
  return json;
}

export async function bpmnOf(name: string): Promise<{ json: ProcessDefinition; xml: string }> {
  const json = definitionOf(name);
  return { json, xml: await emitBpmn(json) };
}
