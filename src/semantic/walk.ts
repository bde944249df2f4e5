// Small iteration helpers over the syntax tree, so every pass visits statements and texts the same way.
import type { Step, TextLit } from '../ast/nodes.js';
import type { Paragraph, RegulationFile, Statement } from '../ast/statements.js';

export interface Located<T> {
  paragraph: Paragraph;
  statement: T;
}

export function* statements(file: RegulationFile): Generator<Located<Statement>> {
  for (const section of file.sections) {
    for (const paragraph of section.paragraphs) {
      for (const statement of paragraph.statements) yield { paragraph, statement };
    }
  }
}

function* stepTexts(step: Step): Generator<TextLit> {
  yield step.action;
  yield* step.results;
  yield* step.shorts;
  yield* step.notes;
  yield* step.documents;
  for (const c of step.consents) yield c.text;
  for (const g of step.guards) {
    yield g.text;
    if (g.part) yield g.part;
  }
  for (const b of step.branches) {
    yield b.condition;
    yield b.action;
    if (b.result) yield b.result;
    if (b.short) yield b.short;
  }
}

/** Every verbatim text of the act in the file, for the abbreviation scan; `ақау` texts are the author's, not the act's. */
export function* allTexts(file: RegulationFile): Generator<TextLit> {
  yield file.title;
  for (const clause of [file.approval, file.standard]) {
    if (!clause) continue;
    if (clause.body) yield clause.body;
    if (clause.title) yield clause.title;
  }
  if (file.standard?.name) yield file.standard.name;
  for (const section of file.sections) {
    if (section.title) yield section.title;
    for (const paragraph of section.paragraphs) {
      if (paragraph.lead) yield paragraph.lead;
    }
  }
  for (const { statement: s } of statements(file)) {
    switch (s.kind) {
      case 'Provider': yield* s.names; break;
      case 'Organisation': case 'System': case 'Participant': yield s.text; break;
      case 'Participants': if (s.lead) yield s.lead; for (const i of s.items) yield i.text; break;
      case 'Channels':
        if (s.lead) yield s.lead;
        for (const i of s.items) {
          if (i.text) yield i.text;
          if (i.entity.kind !== 'EntityRef') yield i.entity.text;
        }
        break;
      case 'DocumentDecl': yield s.text; break;
      case 'ServiceResult': case 'Delivery': if (s.text) yield s.text; break;
      case 'Basis': case 'TextStmt': case 'Note': case 'StepResult': yield s.text; break;
      case 'Procedure':
        if (s.condition) yield s.condition;
        if (s.heading) yield s.heading;
        for (const step of s.steps) yield* stepTexts(step);
        break;
      default: break;
    }
  }
  yield* file.notes;
  for (const appendix of file.appendices) {
    yield appendix.caption;
    if (appendix.legend) yield appendix.legend;
    yield* appendix.notes;
    for (const chart of appendix.charts) if (chart.caption) yield chart.caption;
  }
}
