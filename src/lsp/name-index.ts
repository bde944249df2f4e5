// Every declaration and reference of a participant, system, document or procedure in the syntax tree, for navigation, rename and highlighting.
import type { RegulationFile } from '../ast/statements.js';
import type { Range } from '../text/range.js';
import { contains } from './positions.js';

/** Participants and systems share one namespace (entities), as in the binder. */
export type Namespace = 'entity' | 'document' | 'procedure';

export interface NameOccurrence {
  namespace: Namespace;
  name: string;
  range: Range;
  declaration: boolean;
  /** The declaring node (statement or procedure), for a declaration. */
  node?: { kind: string; range: Range };
}

export interface NameIndex {
  occurrences: NameOccurrence[];
  at(offset: number): NameOccurrence | undefined;
  all(namespace: Namespace, name: string): NameOccurrence[];
  declaration(namespace: Namespace, name: string): NameOccurrence | undefined;
}

/** Which `Name` fields of which nodes declare or refer to what. */
const NAME_FIELDS: Record<string, Record<string, { namespace: Namespace; declaration: boolean }>> = {
  Organisation: { name: { namespace: 'entity', declaration: true } },
  System: { name: { namespace: 'entity', declaration: true } },
  Participant: { name: { namespace: 'entity', declaration: true } },
  DocumentDecl: { name: { namespace: 'document', declaration: true } },
  Procedure: { name: { namespace: 'procedure', declaration: true } },
  StepResult: { procedure: { namespace: 'procedure', declaration: false } },
  Repeat: { procedure: { namespace: 'procedure', declaration: false } },
  Chart: { procedure: { namespace: 'procedure', declaration: false } },
  Step: { makes: { namespace: 'document', declaration: false }, uses: { namespace: 'document', declaration: false } },
  Outcome: { alternatives: { namespace: 'document', declaration: false } },
};

type Node = { kind?: unknown; range?: Range; [field: string]: unknown };

/**
 * Walks the tree generically: an `EntityRef` is an entity reference wherever it stands, a `Name` means what
 * the field of the nearest node around it says (NAME_FIELDS); names elsewhere (defect codes) are not symbols.
 */
export function indexNames(file: RegulationFile): NameIndex {
  const occurrences: NameOccurrence[] = [];
  // A declaration made among a step's clauses is in the tree twice (the step and its paragraph): kept once.
  const seen = new Set<Range>();
  const push = (occurrence: NameOccurrence) => {
    if (seen.has(occurrence.range)) return;
    seen.add(occurrence.range);
    occurrences.push(occurrence);
  };
  const visit = (value: unknown, owner: Node | undefined, field: string | undefined): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item, owner, field);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const node = value as Node;
    if (node.kind === 'EntityRef') {
      if (node.builtin === null && node.name !== '' && node.range) push({ namespace: 'entity', name: node.name as string, range: node.range, declaration: false });
      return;
    }
    if (node.kind === 'Name') {
      const meaning = owner && field ? NAME_FIELDS[owner.kind as string]?.[field] : undefined;
      if (meaning && node.name !== '' && node.range) {
        push({ ...meaning, name: node.name as string, range: node.range, ...(meaning.declaration && owner?.range ? { node: { kind: owner.kind as string, range: owner.range } } : {}) });
      }
      return;
    }
    const nextOwner = typeof node.kind === 'string' ? node : owner;
    for (const [key, child] of Object.entries(node)) {
      if (key === 'range' || child === null || typeof child !== 'object') continue;
      visit(child, nextOwner, nextOwner === node ? key : field);
    }
  };
  visit(file, undefined, undefined);
  occurrences.sort((a, b) => a.range.start.offset - b.range.start.offset);
  const key = (namespace: Namespace, name: string) => `${namespace}\u0000${name}`;
  const byName = new Map<string, NameOccurrence[]>();
  for (const o of occurrences) {
    const list = byName.get(key(o.namespace, o.name));
    if (list) list.push(o);
    else byName.set(key(o.namespace, o.name), [o]);
  }
  return {
    occurrences,
    at: (offset) => occurrences.find((o) => contains(o.range, offset)),
    all: (namespace, name) => byName.get(key(namespace, name)) ?? [],
    declaration: (namespace, name) => byName.get(key(namespace, name))?.find((o) => o.declaration),
  };
}
