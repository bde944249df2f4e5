// The BPMN 2.0 export of a compiled act: model, layout, XML. Pure apart from bpmn-moddle's asynchronous writer.
import type { ProcessDefinition } from '../json/model.js';
import { buildCollaboration } from './build-collaboration.js';
import { layout } from './layout.js';
import { writeXml } from './write-xml.js';

export async function emitBpmn(def: ProcessDefinition): Promise<string> {
  const collaboration = buildCollaboration(def);
  return writeXml(collaboration, layout(collaboration));
}
