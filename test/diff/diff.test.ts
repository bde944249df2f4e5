// The semantic diff of two versions of an act: what each kind of amendment shows, and the pure pieces it is made of.
import { describe, expect, it } from 'vitest';
import { alignOrdered } from '../../src/diff/align.js';
import { diffDefinitions } from '../../src/diff/diff-act.js';
import { escapeMarkdown, formatDiffMarkdown } from '../../src/diff/format-markdown.js';
import { formatDiffText, inlineWords } from '../../src/diff/format-text.js';
import type { ActDiff, ItemChange } from '../../src/diff/model.js';
import { similarity, wordChanges } from '../../src/diff/words.js';
import { compile } from '../../src/compile.js';
import { SMALL } from '../helpers/small-regulation.js';

function definition(source: string) {
  const result = compile(source, 'test.tartip');
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || !result.json) throw new Error(errors.map((d) => d.message.en).join('; '));
  return result.json;
}

const diffOf = (before: string, after: string): ActDiff => diffDefinitions(definition(before), definition(after), { old: 'old.tartip', new: 'new.tartip' });

function steps(diff: ActDiff): ItemChange[] {
  return diff.areas.find((a) => a.area === 'procedures')?.items.flatMap((p) => p.children) ?? [];
}

const THIRD_STEP = `     3) басшы: «шешім қабылдайды»
        ұзақтығы: бір жұмыс күні ішінде
        шешім: анықтама немесе дәлелді-жауап
`;

describe('tartip diff, on amendments of a small act', () => {
  it('finds nothing in the same act, and nothing in a layout-only change', () => {
    expect(diffOf(SMALL, SMALL).changed).toBe(false);
    const relaid = SMALL.replace('     2) кеңсе: «құжаттарды қабылдайды»', '     2)   кеңсе:   «құжаттарды қабылдайды»   ');
    const diff = diffOf(SMALL, relaid);
    expect(diff.changed).toBe(false);
    expect(formatDiffText(diff, 'en')).toContain('The procedure did not change.');
  });

  it('reports a new duration with the words as written and what they mean', () => {
    const diff = diffOf(SMALL, SMALL.replace('ұзақтығы: 30 (отыз) минут', 'ұзақтығы: 15 (он бес) минуттан аспайды'));
    const [step] = steps(diff);
    expect(step).toMatchObject({ status: 'changed', label: '2) кеңсе' });
    const duration = step!.fields.find((f) => f.field === 'duration')!;
    expect(duration.before).toBe('30 (отыз) минут [30 min]');
    expect(duration.after).toBe('15 (он бес) минуттан аспайды [≤ 15 min]');
    expect(diff.counts).toEqual({ added: 0, removed: 0, changed: 1, moved: 0 });
  });

  it('reports an inserted step once, without renumbering every step after it', () => {
    const inserted = SMALL.replace(THIRD_STEP, `     3) кеңсе: «құжаттарды тексереді»\n        ұзақтығы: бір сағат\n${THIRD_STEP.replace('3)', '4)')}`);
    const changes = steps(diffOf(SMALL, inserted));
    expect(changes.map((c) => [c.status, c.label])).toEqual([['added', '3) кеңсе']]);
    expect(changes[0]!.summary).toContain('«құжаттарды тексереді»');
  });

  it('reports a removed step, and a performer and condition changed', () => {
    const removed = SMALL.replace('     2) кеңсе: «құжаттарды қабылдайды»\n        ұзақтығы: 30 (отыз) минут\n', '').replace('3) басшы', '2) басшы');
    expect(steps(diffOf(SMALL, removed)).map((c) => [c.status, c.label, c.from])).toEqual([['removed', '2) кеңсе', 2]]);
    const guarded = SMALL.replace('     3) басшы: «шешім қабылдайды»', '     3) кеңсе: «шешім қабылдайды»\n        тек «құжаттар толық болған» жағдайда');
    const [step] = steps(diffOf(SMALL, guarded));
    expect(step!.fields.map((f) => f.field)).toEqual(['performer', 'conditions']);
    expect(step!.fields[1]!.after).toContain('only if «құжаттар толық болған»');
  });

  it('reports steps that swapped places as moved', () => {
    const second = '     2) кеңсе: «құжаттарды қабылдайды»\n        ұзақтығы: 30 (отыз) минут\n';
    const swapped = SMALL.replace(second, '').replace(THIRD_STEP, `${THIRD_STEP.replace('3)', '2)')}${second.replace('2)', '3)')}`);
    const changes = steps(diffOf(SMALL, swapped));
    expect(changes.some((c) => c.status === 'moved')).toBe(true);
    expect(changes.every((c) => c.status === 'moved' || c.status === 'changed')).toBe(true);
  });

  it('reports documents, participants and the approving act', () => {
    const amended = SMALL.replace('бекітілген: қаулы № 1, 01.01.2020', 'бекітілген: қаулы № 7, 02.02.2021').replace('«кеңсе қызметкері»', '«кеңсенің қызметкері»').replace('3. құжат анықтама: «анықтама»', '3. құжат анықтама: «анықтама (куәлік)»');
    const diff = diffOf(SMALL, amended);
    expect(diff.areas.map((a) => a.area)).toEqual(['header', 'documents', 'participants']);
    const approval = diff.areas[0]!.items[0]!.fields[0]!;
    expect(inlineWords(approval.words!)).toBe('қаулы № [-1-]{+7+}, [-01.01.2020-]{+02.02.2021+}');
  });
});

describe('the pieces of the diff', () => {
  it('compares Kazakh words, not letters, and ignores endings when matching', () => {
    expect(wordChanges('құжаттарды қарайды және оларды береді', 'құжаттарды қарайды және орындаушыға береді')).toEqual([
      { op: 'same', text: 'құжаттарды қарайды және ' },
      { op: 'removed', text: 'оларды' },
      { op: 'added', text: 'орындаушыға' },
      { op: 'same', text: ' береді' },
    ]);
    expect(similarity('құжаттарын қабылдайды', 'құжаттарды қабылдау')).toBe(1);
    expect(similarity('құжаттарын қабылдайды', 'шешім шығарады')).toBe(0);
  });

  it('aligns in order first, and calls only what left the common order moved', () => {
    const equal = (a: string, b: string) => (a === b ? 1 : 0);
    const result = alignOrdered(['a', 'b', 'c', 'd'], ['a', 'c', 'x', 'd', 'b'], equal, 0.5);
    expect(result.pairs.map((p) => `${p.before}${p.moved ? '*' : ''}`)).toEqual(['a', 'c', 'd', 'b*']);
    expect(result.added).toEqual([{ item: 'x', to: 2 }]);
    expect(result.removed).toEqual([]);
  });

  it('shows the act\'s texts literally in Markdown', () => {
    expect(escapeMarkdown('a *b* _c_ <script> | `d` [e](f) &amp;')).toBe('a \\*b\\* \\_c\\_ \\<script\\> \\| \\`d\\` \\[e\\](f) \\&amp;');
    const diff = diffOf(SMALL, SMALL.replace('«шешім қабылдайды»', '«шешім <b>қабылдайды</b>»'));
    const markdown = formatDiffMarkdown(diff, 'en');
    expect(markdown).not.toContain('<b>');
    expect(markdown).toContain('<ins>\\<b\\></ins>');
  });
});
