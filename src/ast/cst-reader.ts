// Typed access to Chevrotain's concrete syntax tree, tolerant of the holes error recovery leaves.
import type { CstElement, CstNode, IToken } from 'chevrotain';
import type { Range } from '../diagnostics/types.js';
import type { LineMap } from '../syntax/line-map.js';
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

export function token(node: CstNode | undefined, name: string, index = 0): IToken | undefined {
  return tokens(node, name)[index];
}

export function nodes(node: CstNode | undefined, name: string): CstNode[] {
  const list = node?.children[name] ?? [];
  return list.filter((e): e is CstNode => !isToken(e));
}

export function child(node: CstNode | undefined, name: string, index = 0): CstNode | undefined {
  return nodes(node, name)[index];
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

/** Collapses whitespace runs to one space, so a text may be wrapped freely in the source. */
export function collapse(text: string): string {
  return text.replace(SPACES, ' ').trim();
}

/** Everything the builders need: the line map to turn offsets into ranges. */
export class Reader {
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
    return { kind: 'Name', name: t.image.normalize('NFC'), range: this.tokenRange(t) };
  }
}
