// Typed access to Chevrotain's concrete syntax tree, tolerant of the holes error recovery leaves.
import type { CstElement, CstNode, IToken } from 'chevrotain';
import type { Range } from '../diagnostics/types.js';
import type { LineMap } from '../text/line-map.js';
import type { Name, TextLit } from './nodes.js';

export function isToken(element: CstElement): element is IToken {
  return (element as IToken).image !== undefined;
}

/** A token the parser really read (recovery may insert placeholder tokens with no position). */
export function real(token: IToken | undefined): IToken | undefined {
  return token && !token.isInsertedInRecovery && !Number.isNaN(token.startOffset) ? token : undefined;
}

export function tokens(node: CstNode | undefined, name: string): IToken[] {
  const list = node?.children[name] ?? [];
  return list.filter(isToken).filter((t) => real(t) !== undefined);
}

/** The index-th real token of a kind under a node; called for nearly every node, so it allocates nothing. */
export function token(node: CstNode | undefined, name: string, index = 0): IToken | undefined {
  const list = node?.children[name];
  if (!list) return undefined;
  let k = 0;
  for (const e of list) {
    if (isToken(e) && real(e) && k++ === index) return e;
  }
  return undefined;
}

export function nodes(node: CstNode | undefined, name: string): CstNode[] {
  const list = node?.children[name] ?? [];
  return list.filter((e): e is CstNode => !isToken(e));
}

export function child(node: CstNode | undefined, name: string, index = 0): CstNode | undefined {
  const list = node?.children[name];
  if (!list) return undefined;
  let k = 0;
  for (const e of list) {
    if (!isToken(e) && k++ === index) return e;
  }
  return undefined;
}

/** All real tokens under a node, in source order. */
export function allTokens(node: CstNode | undefined): IToken[] {
  if (!node) return [];
  const out: IToken[] = [];
  const walk = (n: CstNode) => {
    for (const list of Object.values(n.children)) {
      for (const e of list) {
        if (isToken(e)) {
          if (real(e)) out.push(e);
        } else walk(e);
      }
    }
  };
  walk(node);
  return out.sort((a, b) => a.startOffset - b.startOffset);
}

const SPACES = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+/g;

/** True for a character `collapse` would change: any whitespace but a single plain space between words. */
function needsCollapse(text: string): boolean {
  const n = text.length;
  if (n === 0) return false;
  if (text.charCodeAt(0) === 0x20 || text.charCodeAt(n - 1) === 0x20) return true;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (text.charCodeAt(i + 1) === 0x20) return true;
    } else if (c <= 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff || c === 0x85) {
      return true;
    }
  }
  return false;
}

/**
 * Collapses whitespace runs to one space, so a text may be wrapped freely in the source. Most texts
 * need nothing (one line, single spaces): they are returned as they are, without a regex pass.
 */
export function collapse(text: string): string {
  return needsCollapse(text) ? text.replace(SPACES, ' ').trim() : text;
}

/** The one child of a node that has exactly one (an element, a statement, a clause): its rule name and node. */
export function onlyChild(node: CstNode): [string, CstNode] | undefined {
  for (const name in node.children) {
    const child = node.children[name]![0];
    return child && !isToken(child) ? [name, child] : undefined;
  }
  return undefined;
}

/** The spelling of a name token: a backtick-quoted name without its backticks, NFC-normalised. */
export function nameOf(t: IToken): string {
  const image = t.tokenType.name === 'QuotedName' ? t.image.slice(1, -1) : t.image;
  return image.normalize('NFC');
}

/** Everything the builders need: the line map to turn offsets into ranges. */
export class Reader {
  /** Keywords of several words read where a name stands («бас тарту»): a name is one word, reported by the AST stage. */
  readonly spacedNames: { range: Range; image: string }[] = [];

  constructor(readonly lines: LineMap) {}

  tokenRange(t: IToken): Range {
    return this.lines.range(t.startOffset, t.startOffset + t.image.length);
  }

  nodeRange(node: CstNode | undefined, fallback?: Range): Range {
    // Every statement and clause asks for its range, so walking its tokens each time was one of the
    // compiler's hottest paths. The parser tracks node locations with recovery in mind (tokens it inserted
    // have no position and are skipped), which gives the same first and last real tokens as the walk.
    const location = node?.location;
    if (location && !Number.isNaN(location.startOffset) && location.endOffset !== undefined) {
      return this.lines.range(location.startOffset, location.endOffset + 1);
    }
    if (!node || location) return fallback ?? this.lines.range(0, 0);
    const all = allTokens(node);
    if (all.length === 0) return fallback ?? this.lines.range(0, 0);
    return this.lines.range(all[0]!.startOffset, all.at(-1)!.startOffset + all.at(-1)!.image.length);
  }

  spanRange(first: IToken, last: IToken): Range {
    return this.lines.range(first.startOffset, last.startOffset + last.image.length);
  }

  text(t: IToken | undefined, fallback: Range): TextLit {
    if (!t) return { kind: 'Text', value: '', closed: false, range: fallback };
    const image = t.image;
    const type = t.tokenType.name;
    let inner: string;
    let closed = true;
    if (type === 'UnterminatedText') {
      inner = image.slice(1);
      closed = false;
    } else if (type === 'StraightText') {
      inner = image.slice(1, -1).replace(/\\(.)/g, '$1');
    } else {
      inner = image.slice(1, -1);
    }
    return { kind: 'Text', value: collapse(inner), closed, range: this.tokenRange(t) };
  }

  name(t: IToken | undefined, fallback: Range): Name {
    if (!t) return { kind: 'Name', name: '', range: fallback };
    const range = this.tokenRange(t);
    const name = nameOf(t);
    if (/\s/.test(name)) this.spacedNames.push({ range, image: name });
    return { kind: 'Name', name: name.replace(/\s+/g, '-'), range };
  }
}
