// Numbering check: sections, paragraphs, list items, steps, processes, conditions and appendices are
// numbered 1, 2, 3 … without repeats (TRT2201) or jumps (TRT2202). The act's numbers are kept as printed,
// so these are warnings: a real act may misnumber, and the source must still mirror it.
import type { DiagnosticBag } from '../../diagnostics/create.js';
import type { Bilingual, Range } from '../../diagnostics/types.js';
import type { RegulationFile } from '../../ast/statements.js';
import type { LineMap } from '../../text/line-map.js';
import { statements } from '../walk.js';

interface Numbered {
  number: number | null;
  range: Range;
}

const WHAT = {
  section: { kk: 'Бөлім', en: 'section' },
  paragraph: { kk: 'Тармақ', en: 'paragraph' },
  listItem: { kk: 'Тізім тармақшасының', en: 'list item' },
  step: { kk: 'Қадам', en: 'step' },
  process: { kk: 'Процесс', en: 'process' },
  condition: { kk: 'Шарт', en: 'condition' },
  appendix: { kk: 'Қосымша', en: 'appendix' },
} satisfies Record<string, Bilingual>;

/** One numbered sequence: a repeat points at the first use; after a jump, counting goes on from the number written. */
function checkSequence(items: Numbered[], what: Bilingual, bag: DiagnosticBag): void {
  const seen = new Map<number, Range>();
  let expected = 1;
  for (const item of items) {
    if (item.number === null || !Number.isFinite(item.number)) continue;
    const first = seen.get(item.number);
    if (first) {
      bag.add('TRT2201', item.range, { what, number: item.number }, { related: [bag.related(first, 'first-number')] });
      continue;
    }
    if (item.number !== expected) bag.add('TRT2202', item.range, { what, expected, actual: item.number });
    seen.set(item.number, item.range);
    expected = item.number + 1;
  }
}

/** The digits of the number at the head of an element («бөлім 2», «9.», «2)»), or the head itself. */
function numberRange(lines: LineMap, range: Range): Range {
  const start = range.start.offset;
  const head = lines.text.slice(start, Math.min(range.end.offset, start + 80));
  const match = /\d+/.exec(head);
  return match ? lines.range(start + match.index, start + match.index + match[0].length) : lines.range(start, start);
}

export function checkNumbering(file: RegulationFile, lines: LineMap, bag: DiagnosticBag): void {
  const at = (number: number | null, range: Range): Numbered => ({ number, range: numberRange(lines, range) });
  checkSequence(file.sections.map((s) => at(s.number, s.range)), WHAT.section, bag);
  checkSequence(file.sections.flatMap((s) => s.paragraphs.map((p) => at(p.number, p.range))), WHAT.paragraph, bag);
  for (const paragraph of file.sections.flatMap((s) => s.paragraphs)) {
    const documents = paragraph.statements.flatMap((s) => (s.kind === 'DocumentDecl' && s.number !== null ? [s] : []));
    checkSequence(documents.map((d) => at(d.number, d.range)), WHAT.listItem, bag);
  }
  for (const { statement } of statements(file)) {
    if (statement.kind === 'Channels' && statement.items.some((i) => i.number !== null)) {
      checkSequence(statement.items.map((i) => at(i.number, i.range)), WHAT.listItem, bag);
    } else if (statement.kind === 'Participants') {
      checkSequence(statement.items.map((i) => at(i.number, i.range)), WHAT.listItem, bag);
    } else if (statement.kind === 'Procedure') {
      checkSequence(statement.steps.map((s) => ({ number: s.label.number, range: s.label.range })), WHAT.step, bag);
      for (const role of ['process', 'condition'] as const) {
        const labelled = statement.steps.flatMap((s) => (s.systemLabel?.role === role ? [s.systemLabel] : []));
        checkSequence(labelled.map((l) => ({ number: l.number, range: l.range })), WHAT[role], bag);
      }
    }
  }
  checkSequence(file.appendices.map((a) => at(a.number, a.range)), WHAT.appendix, bag);
}
