// References check: declared actors, systems, documents and abbreviations that nothing refers to (TRT2003).
import type { DiagnosticBag } from '../../diagnostics/create.js';
import type { Model } from '../model.js';
import { WHAT } from '../names.js';

/** The binder marks every use; whatever is still unmarked was declared in vain. Built-ins are exempt. */
export function checkUnused(model: Model, bag: DiagnosticBag): void {
  for (const entity of model.entities.values()) {
    if (entity.used || !entity.range || entity.kind === 'applicant' || entity.kind === 'provider') continue;
    bag.add('TRT2003', entity.range, { name: entity.id, what: WHAT[entity.kind] });
  }
  for (const document of model.documents.values()) {
    if (!document.used) bag.add('TRT2003', document.range, { name: document.id, what: document.role === 'refusal' ? WHAT.refusal : document.kind === 'intermediate' ? WHAT.intermediate : WHAT.document });
  }
  for (const abbreviation of model.abbreviations.values()) {
    if (!abbreviation.used) bag.add('TRT2003', abbreviation.range, { name: abbreviation.short, what: WHAT.abbreviation });
  }
}
