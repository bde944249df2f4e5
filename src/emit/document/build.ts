// Entry point: the act as a document (approval block, title, sections, numbered paragraphs, appendices), from the bound model. Pure.
import type { Procedure } from '../../ast/nodes.js';
import type { Paragraph } from '../../ast/statements.js';
import type { Model } from '../../semantic/model.js';
import type { RegulationDiagrams } from '../mermaid/emit-diagrams.js';
import { Wording, kindOf, type Piece } from './context.js';
import { actInstrumental, inflectPhrase, writtenDate } from './kazakh.js';
import type { ActDocument, AppendixPage, TextBlock } from './model.js';
import { procedurePieces, stepResultText } from './wording-steps.js';
import { sentence, statementPieces } from './wording-statements.js';

function block(kind: TextBlock['kind'], text: string, anchor: string | null = null, step: TextBlock['step'] = null): TextBlock {
  return { kind, text, anchor, step };
}

/** «Қызылорда облысы әкімдігінің 2018 жылғы 14 мамырдағы № 1114 қаулысымен бекітілген». */
function approvalText(model: Model): string | null {
  const approval = model.file.approval;
  if (!approval) return null;
  const kind = approval.act.actKind.words.join(' ');
  const words = [
    approval.body ? inflectPhrase(approval.body.value, 'genitive') : '',
    writtenDate(approval.act.date?.iso) ?? '',
    `№ ${approval.act.number}`,
    actInstrumental(kindOf(kind), kind),
    'бекітілген',
  ];
  return words.filter((x) => x !== '').join(' ');
}

/**
 * A procedure headed with the caption of a chart that draws it is that chart's content: the act prints it in
 * the appendix, not in the paragraph (the seed act's handbook «Портал арқылы …»).
 */
function drawnOnly(model: Model, procedure: Procedure): boolean {
  const heading = procedure.heading?.value;
  return heading !== undefined && model.file.appendices.some((a) => a.charts.some((c) => c.procedure.name === procedure.name.name && c.caption?.value === heading));
}

/** A paragraph's pieces in the act's order: statements, procedures, restated procedures and step results. */
function paragraphPieces(w: Wording, paragraph: Paragraph): Piece[] {
  const pieces: Piece[] = [];
  let run: Paragraph['statements'] = [];
  const flush = () => {
    pieces.push(...statementPieces(w, run, paragraph.lead !== undefined && pieces.length === 0));
    run = [];
  };
  for (const s of paragraph.statements) {
    if (s.kind === 'Procedure' && drawnOnly(w.model, s)) continue;
    if (s.kind === 'Procedure' || s.kind === 'Repeat' || s.kind === 'StepResult') {
      flush();
      if (s.kind === 'Procedure') pieces.push(...procedurePieces(w, s));
      else if (s.kind === 'Repeat') {
        const restated = w.model.procedures.get(s.procedure.name);
        if (restated) pieces.push(...procedurePieces(w, restated.node, true));
      } else {
        const owner = w.model.procedures.get(s.procedure.name);
        pieces.push({ text: stepResultText(owner?.paragraph ?? null, s), sub: false, number: null, step: null, runsOn: pieces.length === 0 && paragraph.lead === undefined });
      }
    } else run.push(s);
  }
  flush();
  return pieces;
}

function paragraphBlocks(w: Wording, paragraph: Paragraph): TextBlock[] {
  const pieces = paragraphPieces(w, paragraph);
  const anchor = `p-${paragraph.number}`;
  const blocks: TextBlock[] = [];
  const lead = paragraph.lead?.value;
  const first = pieces[0];
  const headText = lead !== undefined ? (first?.runsOn ? `${lead} ${first.text}` : sentence(lead, lead.endsWith('–') || lead.endsWith('-') ? '' : ':')) : first?.text ?? '';
  blocks.push(block('paragraph', `${paragraph.number}. ${headText}`.trimEnd(), anchor));
  const rest = lead !== undefined && !first?.runsOn ? pieces : pieces.slice(1);
  const used = new Set<string>();
  for (const p of rest) {
    let sub = p.sub && p.number !== null ? `${anchor}-${p.number}` : null;
    // A second list in the paragraph numbers from 1 again: its anchors take the list's place («p-9-1-2»).
    for (let k = 2; sub !== null && used.has(sub); k++) sub = `${anchor}-${p.number}-${k}`;
    if (sub !== null) used.add(sub);
    blocks.push(block(p.sub ? 'sub-item' : 'paragraph', p.text, sub, p.step));
  }
  return blocks;
}

function appendixPages(model: Model, diagrams: RegulationDiagrams): AppendixPage[] {
  return model.file.appendices.map((appendix) => {
    const own = diagrams.diagrams.filter((d) => d.appendix.number === appendix.number && d.appendix.caption === appendix.caption.value);
    const legend = own.find((d) => d.kind === 'legend');
    return {
      number: appendix.number,
      mark: [`«${model.file.title.value}» мемлекеттік көрсетілетін қызмет регламентіне`, appendix.number === null ? 'қосымша' : `${appendix.number} қосымша`],
      caption: appendix.caption.value,
      charts: own.filter((d) => d.kind === 'chart').map((d) => ({ diagram: d.name, caption: d.caption !== null && d.caption !== appendix.caption.value ? d.caption : null })),
      legend: appendix.legend ? { heading: appendix.legend.value, diagram: legend?.name ?? null } : null,
      notPrinted: appendix.notPrinted !== undefined,
    };
  });
}

export function buildDocument(model: Model, diagrams: RegulationDiagrams): ActDocument {
  const w = new Wording(model);
  const title = `«${model.file.title.value}» мемлекеттік көрсетілетін қызмет регламенті`;
  const blocks: TextBlock[] = [];
  const approval = approvalText(model);
  if (approval) blocks.push(block('approval', approval));
  blocks.push(block('title', title));
  for (const section of model.file.sections) {
    blocks.push(block('heading', `${section.number}. ${section.title?.value ?? ''}`.trimEnd(), `s-${section.number}`));
    for (const paragraph of section.paragraphs) blocks.push(...paragraphBlocks(w, paragraph));
  }
  for (const glossary of model.file.glossaries) {
    if (glossary.lead) blocks.push(block('line', glossary.lead.value));
    for (const item of glossary.items) blocks.push(block('line', `${item.short} – ${item.full.value}`));
  }
  return { title, date: model.file.approval?.act.date?.iso ?? null, blocks, appendices: appendixPages(model, diagrams) };
}
