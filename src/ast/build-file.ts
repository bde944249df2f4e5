// The AST stage's entry point: builds the header and assembles the flat elements into the file's tree.
import type { CstNode } from 'chevrotain';
import { DiagnosticBag } from '../diagnostics/create.js';
import type { Diagnostic, Range } from '../diagnostics/types.js';
import type { LineMap } from '../text/line-map.js';
import { Reader, child, nodes, onlyChild, token } from './cst-reader.js';
import { buildDefect, buildEntityRef, buildHereinafter, buildNotPrinted, buildWords } from './build-common.js';
import { buildAbbreviation, buildStatement } from './build-statements.js';
import { STEP_CLAUSES, applyStepClause, buildStep } from './build-steps.js';
import { CONTAINERS, describeElement } from './element-names.js';
import type { ActDetails, ActRef, Approval, DateLit, Procedure, StandardDecl, Step } from './nodes.js';
import type { Appendix, Chart, Paragraph, RegulationFile, Section } from './statements.js';

function buildDate(r: Reader, node: CstNode | undefined): DateLit | undefined {
  const t = token(node, 'DottedDate') ?? token(node, 'IsoDate');
  if (!t) return undefined;
  const [y, m, d] = t.tokenType.name === 'IsoDate' ? t.image.split('-').map(Number) : t.image.split('.').map(Number).reverse();
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  const valid = date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
  const iso = valid ? `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : undefined;
  return { kind: 'Date', iso, written: t.image, range: r.tokenRange(t) };
}

function actNumber(r: Reader, node: CstNode | undefined): string {
  const t = token(node, 'NumberLiteral') ?? token(node, 'AnyName');
  if (t) return t.image;
  const text = token(node, 'Text');
  return text ? r.text(text, r.tokenRange(text)).value : '';
}

function buildActRef(r: Reader, node: CstNode | undefined): ActRef {
  const range = r.nodeRange(node);
  const kindToken = token(node, 'AnyName');
  return {
    kind: 'ActRef',
    actKind: buildWords(r, kindToken ? [kindToken] : [], range),
    number: actNumber(r, child(node, 'actNumber')),
    date: buildDate(r, child(node, 'date')),
    range,
  };
}

function buildDetails(r: Reader, node: CstNode): ActDetails {
  const details: ActDetails = { body: undefined, title: undefined, registration: undefined };
  for (const detail of nodes(node, 'actDetail')) {
    const range = r.nodeRange(detail);
    if (token(detail, 'Body')) details.body = r.text(token(detail, 'Text'), range);
    else if (token(detail, 'Title')) details.title = r.text(token(detail, 'Text'), range);
    else details.registration = { number: actNumber(r, child(detail, 'actNumber')), date: buildDate(r, child(detail, 'date')), range };
  }
  return details;
}

function buildAppendixHead(r: Reader, node: CstNode): Appendix {
  const range = r.nodeRange(node);
  const num = token(node, 'NumberLiteral');
  return {
    kind: 'Appendix',
    number: num ? r.int(num) : null,
    numberForm: token(node, 'Dash') ? 'hyphen' : 'space',
    appendixKind: token(node, 'IsDiagram') ? 'is-diagram' : 'handbook',
    caption: r.text(token(node, 'Text'), range),
    legend: undefined,
    charts: [],
    notes: [],
    defects: [],
    notPrinted: buildNotPrinted(r, child(node, 'notPrinted')),
    range,
  };
}

function buildChart(r: Reader, chart: CstNode): Chart {
  const range = r.nodeRange(chart);
  const caption = token(chart, 'Text');
  return {
    kind: 'Chart',
    procedure: r.name(token(chart, 'AnyName'), range),
    caption: caption ? r.text(caption, range) : undefined,
    lanes: nodes(chart, 'chartLanes').flatMap((l) => nodes(l, 'entityRef').map((e) => buildEntityRef(r, e, range))),
    options: nodes(chart, 'chartOption').map((o) => {
      const oRange = r.nodeRange(o, range);
      return { kind: 'ChartOption', option: token(o, 'InBox') ? 'boxes' : token(o, 'Answers') ? 'answers' : 'durations', value: r.name(token(o, 'AnyName'), oRange), range: oRange };
    }),
    range,
  };
}

/** Statements that only declare a name: inside a procedure they keep it, and the step they stand in, open. */
const DECLARATIONS = new Set(['DocumentDecl', 'System', 'Organisation', 'Participant', 'Abbreviation']);

/** Widens a container's range to cover a child that follows it. */
function extend(container: { range: Range }, range: Range): void {
  if (range.end.offset > container.range.end.offset) container.range = { start: container.range.start, end: range.end };
}

export interface AstResult {
  file: RegulationFile;
  diagnostics: Diagnostic[];
}

/**
 * The AST stage: assembles the flat element sequence into sections, paragraphs, procedures and steps.
 * An element in the wrong place is reported (TRT1009) and, where possible, still kept.
 */
export function buildAst(elements: CstNode[], lines: LineMap, fileName: string): AstResult {
  const r = new Reader(lines);
  const bag = new DiagnosticBag(fileName);
  const whole = lines.range(0, lines.text.length);
  const file: RegulationFile = {
    kind: 'File',
    title: { kind: 'Text', value: '', closed: false, range: lines.range(0, 0) },
    titleNotPrinted: undefined,
    approval: undefined,
    standard: undefined,
    extraHeaderClauses: [],
    sections: [],
    glossaries: [],
    appendices: [],
    notes: [],
    defects: [],
    range: whole,
  };
  let seenHeader = false;
  let section: Section | undefined;
  let paragraph: Paragraph | undefined;
  let procedure: Procedure | undefined;
  let step: Step | undefined;
  let appendix: Appendix | undefined;
  const misplaced = (name: string, node: CstNode, where: keyof typeof CONTAINERS) =>
    bag.add('TRT1009', r.nodeRange(node), { what: describeElement(name), where: CONTAINERS[where] });

  for (const element of elements) {
    const [name, node] = onlyChild(element) ?? [];
    if (!name || !node) continue;
    const range = r.nodeRange(node);
    if (!seenHeader && name !== 'header') {
      bag.add('TRT1010', range);
      seenHeader = true;
    }
    if (name === 'header') {
      if (seenHeader && (file.title.value !== '' || file.titleNotPrinted)) bag.add('TRT2008', range, { what: describeElement('header') });
      else {
        const title = token(node, 'Text');
        file.titleNotPrinted = buildNotPrinted(r, child(node, 'notPrinted'));
        file.title = title ? r.text(title, range) : { kind: 'Text', value: '', closed: true, range };
        // Without a title, only a title block marked as not printed is whole.
        if (!title && !file.titleNotPrinted) bag.add('TRT1010', range);
      }
      seenHeader = true;
    } else if (name === 'standard' && paragraph && !appendix) {
      // Acts introduce their standard inside a paragraph (the result's sentence): it is declared there.
      const clause = buildStandard(r, node);
      if (!file.standard) file.standard = clause;
      else file.extraHeaderClauses.push(clause);
      paragraph.statements.push({ kind: 'StandardRef', standard: clause, range });
      extend(paragraph, range);
      if (section) extend(section, range);
      continue;
    } else if (name === 'approval' || name === 'standard') {
      if (section || appendix) misplaced(name, node, 'header');
      const clause = name === 'approval' ? buildApproval(r, node) : buildStandard(r, node);
      if (clause.kind === 'Approval' && !file.approval) file.approval = clause;
      else if (clause.kind === 'Standard' && !file.standard) file.standard = clause;
      else file.extraHeaderClauses.push(clause);
    } else if (name === 'section') {
      const num = token(node, 'NumberLiteral');
      const title = token(node, 'Text');
      section = { kind: 'Section', number: num ? r.int(num) : Number.NaN, title: title ? r.text(title, range) : undefined, paragraphs: [], range };
      file.sections.push(section);
      paragraph = procedure = step = appendix = undefined;
    } else if (name === 'paragraph') {
      if (!section) {
        misplaced(name, node, 'section');
        section = { kind: 'Section', number: Number.NaN, title: undefined, paragraphs: [], range };
        file.sections.push(section);
      }
      const num = token(node, 'NumberLiteral');
      const lead = token(node, 'Text');
      paragraph = { kind: 'Paragraph', number: num ? r.int(num) : Number.NaN, lead: lead ? r.text(lead, range) : undefined, statements: [], range };
      section.paragraphs.push(paragraph);
      extend(section, range);
      procedure = step = undefined;
    } else if (name === 'step') {
      if (!procedure) {
        misplaced(name, node, 'procedure');
        continue;
      }
      step = buildStep(r, node);
      procedure.steps.push(step);
      extend(procedure, range);
    } else if (STEP_CLAUSES.has(name) && (step || (name !== 'noteClause' && name !== 'defectClause'))) {
      if (!step) {
        misplaced(name, node, 'step');
        continue;
      }
      applyStepClause(r, step, name, node);
      if (name === 'branch' && !token(node, 'Arrow')) {
        const branch = step.branches.at(-1)!;
        bag.add('TRT1022', { start: branch.range.start, end: branch.condition.range.end });
      }
      extend(procedure!, range);
    } else if (name === 'glossary') {
      file.glossaries.push({
        kind: 'Glossary',
        lead: token(node, 'Text') ? r.text(token(node, 'Text'), range) : undefined,
        items: nodes(node, 'glossaryItem').map((item) => buildAbbreviation(r, item)),
        range,
      });
      section = paragraph = procedure = step = appendix = undefined;
    } else if (name === 'appendix') {
      appendix = buildAppendixHead(r, node);
      file.appendices.push(appendix);
      section = paragraph = procedure = step = undefined;
    } else if ((name === 'noteClause' || name === 'defectClause') && !step && !paragraph) {
      // Outside a paragraph a note belongs to the appendix being described, or else to the whole act.
      const holder = appendix ?? file;
      if (name === 'noteClause') holder.notes.push(r.text(token(node, 'Text'), range));
      else holder.defects.push(buildDefect(r, node, range));
      if (appendix) extend(appendix, range);
    } else if (name === 'chart' || name === 'legend') {
      if (!appendix) {
        misplaced(name, node, 'appendix');
        continue;
      }
      if (name === 'chart') appendix.charts.push(buildChart(r, node));
      else if (appendix.legend) bag.add('TRT2008', range, { what: describeElement('legend') });
      else appendix.legend = r.text(token(node, 'Text'), range);
      extend(appendix, range);
    } else {
      const statement = buildStatement(r, name, node);
      if (!statement) continue;
      if (!paragraph) {
        misplaced(name, node, 'paragraph');
        continue;
      }
      paragraph.statements.push(statement);
      extend(paragraph, range);
      if (section) extend(section, range);
      // A declaration stands where the act introduces a name, often inside a step's sentence: it neither
      // ends the procedure nor the step it stands in.
      if (DECLARATIONS.has(statement.kind) && procedure) {
        if (step) step.declarations.push(statement);
        extend(procedure, range);
        continue;
      }
      step = undefined;
      procedure = statement.kind === 'Procedure' ? statement : undefined;
    }
    if (paragraph && (procedure || step)) {
      extend(paragraph, range);
      if (section) extend(section, range);
    }
  }
  if (!seenHeader) bag.add('TRT1010', lines.range(0, 0));
  for (const range of r.largeNumbers) bag.add('TRT1025', range, { limit: '99 999' });
  for (const { range, image } of r.spacedNames) {
    const fixed = image.replace(/\s+/g, '-');
    bag.add('TRT1020', range, { name: image, fixed }, {
      fix: { message: { kk: `«${fixed}» деп түзету`, en: `replace with «${fixed}»` }, range, replacement: fixed },
    });
  }
  return { file, diagnostics: bag.items };
}

function buildApproval(r: Reader, node: CstNode): Approval {
  return {
    kind: 'Approval',
    act: buildActRef(r, child(node, 'actRef')),
    ...buildDetails(r, node),
    notPrinted: buildNotPrinted(r, child(node, 'notPrinted')),
    range: r.nodeRange(node),
  };
}

function buildStandard(r: Reader, node: CstNode): StandardDecl {
  const name = token(node, 'Text');
  return {
    kind: 'Standard',
    name: name ? r.text(name, r.tokenRange(name)) : undefined,
    hereinafter: buildHereinafter(r, child(node, 'hereinafter')),
    act: buildActRef(r, child(node, 'actRef')),
    ...buildDetails(r, node),
    range: r.nodeRange(node),
  };
}
