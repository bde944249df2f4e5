// Completion: the keywords that may stand where the cursor is, the act's declared names, and snippets for a step and a paragraph.
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver';
import type { Procedure } from '../ast/nodes.js';
import type { Paragraph } from '../ast/statements.js';
import { KEYWORDS, type KeywordEntry } from '../syntax/keywords.js';
import type { Analysis } from './analysis.js';
import type { Namespace } from './name-index.js';
import type { Locale } from './positions.js';

type Context = 'header' | 'paragraph' | 'procedure' | 'appendix';

/** The keyword roles of grammar/keywords.json that can start a clause in each context. */
const ROLES: Record<Context, readonly string[]> = {
  header: ['header', 'structure'],
  paragraph: ['declaration', 'general', 'procedure', 'structure'],
  procedure: ['step', 'operator', 'procedure', 'declaration'],
  appendix: ['appendix', 'structure', 'operator'],
};

/** The keyword before a colon on the cursor's line, and which names it wants first. */
const WANTS: Record<string, Namespace> = {
  Recipient: 'entity', Lane: 'entity', Lanes: 'entity', Flow: 'entity', System: 'entity',
  Makes: 'document', Uses: 'document', Decision: 'document', ServiceResult: 'document',
  Chart: 'procedure', Repeat: 'procedure',
};

const SNIPPET_TEXT = {
  step: { kk: 'қадам: орындаушы, іс-қимыл, ұзақтығы, нәтижесі', en: 'step: performer, action, duration, result' },
  paragraph: { kk: 'тармақ: нөмірі мен кіріспесі', en: 'paragraph: its number and lead' },
};

interface Place {
  context: Context;
  paragraph: Paragraph | undefined;
  procedure: Procedure | undefined;
}

/** The last node of a list starting at or before the offset: a node's reach runs to the next one's start. */
const lastBefore = <T extends { range: { start: { offset: number } } }>(nodes: readonly T[], offset: number): T | undefined =>
  nodes.filter((n) => n.range.start.offset <= offset).at(-1);

function placeOf(analysis: Analysis, offset: number): Place {
  const file = analysis.result.model.file;
  const appendix = lastBefore(file.appendices, offset);
  const section = lastBefore(file.sections, offset);
  if (appendix && (!section || appendix.range.start.offset > section.range.start.offset)) return { context: 'appendix', paragraph: undefined, procedure: undefined };
  const paragraph = section && lastBefore(section.paragraphs, offset);
  if (!paragraph) return { context: section ? 'paragraph' : 'header', paragraph: undefined, procedure: undefined };
  const statement = lastBefore(paragraph.statements, offset);
  const line = analysis.lines.position(offset).line;
  const indent = analysis.lines.lineText(line).search(/\S|$/);
  // Inside a procedure: on a line indented deeper than its «рәсім» line.
  if (statement?.kind === 'Procedure' && indent > statement.range.start.column - 1) return { context: 'procedure', paragraph, procedure: statement };
  return { context: 'paragraph', paragraph, procedure: undefined };
}

function keywordItems(context: Context, latin: boolean): CompletionItem[] {
  const fits = (k: KeywordEntry) => ROLES[context].includes(k.role);
  return KEYWORDS.filter(fits).map((k) => {
    const label = latin ? (k['kk-latn'][0] ?? k.kk[0]!) : k.kk[0]!;
    return { label, kind: CompletionItemKind.Keyword, detail: k.role, documentation: k.en, sortText: `2${label}` };
  });
}

function nameItems(analysis: Analysis, first: Namespace | undefined): CompletionItem[] {
  const { entities, documents, procedures } = analysis.result.model;
  const rank = (namespace: Namespace) => (first === namespace ? '0' : '1');
  return [
    ...[...entities.values()].filter((e) => e.range !== undefined).map((e) => ({
      label: e.id, kind: e.kind === 'system' ? CompletionItemKind.Interface : CompletionItemKind.Variable, detail: e.names[0], sortText: `${rank('entity')}${e.id}`,
    })),
    ...[...documents.values()].map((d) => ({ label: d.id, kind: CompletionItemKind.Class, detail: d.text, sortText: `${rank('document')}${d.id}` })),
    ...[...procedures.values()].map((p) => ({ label: p.id, kind: CompletionItemKind.Function, detail: `${p.channel}`, sortText: `${rank('procedure')}${p.id}` })),
  ];
}

function snippets(place: Place, locale: Locale): CompletionItem[] {
  const items: CompletionItem[] = [];
  if (place.procedure) {
    const next = Math.max(0, ...place.procedure.steps.map((s) => s.label.number ?? 0)) + 1;
    items.push({
      label: `${next}) …`, kind: CompletionItemKind.Snippet, detail: SNIPPET_TEXT.step[locale], sortText: '3step', filterText: `${next}) қадам step`,
      insertTextFormat: InsertTextFormat.Snippet,
      insertText: `${next}) \${1:орындаушы}: «\${2:іс-қимыл}»\n   ұзақтығы: \${3:бір жұмыс күні ішінде}\n   нәтижесі: «\${4:нәтиже}»$0`,
    });
  }
  if (place.context !== 'header' && place.context !== 'appendix') {
    const next = (place.paragraph?.number ?? 0) + 1;
    items.push({
      label: `${next}. «…»`, kind: CompletionItemKind.Snippet, detail: SNIPPET_TEXT.paragraph[locale], sortText: '3paragraph', filterText: `${next}. тармақ paragraph`,
      insertTextFormat: InsertTextFormat.Snippet,
      insertText: `${next}. «\${1:тармақтың кіріспесі}»\n   $0`,
    });
  }
  return items;
}

export function completion(analysis: Analysis, offset: number, locale: Locale): CompletionItem[] {
  const place = placeOf(analysis, offset);
  const position = analysis.lines.position(offset);
  const before = analysis.lines.lineText(position.line).slice(0, position.column - 1);
  const latin = /[a-zäğñöūüış]$/i.test(before) && !/[\u0400-\u04ff]\S*$/.test(before);
  // After «кімге:», «жасайды:» … the names of that kind come first; a step's performer position wants participants.
  const clause = before.match(/([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)\s*:[^:]*$/u)?.[1];
  const keyword = clause && KEYWORDS.find((k) => [...k.kk, ...k['kk-latn']].some((f) => f.toLowerCase() === clause.toLowerCase() || clause.toLowerCase().endsWith(` ${f.toLowerCase()}`)));
  const first = keyword ? WANTS[keyword.token] : /^\s*\d+\)\s*[^:]*$/.test(before) ? 'entity' : undefined;
  return [...nameItems(analysis, first), ...keywordItems(place.context, latin), ...snippets(place, locale)];
}
