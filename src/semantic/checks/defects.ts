// Source defects: every `ақау:` is reported (TRT2901, info), and acknowledges the findings about the act
// itself (catalogue entries marked `sourceDefect`) in its scope: its own step; its paragraph outside any
// step; its appendix; or, for a defect of the whole act, whatever lies outside paragraphs and appendices.
import { entryFor } from '../../diagnostics/catalogue.js';
import type { DiagnosticBag } from '../../diagnostics/create.js';
import type { Diagnostic, Range } from '../../diagnostics/types.js';
import type { TextLit } from '../../ast/nodes.js';
import type { NoteStmt, RegulationFile } from '../../ast/statements.js';
import { statements } from '../walk.js';

interface Scope {
  range: Range;
  /** Step ranges inside a paragraph scope, which only their own defects cover. */
  holes: Range[];
  defect: TextLit;
}

const inside = (range: Range, offset: number) => range.start.offset <= offset && offset < Math.max(range.end.offset, range.start.offset + 1);

function scopes(file: RegulationFile): Scope[] {
  const out: Scope[] = [];
  for (const section of file.sections) {
    for (const paragraph of section.paragraphs) {
      const steps = paragraph.statements.flatMap((s) => (s.kind === 'Procedure' ? s.steps : []));
      for (const step of steps) if (step.defects[0]) out.push({ range: step.range, holes: [], defect: step.defects[0] });
      const defect = paragraph.statements.find((s): s is NoteStmt => s.kind === 'Defect');
      if (defect) out.push({ range: paragraph.range, holes: steps.map((s) => s.range), defect: defect.text });
    }
  }
  for (const appendix of file.appendices) {
    if (appendix.defects[0]) out.push({ range: appendix.range, holes: [], defect: appendix.defects[0] });
  }
  // A defect of the act as a whole covers what lies outside every paragraph and appendix: the header, the
  // section headings, the glossary.
  if (file.defects[0]) {
    const holes = [...file.sections.flatMap((s) => s.paragraphs.map((p) => p.range)), ...file.appendices.map((a) => a.range)];
    out.push({ range: file.range, holes, defect: file.defects[0] });
  }
  return out;
}

export function reportDefects(file: RegulationFile, bag: DiagnosticBag): void {
  const report = (d: TextLit) => bag.add('TRT2901', d.range, { text: d.value });
  file.defects.forEach(report);
  for (const { statement: s } of statements(file)) {
    if (s.kind === 'Defect') report(s.text);
    if (s.kind === 'Procedure') for (const step of s.steps) step.defects.forEach(report);
  }
  for (const appendix of file.appendices) appendix.defects.forEach(report);
}

/** Turns each finding that a recorded defect explains into info, pointing at the record. */
export function acknowledgeDefects(file: RegulationFile, diagnostics: Diagnostic[], bag: DiagnosticBag): Diagnostic[] {
  const all = scopes(file);
  if (all.length === 0) return diagnostics;
  return diagnostics.map((d) => {
    if (!entryFor(d.code).sourceDefect || d.acknowledged) return d;
    // A finding with a second location (a repeated number's first use) is explained by a defect at either.
    const places = [d.range, ...d.related.filter((r) => r.file === d.file).map((r) => r.range)];
    const scope = places
      .map((p) => all.find((s) => inside(s.range, p.start.offset) && !s.holes.some((h) => inside(h, p.start.offset))))
      .find((s) => s !== undefined);
    if (!scope) return d;
    return { ...d, severity: 'info', acknowledged: true, related: [...d.related, bag.related(scope.defect.range, 'defect-recorded')] };
  });
}
