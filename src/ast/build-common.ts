// Builds the small shared nodes: references, targets, annotations, outcomes and durations.
import type { CstNode, IToken } from 'chevrotain';
import type { Range } from '../diagnostics/types.js';
import { Reader, allTokens, child, nodes, token, tokens, collapse } from './cst-reader.js';
import type {
  DefectLit, NotPrinted, DurationAmount, DurationExpr, DurationTerm, EntityRef, Hereinafter, OutcomeAtom, OutcomeExpr, Quantity, RefTarget, StepRef,
  Target, Words,
} from './nodes.js';

/** The built-in entity a keyword token names: «беруші» the provider, «алушы» the applicant. */
export const BUILTINS: Record<string, { name: string; builtin: 'provider' | 'applicant' }> = {
  Provider: { name: 'беруші', builtin: 'provider' },
  Applicant: { name: 'алушы', builtin: 'applicant' },
};

export function buildEntityRef(r: Reader, node: CstNode | undefined, fallback: Range): EntityRef {
  const t = token(node, 'EntityName');
  if (!t) return { kind: 'EntityRef', name: '', builtin: null, range: fallback };
  const builtin = BUILTINS[t.tokenType.name];
  if (builtin) return { kind: 'EntityRef', ...builtin, range: r.tokenRange(t) };
  const name = r.name(t, fallback);
  return { kind: 'EntityRef', name: name.name, builtin: null, range: name.range };
}

export function buildWords(r: Reader, list: IToken[], fallback: Range): Words {
  const words = list.map((t) => t.image.normalize('NFC'));
  const range = list.length > 0 ? r.spanRange(list[0]!, list.at(-1)!) : fallback;
  return { kind: 'Words', words, wordRanges: list.map((t) => r.tokenRange(t)), range };
}

export function buildStepRef(r: Reader, node: CstNode | undefined, fallback: Range): StepRef {
  const num = token(node, 'NumberLiteral');
  const labelKind = token(node, 'Action') ? 'action' : token(node, 'Process') ? 'process' : token(node, 'Condition') ? 'condition' : 'number';
  return {
    kind: 'StepRef',
    number: num ? Number.parseInt(num.image, 10) : Number.NaN,
    labelKind,
    written: collapse(allTokens(node).map((t) => t.image).join('')),
    range: r.nodeRange(node, fallback),
  };
}

export function buildTarget(r: Reader, node: CstNode | undefined, fallback: Range): Target | undefined {
  if (!node) return undefined;
  const range = r.nodeRange(node, fallback);
  if (token(node, 'End')) return { kind: 'End', range };
  if (token(node, 'Refusal')) return { kind: 'Refusal', range };
  if (token(node, 'Next')) return { kind: 'Next', range };
  const ref = child(node, 'stepRef');
  return ref ? buildStepRef(r, ref, range) : undefined;
}

/** «басылмаған [«…»]». */
export function buildNotPrinted(r: Reader, node: CstNode | undefined): NotPrinted | undefined {
  if (!node) return undefined;
  const range = r.nodeRange(node);
  const note = token(node, 'Text');
  return { kind: 'NotPrinted', note: note ? r.text(note, range) : undefined, range };
}

/** A defect's text and the findings its «[…]» names. */
export function buildDefect(r: Reader, node: CstNode, fallback: Range): DefectLit {
  const range = r.nodeRange(node, fallback);
  return { ...r.text(token(node, 'Text'), range), codes: tokens(node, 'AnyName').map((t) => r.name(t, range)) };
}

export function buildHereinafter(r: Reader, node: CstNode | undefined): Hereinafter | undefined {
  if (!node) return undefined;
  const range = r.nodeRange(node);
  return { kind: 'Hereinafter', text: r.text(token(node, 'Text'), range), range };
}

export function buildAnnotations(r: Reader, list: CstNode[]): RefTarget[] {
  return list.flatMap((annotation) =>
    nodes(annotation, 'refTarget').map((target): RefTarget => {
      const range = r.nodeRange(target);
      const written = allTokens(target)
        .map((t) => t.image)
        .join(' ')
        .replace(/(\d) ?[-–—] ?/g, '$1-')
        .replace(/ ,/g, ',');
      const numbers = tokens(target, 'NumberLiteral').map((t) => Number.parseInt(t.image, 10));
      if (token(target, 'Standard')) {
        return { kind: 'StandardRef', numbers, part: token(target, 'Item') ? 'item' : 'appendix', written, range };
      }
      return { kind: 'AppendixRef', number: numbers[0] ?? null, written, range };
    }),
  );
}

export function buildOutcome(r: Reader, node: CstNode | undefined, fallback: Range): OutcomeExpr {
  const alternatives = nodes(node, 'outcomeTerm').map((term) =>
    nodes(term, 'outcomeAtom').map((atom): OutcomeAtom => {
      const id = token(atom, 'AnyName');
      if (!id || id.tokenType.name === 'Refusal') return { kind: 'AnyRefusal', range: r.nodeRange(atom, fallback) };
      return r.name(id, fallback);
    }),
  );
  return { kind: 'Outcome', alternatives, range: r.nodeRange(node, fallback) };
}

function buildQuantity(r: Reader, node: CstNode | undefined, fallback: Range): Quantity {
  const digits = token(node, 'NumberLiteral');
  const words = token(node, 'NumeralWords');
  return {
    kind: 'Quantity',
    digits: digits?.image,
    words: words ? collapse(words.image) : undefined,
    wordsRange: words ? r.tokenRange(words) : undefined,
    range: r.nodeRange(node, fallback),
  };
}

function buildAmount(r: Reader, node: CstNode | undefined, fallback: Range): DurationAmount {
  const range = r.nodeRange(node, fallback);
  const quantityNode = child(node, 'quantity');
  const quantity = buildQuantity(r, quantityNode, range);
  const qStart = quantity.range.start.offset;
  const comma = token(node, 'Comma');
  const cut = comma ? comma.startOffset : Infinity;
  const words = tokens(node, 'Identifier');
  const before = words.filter((t) => t.startOffset < qStart);
  const after = words.filter((t) => t.startOffset > qStart && t.startOffset < cut);
  const tail = words.filter((t) => t.startOffset > cut);
  const dash = token(node, 'Dash');
  return {
    kind: 'DurationAmount',
    before: buildWords(r, before, range),
    dashBefore: dash !== undefined && dash.startOffset < qStart,
    quantity,
    after: buildWords(r, after, quantity.range),
    qualifier: comma ? { text: token(node, 'Text') ? r.text(token(node, 'Text'), range) : undefined, words: buildWords(r, tail, range) } : undefined,
    range,
  };
}

function buildTerm(r: Reader, node: CstNode, fallback: Range): DurationTerm {
  const range = r.nodeRange(node, fallback);
  const label = token(node, 'Text');
  return {
    kind: 'DurationTerm',
    label: label ? r.text(label, range) : undefined,
    labelIsCondition: token(node, 'InCase') !== undefined,
    amount: buildAmount(r, child(node, 'durationCore'), range),
    written: printedTokens(node),
    range,
  };
}

/** The tokens under a node as the act prints them: texts without quotes, no space before , ; ). */
function printedTokens(node: CstNode | undefined): string {
  return collapse(allTokens(node).map(printed).join(' ')).replace(/ ([,;)])/g, '$1').replace(/\( /g, '(');
}

/** Renders a token the way the act prints it: texts without their quotes. */
function printed(t: IToken): string {
  const type = t.tokenType.name;
  if (type === 'GuillemetText' || type === 'StraightText' || type === 'CurlyText') return collapse(t.image.slice(1, -1));
  return t.image;
}

export function buildDuration(r: Reader, node: CstNode | undefined, fallback: Range): DurationExpr {
  const range = r.nodeRange(node, fallback);
  const parts = nodes(node, 'durationAlt').map((alt) => nodes(alt, 'durationTerm').map((term) => buildTerm(r, term, range)));
  return { kind: 'Duration', parts, written: printedTokens(node), range };
}
