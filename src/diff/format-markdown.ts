// The diff as Markdown for a pull-request comment: a summary, then one list per area; words as <del>old</del> <ins>new</ins>.
import type { Language } from '../diagnostics/format-text.js';
import type { ActDiff, FieldChange, ItemChange, TextPart } from './model.js';
import { AREA_LABELS, FIELD_LABELS, NONE, STATUS_LABELS, placeText, say, summaryLine, titleText } from './format-labels.js';

/** The act's texts are shown literally: every character Markdown or HTML would read is escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_~[\]<>|&]/g, '\\$&').replace(/\r?\n/g, ' ');
}

/**
 * Changed words in HTML tags, which GitHub renders in comments: Markdown's ~~ and ** do not open or close
 * next to punctuation inside a word run («~~30 (~~отыз»), and a changed run often starts or ends with it.
 */
function marked(text: string, tag: 'del' | 'ins'): string {
  return text.trim() === '' ? text : `<${tag}>${escapeMarkdown(text)}</${tag}>`;
}

function words(parts: TextPart[]): string {
  return parts.map((p) => (p.op === 'same' ? escapeMarkdown(p.text) : marked(p.text, p.op === 'removed' ? 'del' : 'ins'))).join('');
}

function fieldLine(f: FieldChange, language: Language): string {
  const name = say(FIELD_LABELS[f.field] ?? { kk: f.field, en: f.field }, language);
  const value = f.words ? words(f.words) : `${f.before === null ? `*${say(NONE, language)}*` : marked(f.before, 'del')} → ${f.after === null ? `*${say(NONE, language)}*` : marked(f.after, 'ins')}`;
  return `${name}: ${value}`;
}

const ICON: Record<ItemChange['status'], string> = { added: '➕', removed: '➖', changed: '✏️', moved: '↕️' };

function itemLines(i: ItemChange, indent: string, language: Language): string[] {
  const summary = i.summary ? `: ${escapeMarkdown(i.summary)}` : '';
  const head = `${indent}- ${ICON[i.status]} \`${i.label.replace(/`/g, "'")}\`${escapeMarkdown(placeText(i.from, i.to, language))} — ${say(STATUS_LABELS[i.status], language)}${summary}`;
  return [head, ...i.fields.map((f) => `${indent}  - ${fieldLine(f, language)}`), ...i.children.flatMap((c) => itemLines(c, `${indent}  `, language))];
}

export function formatDiffMarkdown(diff: ActDiff, language: Language): string {
  const title = say({ kk: 'Рәсімдегі өзгерістер', en: 'Procedural changes' }, language);
  const lines = [
    `### ${title}: \`${diff.old.file}\` → \`${diff.new.file}\``,
    '',
    `${escapeMarkdown(titleText(diff.old.title, language))}${diff.old.approval ? ` (${escapeMarkdown(diff.old.approval)})` : ''} → ${escapeMarkdown(titleText(diff.new.title, language))}${diff.new.approval ? ` (${escapeMarkdown(diff.new.approval)})` : ''}`,
    '',
    `**${summaryLine(diff, language)}**`,
  ];
  for (const area of diff.areas) lines.push('', `#### ${say(AREA_LABELS[area.area], language)}`, '', ...area.items.flatMap((i) => itemLines(i, '', language)));
  return `${lines.join('\n')}\n`;
}
