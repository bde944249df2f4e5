// Hovers: a keyword's meaning, forms and an example from the grammar reference; a name's declaration as the act words it.
import type { Hover, MarkupContent } from 'vscode-languageserver';
import { formsOf } from '../syntax/keywords.js';
import type { Analysis } from './analysis.js';
import { keywordExample } from './keyword-examples.js';
import type { Namespace, NameOccurrence } from './name-index.js';
import { toLspRange, type Locale } from './positions.js';
import { keywordOf, tokenAt } from './tokens.js';

const WORDS = {
  keyword: { kk: 'кілт сөз', en: 'keyword' },
  forms: { kk: 'Түрлері', en: 'Forms' },
  example: { kk: 'Мысал (grammar/REFERENCE.md)', en: 'Example (grammar/REFERENCE.md)' },
  undeclared: { kk: 'бұл актіде жарияланбаған', en: 'not declared in this act' },
  entity: { kk: 'қатысушы', en: 'participant' },
  system: { kk: 'ақпараттық жүйе', en: 'information system' },
  organisation: { kk: 'ұйым', en: 'organisation' },
  document: { kk: 'құжат', en: 'document' },
  procedure: { kk: 'рәсім', en: 'procedure' },
} as const;

/** A declaration shown in a hover: a procedure's first line only (its steps follow), others up to this many lines. */
const MAX_LINES = 12;

const markdown = (value: string): MarkupContent => ({ kind: 'markdown', value });
const fence = (code: string) => `\`\`\`tartip\n${code}\n\`\`\``;

function kindWord(analysis: Analysis, namespace: Namespace, name: string, locale: Locale): string {
  if (namespace !== 'entity') return WORDS[namespace][locale];
  const kind = analysis.result.model.entities.get(name)?.kind;
  return (kind === 'system' ? WORDS.system : kind === 'organisation' ? WORDS.organisation : WORDS.entity)[locale];
}

function nameHover(analysis: Analysis, occurrence: NameOccurrence, locale: Locale): Hover {
  const declaration = analysis.names.declaration(occurrence.namespace, occurrence.name);
  const head = `**${kindWord(analysis, occurrence.namespace, occurrence.name, locale)}** \`${occurrence.name}\``;
  if (!declaration?.node) return { contents: markdown(`${head} — ${WORDS.undeclared[locale]}`), range: toLspRange(occurrence.range) };
  const { start, end } = declaration.node.range;
  const lines = analysis.text.slice(start.offset, end.offset).split(/\r\n?|\n/);
  const shown = declaration.node.kind === 'Procedure' ? lines.slice(0, 1) : lines.slice(0, MAX_LINES);
  // Lines under the first keep their indentation relative to the declaration's column.
  const lead = (l: string) => l.length - l.trimStart().length;
  const code = [shown[0]!, ...shown.slice(1).map((l) => l.slice(Math.min(start.column - 1, lead(l))))];
  const more = lines.length > shown.length ? '\n…' : '';
  return { contents: markdown(`${head}\n\n${fence(code.join('\n') + more)}`), range: toLspRange(occurrence.range) };
}

export function hover(analysis: Analysis, offset: number, locale: Locale): Hover | null {
  const occurrence = analysis.names.at(offset);
  if (occurrence) return nameHover(analysis, occurrence, locale);
  const token = tokenAt(analysis.result.tokens, offset);
  const entry = token && keywordOf(token);
  if (!token || !entry) return null;
  const example = keywordExample(entry);
  const parts = [
    `**${entry.kk[0]}** — ${WORDS.keyword[locale]} (${entry.role})`,
    entry.en,
    `${WORDS.forms[locale]}: ${formsOf(entry).map((f) => `\`${f}\``).join(', ')}`,
    ...(example ? [`${WORDS.example[locale]}:\n\n${fence(example)}`] : []),
  ];
  const range = analysis.lines.range(token.startOffset, (token.endOffset ?? token.startOffset) + 1);
  return { contents: markdown(parts.join('\n\n')), range: toLspRange(range) };
}
