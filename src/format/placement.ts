// Where each element stands: its indentation from what it belongs to (section > paragraph > procedure > step > clause).
//
// The same nesting the AST stage assembles, followed generically: a clause the grammar gains is placed by
// the role its keyword has in grammar/keywords.json, and never changes what the elements after it belong to.
import { STEP_CLAUSES } from '../ast/build-steps.js';
import { keywordEntry } from '../syntax/keywords.js';
import type { ElementShape } from './elements.js';
import type { FmtToken } from './trivia.js';

export interface Placement {
  indent: number;
  /** Written on the line of the paragraph number before it («1. беруші: …»). */
  joinsParagraph: boolean;
}

/** Statements of a paragraph that end the procedure (and step) before them. */
const STATEMENTS = new Set([
  'providerStmt', 'channelStmt', 'participantsStmt', 'formStmt', 'refusalDecl', 'serviceResultStmt', 'deliveryStmt',
  'basisStmt', 'termStmt', 'stepResultStmt', 'textStmt', 'repeatStmt',
]);

/** Declarations stand where the act introduces a name, inside a procedure or a step too, ending neither. */
const DECLARATIONS = new Set(['documentDecl', 'systemDecl', 'organisationDecl', 'participantDecl', 'abbreviationDecl']);

/** Under a step, its clauses stand this far in: past a label «1) ». */
export const CLAUSE_INDENT = 3;
/** Everything nested one level deeper. */
export const LEVEL = 2;

export function placeElements(shapes: readonly ElementShape[], tokens: readonly FmtToken[]): Placement[] {
  let paragraph: number | undefined;
  let procedure: number | undefined;
  let step: number | undefined;
  let appendix = false;
  let leadless = false;
  const out: Placement[] = [];
  for (const shape of shapes) {
    const { kind } = shape;
    let indent = paragraph ?? 0;
    let joinsParagraph = false;
    if (kind === 'header' || kind === 'approval') {
      indent = 0;
    } else if (kind === 'standard') {
      // In a paragraph (the result's sentence) it is one of its statements; otherwise part of the header.
      indent = paragraph !== undefined && !appendix ? paragraph : 0;
    } else if (kind === 'section' || kind === 'glossary' || kind === 'appendix' || kind === 'paragraph') {
      indent = 0;
      procedure = step = undefined;
      paragraph = undefined;
      appendix = kind === 'appendix';
      if (kind === 'paragraph') {
        paragraph = tokens[shape.from]!.image.length + LEVEL;
        leadless = shape.to - shape.from === 2;
        out.push({ indent, joinsParagraph });
        continue;
      }
    } else if (kind === 'chart' || kind === 'legend') {
      indent = appendix ? LEVEL : 0;
    } else if (kind === 'step') {
      indent = procedure ?? indent + LEVEL;
      step = indent + CLAUSE_INDENT;
    } else if (kind === 'noteClause' || kind === 'defectClause') {
      indent = step ?? paragraph ?? (appendix ? LEVEL : 0);
    } else if (STEP_CLAUSES.has(kind)) {
      indent = step ?? (procedure !== undefined ? procedure + CLAUSE_INDENT : indent);
    } else if (DECLARATIONS.has(kind) && procedure !== undefined) {
      indent = step ?? procedure;
    } else if (kind === 'procedure') {
      procedure = indent + LEVEL;
      step = undefined;
    } else if (STATEMENTS.has(kind) || DECLARATIONS.has(kind)) {
      procedure = step = undefined;
    } else {
      // A construct this version does not know: placed by its keyword's role, changing nothing after it.
      const role = keywordEntry(tokens[shape.from]!.type)?.role;
      if (role === 'step' && step !== undefined) indent = step;
      else if (role === 'appendix' && appendix) indent = LEVEL;
    }
    const previous = out.length > 0 ? shapes[out.length - 1] : undefined;
    if (previous?.kind === 'paragraph' && leadless && indent === paragraph && tokens[shape.from]!.before.length === 0) joinsParagraph = true;
    out.push({ indent, joinsParagraph });
  }
  return out;
}
