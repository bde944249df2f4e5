// The shape of each element for the layout: its tokens, where its sub-lines start and which runs stay together.
//
// The grammar is a flat sequence of elements; an element's own parts that the acts print on lines of their
// own (an act's details, numbered list items, a branch's clauses) are found from the syntax tree, mostly by
// generic rules, so that a clause added to the grammar is laid out like its kind without a change here.
import type { CstElement, CstNode, IToken } from 'chevrotain';
import { isToken, real } from '../ast/cst-reader.js';
import { keywordEntry } from '../syntax/keywords.js';
import { getParser } from '../syntax/parser.js';

export interface ElementShape {
  /** The element's rule in the grammar («step», «durationClause», …). */
  kind: string;
  /** Token indices [from, to). */
  from: number;
  to: number;
  /** Token indices (after `from`) where a line of its own starts, indented one level under the element. */
  subLines: number[];
  /** The sub-lines are a list put on lines of their own only when the element does not fit on one line. */
  subLinesIfLong: boolean;
  /** Token index ranges [from, to) moved to the next line whole rather than split, when they fit there. */
  groups: [number, number][];
}

let elementKinds: ReadonlySet<string> | undefined;

/** The rules an element can be, read from the grammar itself: the alternatives of its «element» rule. */
export function elementRuleNames(): ReadonlySet<string> {
  if (elementKinds) return elementKinds;
  const rule = getParser().getGAstProductions()['element'] as unknown as { definition: { definition: { definition: { nonTerminalName?: string }[] }[] }[] };
  const names = rule.definition[0]?.definition.map((alt) => alt.definition[0]?.nonTerminalName).filter((n): n is string => n !== undefined) ?? [];
  elementKinds = new Set(names);
  return elementKinds;
}

/** Parts that stand on lines of their own under the element, by the element's rule. */
const SUB_LINE_CHILDREN: Record<string, readonly string[]> = {
  header: ['notPrinted'],
  approval: ['actDetail', 'notPrinted'],
  standard: ['actRef', 'actDetail'],
  appendix: ['notPrinted'],
  participantsStmt: ['participantItem'],
  glossary: ['glossaryItem'],
  channelStmt: ['channelItem'],
  chart: ['chartLanes', 'chartOption'],
};

/** Token kinds that start a line of their own under the element. */
const SUB_LINE_TOKENS: Record<string, readonly string[]> = {
  chart: ['Lanes'],
};

/** Lists that stay on the element's line when it fits and none of their items is numbered. */
const LISTS_IF_LONG = new Set(['channelStmt', 'durationClause', 'termStmt']);

/** Lists one level down: a duration's parts in sequence («…; …»), each on a line of its own when long. */
const NESTED_LISTS: Record<string, readonly [list: string, item: string]> = {
  durationClause: ['durationExpr', 'durationAlt'],
  termStmt: ['durationExpr', 'durationAlt'],
};

/** Parts kept whole on one line where they fit: the act's short name, references, kinds, «not printed». */
const GROUPS = new Set(['hereinafter', 'annotation', 'kindWords', 'notPrinted', 'stepRef', 'target', 'quantity', 'date', 'actRef']);

/** Clauses nested in an element (a branch's duration, result, lane …) that are not references. */
function isNestedClause(name: string): boolean {
  return name !== 'annotation' && elementRuleNames().has(name);
}

/** The indices of the first and last real token under a node ([Infinity, -1] for none), each node measured once. */
function spanner(indexOf: (t: IToken) => number): (node: CstNode) => [number, number] {
  const known = new WeakMap<CstNode, [number, number]>();
  const span = (node: CstNode): [number, number] => {
    const cached = known.get(node);
    if (cached) return cached;
    let first = Number.POSITIVE_INFINITY;
    let last = -1;
    for (const list of Object.values(node.children)) {
      for (const e of list as CstElement[]) {
        const [a, b] = isToken(e) ? (real(e) ? [indexOf(e), indexOf(e)] : [first, last]) : span(e);
        first = Math.min(first, a);
        last = Math.max(last, b);
      }
    }
    const result: [number, number] = [first, last];
    known.set(node, result);
    return result;
  };
  return span;
}

/**
 * The shapes of the file's elements. `indexOf` maps a token of the tree to its index in the token
 * stream; `types` gives each token's kind by index.
 */
export function elementShapes(elements: readonly CstNode[], indexOf: (t: IToken) => number, types: readonly string[]): ElementShape[] {
  const shapes: ElementShape[] = [];
  const span = spanner(indexOf);
  for (const element of elements) {
    const entry = Object.entries(element.children)[0];
    if (!entry) continue;
    const [kind, list] = entry;
    const node = list[0];
    if (!node || isToken(node)) continue;
    const [from, last] = span(node);
    const to = last + 1;
    if (!Number.isFinite(from) || to <= from) continue;
    const subLines = new Set<number>();
    const groups: [number, number][] = [];
    const wanted = SUB_LINE_CHILDREN[kind];
    for (const [name, children] of Object.entries(node.children)) {
      for (const c of children) {
        if (isToken(c)) {
          if (real(c) && (SUB_LINE_TOKENS[kind]?.includes(c.tokenType.name) || (kind === 'branch' && c.tokenType.name === 'Arrow'))) subLines.add(indexOf(c));
          continue;
        }
        const [at] = span(c);
        // A listed part, or else any clause nested in the element (a branch's, or a new construct's).
        if (Number.isFinite(at) && (wanted ? wanted.includes(name) : isNestedClause(name))) subLines.add(at);
      }
    }
    const nested = NESTED_LISTS[kind];
    const inner = nested ? node.children[nested[0]]?.[0] : undefined;
    if (nested && inner && !isToken(inner)) {
      for (const item of (inner.children[nested[1]] ?? []).slice(1)) if (!isToken(item)) subLines.add(span(item)[0]);
    }
    if (kind === 'branch') {
      // The branch's own action (performer and text) starts after its «егер … жағдайда:» line.
      const colon = types.indexOf('Colon', from);
      if (colon >= 0 && colon + 1 < to) subLines.add(colon + 1);
    }
    collectGroups(node, span, groups);
    const starts = [...subLines]
      .filter((i) => i > from && i < to)
      .map((i) => (types[i] === 'Arrow' && i - 1 > from && keywordEntry(types[i - 1]!)?.role === 'step' && !subLines.has(i - 1) ? i - 1 : i))
      .sort((a, b) => a - b);
    shapes.push({ kind, from, to, subLines: [...new Set(starts)], subLinesIfLong: LISTS_IF_LONG.has(kind), groups });
  }
  return shapes;
}

function collectGroups(node: CstNode, span: (node: CstNode) => [number, number], out: [number, number][]): void {
  for (const [name, children] of Object.entries(node.children)) {
    for (const c of children) {
      if (isToken(c)) continue;
      if (GROUPS.has(name)) {
        const [from, last] = span(c);
        if (Number.isFinite(from) && last >= from) out.push([from, last + 1]);
      }
      collectGroups(c, span, out);
    }
  }
}
