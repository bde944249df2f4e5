// The act's outline (sections, paragraphs, procedures, steps, glossary, appendices) and the ranges an editor may fold.
import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver';
import type { Step, TextLit } from '../ast/nodes.js';
import type { Paragraph, RegulationFile, Section } from '../ast/statements.js';
import type { Range } from '../text/range.js';
import type { Analysis } from './analysis.js';
import { toLspRange } from './positions.js';

const DETAIL_LENGTH = 80;

function brief(text: TextLit | undefined): string | undefined {
  if (!text || text.value === '') return undefined;
  return text.value.length > DETAIL_LENGTH ? `${text.value.slice(0, DETAIL_LENGTH - 1)}…` : text.value;
}

function symbol(name: string, kind: SymbolKind, range: Range, selection: Range, detail?: string, children: DocumentSymbol[] = []): DocumentSymbol {
  return { name, kind, range: toLspRange(range), selectionRange: toLspRange(selection), ...(detail ? { detail } : {}), children };
}

function stepSymbol(step: Step): DocumentSymbol {
  const label = step.systemLabel ? `${step.label.written} ${step.systemLabel.written}` : step.label.written;
  return symbol(`${label} ${step.performer.name}`.trim(), SymbolKind.Event, step.range, step.label.range, brief(step.action));
}

function paragraphSymbol(paragraph: Paragraph): DocumentSymbol {
  const procedures = paragraph.statements.flatMap((s) =>
    s.kind === 'Procedure' ? [symbol(`рәсім ${s.name.name}`, SymbolKind.Function, s.range, s.name.range, s.channel.name ? `${s.channel.name} арқылы` : undefined, s.steps.map(stepSymbol))] : []);
  return symbol(`${paragraph.number}.`, SymbolKind.Namespace, paragraph.range, paragraph.lead?.range ?? paragraph.range, brief(paragraph.lead), procedures);
}

function sectionSymbol(section: Section): DocumentSymbol {
  return symbol(`бөлім ${section.number}`, SymbolKind.Module, section.range, section.title?.range ?? section.range, brief(section.title), section.paragraphs.map(paragraphSymbol));
}

export function documentSymbols(file: RegulationFile): DocumentSymbol[] {
  const symbols = [
    ...file.sections.map(sectionSymbol),
    ...file.glossaries.map((g) => symbol('қысқартулар', SymbolKind.Enum, g.range, g.range, brief(g.lead),
      g.items.map((i) => symbol(i.short, SymbolKind.EnumMember, i.range, i.shortRange, brief(i.full))))),
    ...file.appendices.map((a) => symbol(`қосымша${a.number === null ? '' : ` ${a.number}`}`, SymbolKind.Package, a.range, a.caption.range, brief(a.caption),
      a.charts.map((c) => symbol(`сызба ${c.procedure.name}`, SymbolKind.Field, c.range, c.procedure.range, brief(c.caption))))),
  ];
  return symbols.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** The 0-based line a range really ends on: a range ending at a line's start ends on the line before. */
function lastLine(range: Range): number {
  return range.end.column === 1 && range.end.line > range.start.line ? range.end.line - 2 : range.end.line - 1;
}

export function foldingRanges(analysis: Analysis): FoldingRange[] {
  const file = analysis.result.model.file;
  const ranges: FoldingRange[] = [];
  const fold = (range: Range | undefined, kind?: FoldingRangeKind) => {
    if (!range) return;
    const start = range.start.line - 1;
    const end = lastLine(range);
    if (end > start) ranges.push({ startLine: start, endLine: end, ...(kind ? { kind } : {}) });
  };
  fold(file.approval?.range);
  fold(file.standard?.range);
  for (const section of file.sections) {
    fold(section.range);
    for (const paragraph of section.paragraphs) {
      fold(paragraph.range);
      for (const s of paragraph.statements) {
        fold(s.range);
        if (s.kind === 'Procedure') for (const step of s.steps) {
          fold(step.range);
          for (const branch of step.branches) fold(branch.range);
        }
      }
    }
  }
  for (const g of file.glossaries) fold(g.range);
  for (const a of file.appendices) {
    fold(a.range);
    for (const c of a.charts) fold(c.range);
  }
  // Runs of comment lines, such as the source notes at the top of an act.
  let run = -1;
  for (let line = 1; line <= analysis.lines.lineCount + 1; line++) {
    const isComment = line <= analysis.lines.lineCount && /^\s*#/.test(analysis.lines.lineText(line));
    if (isComment && run < 0) run = line;
    if (!isComment && run >= 0) {
      if (line - 1 > run) ranges.push({ startLine: run - 1, endLine: line - 2, kind: FoldingRangeKind.Comment });
      run = -1;
    }
  }
  // One range per start line (a paragraph holding only a procedure would fold twice from the same line).
  const byStart = new Map<number, FoldingRange>();
  for (const r of ranges) if (!byStart.has(r.startLine) || byStart.get(r.startLine)!.endLine < r.endLine) byStart.set(r.startLine, r);
  return [...byStart.values()].sort((a, b) => a.startLine - b.startLine || a.endLine - b.endLine);
}
