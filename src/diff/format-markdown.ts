// The diff as Markdown for a pull-request comment: a summary, then one list per area; words as ~~old~~ **new**.
import type { Language } from '../diagnostics/format-text.js';
import type { ActDiff, FieldChange, ItemChange, TextPart } from './model.js';
import { AREA_LABELS, FIELD_LABELS, NONE, STATUS_LABELS, placeText, say, summaryLine } from './format-labels.js';

/** The act's texts are shown literally: every character Markdown or HTML would read is escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_~[\]<>|&]/g, '\\$&').replace(/\r?\n/g, ' ');
}

/** Emphasis must hug its text («**word**», not «** word **»), so spaces at its edges stay outside it. */
function marked(text: string, mark: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return match[2] === '' ? text : `${match[1]}${mark}${escapeMarkdown(match[2]!)}${mark}${match[3]}`;
}

function words(parts: TextPart[]): string {
  return parts.map((p) => (p.op === 'same' ? escapeMarkdown(p.text) : marked(p.text, p.op === 'removed' ? '~~' : '**'))).join('');
}

function fieldLine(f: FieldChange, language: Language): string {
  const name = say(FIELD_LABELS[f.field] ?? { kk: f.field, en: f.field }, language);
  const value = f.words ? words(f.words) : `${f.before === null ? `*${say(NONE, language)}*` : `~~${escapeMarkdown(f.before)}~~`} → ${f.after === null ? `*${say(NONE, language)}*` : `**${escapeMarkdown(f.after)}**`}`;
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
    `«${escapeMarkdown(diff.old.title)}»${diff.old.approval ? ` (${escapeMarkdown(diff.old.approval)})` : ''} → «${escapeMarkdown(diff.new.title)}»${diff.new.approval ? ` (${escapeMarkdown(diff.new.approval)})` : ''}`,
    '',
    `**${summaryLine(diff, language)}**`,
  ];
  for (const area of diff.areas) lines.push('', `#### ${say(AREA_LABELS[area.area], language)}`, '', ...area.items.flatMap((i) => itemLines(i, '', language)));
  return `${lines.join('\n')}\n`;
}
