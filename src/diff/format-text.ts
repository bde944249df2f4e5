// The diff as text for a terminal: «+» added, «-» removed, «~» changed, «>» moved; words as [-old-]{+new+}.
import type { Language } from '../diagnostics/format-text.js';
import type { ActDiff, FieldChange, ItemChange, TextPart } from './model.js';
import { AREA_LABELS, FIELD_LABELS, NONE, STATUS_LABELS, placeText, say, summaryLine, titleText } from './format-labels.js';

const MARK: Record<ItemChange['status'], string> = { added: '+', removed: '-', changed: '~', moved: '>' };

/** Word changes inline, like `git diff --word-diff`. */
export function inlineWords(parts: TextPart[]): string {
  return parts.map((p) => (p.op === 'same' ? p.text : p.op === 'removed' ? `[-${p.text}-]` : `{+${p.text}+}`)).join('');
}

function fieldLine(f: FieldChange, language: Language): string {
  const name = say(FIELD_LABELS[f.field] ?? { kk: f.field, en: f.field }, language);
  const value = f.words ? inlineWords(f.words) : `${f.before ?? say(NONE, language)} → ${f.after ?? say(NONE, language)}`;
  return `${name}: ${value}`;
}

function itemLines(i: ItemChange, indent: string, language: Language): string[] {
  const head = `${indent}${MARK[i.status]} ${i.label}${placeText(i.from, i.to, language)} — ${say(STATUS_LABELS[i.status], language)}${i.summary ? `: ${i.summary}` : ''}`;
  return [head, ...i.fields.map((f) => `${indent}    ${fieldLine(f, language)}`), ...i.children.flatMap((c) => itemLines(c, `${indent}    `, language))];
}

export function formatDiffText(diff: ActDiff, language: Language): string {
  const lines = [
    `--- ${diff.old.file}: ${titleText(diff.old.title, language)}${diff.old.approval ? ` (${diff.old.approval})` : ''}`,
    `+++ ${diff.new.file}: ${titleText(diff.new.title, language)}${diff.new.approval ? ` (${diff.new.approval})` : ''}`,
    summaryLine(diff, language),
  ];
  for (const area of diff.areas) lines.push('', say(AREA_LABELS[area.area], language), ...area.items.flatMap((i) => itemLines(i, '  ', language)));
  return `${lines.join('\n')}\n`;
}
