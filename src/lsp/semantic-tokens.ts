// Semantic highlighting: keywords as the parser read them (a keyword standing as a name is a name), texts, numbers, comments and names by kind.
import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver';
import { TEXT_TOKEN_NAMES } from '../syntax/tokens.js';
import type { Analysis } from './analysis.js';
import type { NameOccurrence } from './name-index.js';
import { keywordOf } from './tokens.js';

const TYPES = ['keyword', 'string', 'number', 'comment', 'variable', 'interface', 'type', 'function', 'operator'] as const;
type TokenType = (typeof TYPES)[number];
export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TYPES], tokenModifiers: ['declaration'] };

const NUMBER_TOKENS = new Set(['NumberLiteral', 'IsoDate', 'DottedDate', 'NumeralWords']);
const OPERATOR_TOKENS = new Set(['Arrow']);

interface Span {
  start: number;
  end: number;
  type: TokenType;
  declaration: boolean;
}

function nameType(analysis: Analysis, o: NameOccurrence): TokenType {
  if (o.namespace === 'document') return 'type';
  if (o.namespace === 'procedure') return 'function';
  return analysis.result.model.entities.get(o.name)?.kind === 'system' ? 'interface' : 'variable';
}

function spans(analysis: Analysis): Span[] {
  const names = new Map(analysis.names.occurrences.map((o) => [o.range.start.offset, o]));
  const out: Span[] = [];
  const comments = (from: number, to: number) => {
    for (const m of analysis.text.slice(from, to).matchAll(/#[^\r\n]*/g)) out.push({ start: from + m.index, end: from + m.index + m[0].length, type: 'comment', declaration: false });
  };
  let previous = 0;
  for (const token of analysis.result.tokens) {
    const start = token.startOffset;
    const end = (token.endOffset ?? start) + 1;
    if (!Number.isFinite(start) || start < previous) continue;
    comments(previous, start);
    previous = end;
    const name = names.get(start);
    const type: TokenType | undefined = name
      ? nameType(analysis, name)
      : keywordOf(token) ? 'keyword'
      : TEXT_TOKEN_NAMES.has(token.tokenType.name) ? 'string'
      : NUMBER_TOKENS.has(token.tokenType.name) ? 'number'
      : OPERATOR_TOKENS.has(token.tokenType.name) ? 'operator'
      : undefined;
    if (type) out.push({ start, end: name ? name.range.end.offset : end, type, declaration: name?.declaration ?? false });
  }
  comments(previous, analysis.text.length);
  return out;
}

/** Every span cut at line ends: a «…» text over three lines is three tokens (clients need not support multi-line ones). */
export function semanticTokens(analysis: Analysis): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  const { lines } = analysis;
  for (const span of spans(analysis)) {
    const first = lines.position(span.start);
    const last = lines.position(span.end);
    for (let line = first.line; line <= last.line; line++) {
      const from = line === first.line ? first.column - 1 : 0;
      const to = line === last.line ? last.column - 1 : lines.lineLength(line);
      if (to > from) builder.push(line - 1, from, to - from, TYPES.indexOf(span.type), span.declaration ? 1 : 0);
    }
  }
  return builder.build();
}
