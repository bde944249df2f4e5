// Builds the statements of a paragraph from the concrete syntax tree.
import type { CstNode } from 'chevrotain';
import { Reader, child, nameOf, nodes, token, tokens } from './cst-reader.js';
import {
  buildAnnotations, buildDefect, buildDuration, buildEntityRef, buildHereinafter, buildOutcome, buildStepRef, buildTarget, buildWords,
} from './build-common.js';
import { buildProcedure } from './build-steps.js';
import type {
  AbbreviationDecl, ChannelItem, DocumentDecl, FormStmt, OrganisationDecl, ParticipantDecl, Statement, SystemDecl,
} from './statements.js';

function kindWords(r: Reader, node: CstNode | undefined) {
  const kind = child(node, 'kindWords');
  return kind ? buildWords(r, tokens(kind, 'AnyName'), r.nodeRange(kind)) : undefined;
}

export function buildOrganisation(r: Reader, node: CstNode): OrganisationDecl {
  const range = r.nodeRange(node);
  return {
    kind: 'Organisation',
    name: r.name(token(node, 'AnyName'), range),
    kindWords: kindWords(r, node),
    text: r.text(token(node, 'Text'), range),
    hereinafter: buildHereinafter(r, child(node, 'hereinafter')),
    range,
  };
}

export function buildSystem(r: Reader, node: CstNode): SystemDecl {
  return { ...buildOrganisation(r, node), kind: 'System' };
}

function buildParticipant(r: Reader, body: CstNode | undefined, number: number | null, outer: CstNode): ParticipantDecl {
  const range = r.nodeRange(outer);
  const parent = child(body, 'entityRef');
  return {
    kind: 'Participant',
    number,
    name: r.name(token(body, 'AnyName'), range),
    parent: parent ? buildEntityRef(r, parent, range) : undefined,
    text: r.text(token(body, 'Text'), range),
    hereinafter: buildHereinafter(r, child(body, 'hereinafter')),
    range,
  };
}

function buildChannelItem(r: Reader, node: CstNode): ChannelItem {
  const range = r.nodeRange(node);
  const num = token(node, 'NumberLiteral');
  const org = child(node, 'organisationDecl');
  const sys = child(node, 'systemDecl');
  return {
    number: num ? Number.parseInt(num.image, 10) : null,
    entity: org ? buildOrganisation(r, org) : sys ? buildSystem(r, sys) : buildEntityRef(r, child(node, 'entityRef'), range),
    text: token(node, 'Text') ? r.text(token(node, 'Text'), range) : undefined,
    range,
  };
}

function buildForm(r: Reader, node: CstNode): FormStmt {
  const range = r.nodeRange(node);
  const terms = nodes(node, 'formTerm').map((term) => {
    const termRange = r.nodeRange(term, range);
    const words = tokens(term, 'Identifier');
    const lparen = token(term, 'LParen');
    const rparen = token(term, 'RParen');
    const head = lparen ? words.filter((w) => w.startOffset < lparen.startOffset) : words;
    const inside = lparen && rparen ? words.filter((w) => w.startOffset > lparen.startOffset && w.startOffset < rparen.startOffset) : [];
    const trailing = rparen ? words.filter((w) => w.startOffset > rparen.startOffset) : [];
    return {
      words: buildWords(r, head, termRange),
      qualifier: lparen ? buildWords(r, inside, termRange) : undefined,
      trailing: trailing.length > 0 ? buildWords(r, trailing, termRange) : undefined,
      range: termRange,
    };
  });
  const conjunctions = nodes(node, 'formConjunction').map((c) =>
    token(c, 'Comma') ? ',' : token(c, 'LParen') ? `${token(c, 'And')?.image} (${token(c, 'Or')?.image})` : (token(c, 'And') ?? token(c, 'Or'))?.image ?? '',
  );
  return { kind: 'Form', target: token(node, 'ResultForm') ? 'result' : 'service', terms, conjunctions, range };
}

function buildDocument(r: Reader, node: CstNode, role: 'document' | 'refusal'): DocumentDecl {
  const range = r.nodeRange(node);
  return {
    kind: 'DocumentDecl',
    role,
    number: token(node, 'NumberLiteral') ? Number.parseInt(token(node, 'NumberLiteral')!.image, 10) : null,
    name: r.name(token(node, 'AnyName'), range),
    kindWords: kindWords(r, node),
    text: r.text(token(node, 'Text'), range),
    hereinafter: buildHereinafter(r, child(node, 'hereinafter')),
    annotations: buildAnnotations(r, nodes(node, 'annotation')),
    range,
  };
}

export function buildAbbreviation(r: Reader, node: CstNode): AbbreviationDecl {
  const range = r.nodeRange(node);
  const id = token(node, 'AnyName');
  const texts = tokens(node, 'Text');
  const shortText = id ? undefined : texts[0];
  const fullText = id ? texts[0] : texts[1];
  const shortToken = id ?? shortText;
  return {
    kind: 'Abbreviation',
    short: id ? nameOf(id) : shortText ? r.text(shortText, range).value.normalize('NFC') : '',
    shortRange: shortToken ? r.tokenRange(shortToken) : range,
    full: r.text(fullText, range),
    hereinafter: buildHereinafter(r, child(node, 'hereinafter')),
    range,
  };
}

/** Builds a paragraph statement from its grammar rule `name`; undefined if `name` is not a statement. */
export function buildStatement(r: Reader, name: string, c: CstNode): Statement | undefined {
  const range = r.nodeRange(c);
  const text = () => r.text(token(c, 'Text'), range);
  switch (name) {
    case 'providerStmt':
      return { kind: 'Provider', names: tokens(c, 'Text').map((t) => r.text(t, range)), hereinafter: buildHereinafter(r, child(c, 'hereinafter')), range };
    case 'channelStmt':
      return {
        kind: 'Channels',
        direction: token(c, 'IntakeAndIssuance') ? 'both' : token(c, 'Intake') ? 'intake' : 'issuance',
        lead: token(c, 'Text') ? text() : undefined,
        items: nodes(c, 'channelItem').map((item) => buildChannelItem(r, item)),
        range,
      };
    case 'organisationDecl': return buildOrganisation(r, c);
    case 'systemDecl': return buildSystem(r, c);
    case 'participantDecl': return buildParticipant(r, child(c, 'participantBody'), null, c);
    case 'participantsStmt':
      return {
        kind: 'Participants',
        lead: token(c, 'Text') ? text() : undefined,
        items: nodes(c, 'participantItem').map((item) => {
          const num = token(item, 'NumberLiteral');
          return buildParticipant(r, child(item, 'participantBody'), num ? Number.parseInt(num.image, 10) : null, item);
        }),
        range,
      };
    case 'abbreviationDecl': return buildAbbreviation(r, c);
    case 'formStmt': return buildForm(r, c);
    case 'documentDecl': return buildDocument(r, c, 'document');
    case 'refusalDecl': return buildDocument(r, c, 'refusal');
    case 'serviceResultStmt':
      return {
        kind: 'ServiceResult',
        channels: nodes(c, 'entityRef').map((e) => buildEntityRef(r, e, range)),
        outcome: buildOutcome(r, child(c, 'outcomeExpr'), range),
        text: token(c, 'Text') ? text() : undefined,
        range,
      };
    case 'deliveryStmt':
      return {
        kind: 'Delivery',
        channels: nodes(c, 'entityRef').map((e) => buildEntityRef(r, e, range)),
        means: nodes(c, 'deliveryMeans').map((m) => buildWords(r, tokens(m, 'Identifier'), r.nodeRange(m, range))),
        text: token(c, 'Text') ? text() : undefined,
        range,
      };
    case 'basisStmt': return { kind: 'Basis', channels: nodes(c, 'entityRef').map((e) => buildEntityRef(r, e, range)), text: text(), annotations: buildAnnotations(r, nodes(c, 'annotation')), range };
    case 'procedure': return buildProcedure(r, c);
    case 'termStmt': {
      const channel = child(c, 'entityRef');
      return { kind: 'Term', channel: channel ? buildEntityRef(r, channel, range) : undefined, duration: buildDuration(r, child(c, 'durationExpr'), range), range };
    }
    case 'stepResultStmt':
      return {
        kind: 'StepResult',
        procedure: r.name(token(c, 'AnyName'), range),
        step: buildStepRef(r, child(c, 'stepRef'), range),
        text: text(),
        target: buildTarget(r, child(c, 'target'), range),
        range,
      };
    case 'textStmt': return { kind: 'TextStmt', text: text(), annotations: buildAnnotations(r, nodes(c, 'annotation')), range };
    case 'noteClause': return { kind: 'Note', text: text(), range };
    case 'defectClause': return { kind: 'Defect', text: buildDefect(r, c, range), range };
    case 'repeatStmt': return { kind: 'Repeat', procedure: r.name(token(c, 'AnyName'), range), range };
    default: return undefined;
  }
}
