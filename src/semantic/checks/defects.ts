// Source defects: every `ақау:` is reported (TRT2901, info). A record that names findings («ақау [TRT2101]:
// …») acknowledges just those, in its scope: its own step; its paragraph outside any step; its appendix; or,
// for a defect of the whole act, whatever lies outside paragraphs and appendices. Nothing else is touched,
// so no record can hide an unrelated error; a record naming what is not there, or what can be no defect
// of the act, is reported.
import { CATALOGUE_ENTRIES, entryFor } from '../../diagnostics/catalogue.js';
import type { DiagnosticBag } from '../../diagnostics/create.js';
import type { Diagnostic, Range } from '../../diagnostics/types.js';
import type { DefectLit, Name } from '../../ast/nodes.js';
import type { RegulationFile } from '../../ast/statements.js';
import { closest } from '../../diagnostics/suggest.js';
import { didYouMean } from '../names.js';

interface Scope {
  range: Range;
  /** Step ranges inside a paragraph scope, which only their own defects cover. */
  holes: Range[];
  defect: DefectLit;
  /** The codes the record names, resolved from codes or rule names. */
  codes: Set<string>;
}

const inside = (range: Range, offset: number) => range.start.offset <= offset && offset < Math.max(range.end.offset, range.start.offset + 1);

const CODE_OF = new Map<string, string>(CATALOGUE_ENTRIES.flatMap((e) => [[e.code.toLowerCase(), e.code], [e.name, e.code]] as [string, string][]));

function resolveCodes(codes: Name[], bag: DiagnosticBag | undefined): Set<string> {
  const out = new Set<string>();
  for (const c of codes) {
    const code = CODE_OF.get(c.name.toLowerCase());
    if (!code) {
      bag?.add('TRT2013', c.range, { name: c.name, hint: didYouMean(closest(c.name, CATALOGUE_ENTRIES.flatMap((e) => [e.code, e.name]))) });
    } else if (!entryFor(code).sourceDefect) {
      bag?.add('TRT2014', c.range, { name: c.name, code });
    } else {
      out.add(code);
    }
  }
  return out;
}

/** The codes a record names, resolved (names to codes); what cannot be resolved is reported by the check. */
export function defectCodes(defect: DefectLit): string[] {
  return [...resolveCodes(defect.codes, undefined)].sort();
}

function allDefects(file: RegulationFile): { defect: DefectLit; range: Range; holes: Range[] }[] {
  const out: { defect: DefectLit; range: Range; holes: Range[] }[] = [];
  for (const section of file.sections) {
    for (const paragraph of section.paragraphs) {
      const steps = paragraph.statements.flatMap((s) => (s.kind === 'Procedure' ? s.steps : []));
      for (const step of steps) for (const defect of step.defects) out.push({ range: step.range, holes: [], defect });
      for (const s of paragraph.statements) {
        if (s.kind === 'Defect') out.push({ range: paragraph.range, holes: steps.map((st) => st.range), defect: s.text });
      }
    }
  }
  for (const appendix of file.appendices) for (const defect of appendix.defects) out.push({ range: appendix.range, holes: [], defect });
  // A defect of the act as a whole covers what lies outside every paragraph and appendix: the header, the
  // section headings, the glossary.
  const holes = [...file.sections.flatMap((s) => s.paragraphs.map((p) => p.range)), ...file.appendices.map((a) => a.range)];
  for (const defect of file.defects) out.push({ range: file.range, holes, defect });
  return out;
}

export function reportDefects(file: RegulationFile, bag: DiagnosticBag): void {
  for (const { defect } of allDefects(file)) bag.add('TRT2901', defect.range, { text: defect.value });
}

/**
 * Turns each finding that a record names, in the record's scope, into info pointing at the record. A
 * named code that explains nothing in its scope is reported: the record no longer matches the source.
 */
export function acknowledgeDefects(file: RegulationFile, diagnostics: Diagnostic[], bag: DiagnosticBag): Diagnostic[] {
  const scopes: Scope[] = allDefects(file)
    .filter((d) => d.defect.codes.length > 0)
    .map((d) => ({ ...d, codes: resolveCodes(d.defect.codes, bag) }));
  if (scopes.length === 0) return diagnostics;
  const explained = new Set<Scope>();
  const out = diagnostics.map((d) => {
    if (!entryFor(d.code).sourceDefect || d.acknowledged) return d;
    // A finding with a second location (a repeated number's first use) is explained by a defect at either.
    const places = [d.range, ...d.related.filter((r) => r.file === d.file).map((r) => r.range)];
    const scope = places
      .map((p) => scopes.find((s) => s.codes.has(d.code) && inside(s.range, p.start.offset) && !s.holes.some((h) => inside(h, p.start.offset))))
      .find((s) => s !== undefined);
    if (!scope) return d;
    explained.add(scope);
    return { ...d, severity: 'info' as const, acknowledged: true as const, related: [...d.related, bag.related(scope.defect.range, 'defect-recorded')] };
  });
  for (const scope of scopes) {
    if (scope.codes.size > 0 && !explained.has(scope)) bag.add('TRT2902', scope.defect.range, { codes: [...scope.codes].join(', ') });
  }
  return out;
}
