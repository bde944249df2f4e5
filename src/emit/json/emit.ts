// The JSON emission stage: bound model to the output model of schema/tartip.schema.json, keys in stable order.
import type { ActRef, Approval, NotPrinted as NotPrintedNode, StandardDecl } from '../../ast/nodes.js';
import type { Appendix, Chart, FormStmt } from '../../ast/statements.js';
import { chartAnswers, chartSetting } from '../../semantic/chart-options.js';
import { readKind } from '../../semantic/declarations.js';
import type { Model } from '../../semantic/model.js';
import { WHAT } from '../../semantic/names.js';
import { ACT_KINDS, AUTOMATION, DELIVERY, SERVICE_FORMS, matchPhrase } from '../../semantic/vocabulary.js';
import { statements } from '../../semantic/walk.js';
import { appendixRefs, declaredIds, duration, procedureInfo, standardRefs, stepId } from './emit-procedures.js';
import { defectCodes } from '../../semantic/checks/defects.js';
import { procedureTerm } from '../../semantic/checks/term.js';
import type * as J from './model.js';

export const SCHEMA_ID = 'https://tartip.kz/schema/process-definition/2.json';

function notPrinted(node: NotPrintedNode | undefined): J.NotPrinted {
  return node ? { note: node.note?.value ?? null } : null;
}

function act(clause: Approval | StandardDecl, ref: ActRef): J.ActInfo {
  return {
    kind: readKind(ref.actKind, ACT_KINDS, 'order', WHAT.actKind, undefined),
    kindWritten: ref.actKind.words.join(' '),
    number: ref.number,
    date: ref.date?.iso ?? null,
    dateWritten: ref.date?.written ?? null,
    body: clause.body?.value ?? null,
    title: clause.title?.value ?? null,
    registration: clause.registration ? { number: clause.registration.number, date: clause.registration.date?.iso ?? null } : null,
  };
}

function forms(statement: FormStmt): J.ServiceForm[] {
  return statement.terms.flatMap((term) => {
    const form = matchPhrase(SERVICE_FORMS, term.words.words);
    if (!form) return [];
    const automation = term.qualifier ? matchPhrase(AUTOMATION, term.qualifier.words)?.value ?? null : null;
    const written = [term.words.words.join(' '), term.qualifier ? `(${term.qualifier.words.join(' ')})` : '', term.trailing?.words.join(' ') ?? '']
      .filter((p) => p !== '')
      .join(' ');
    return [{ form: form.value, automation, written }];
  });
}

function deliveryMeans(words: string[]): J.DeliveryInfo['means'] {
  const out: J.DeliveryInfo['means'] = [];
  for (let i = 0; i < words.length; ) {
    const match = matchPhrase(DELIVERY, words, i);
    if (!match) break;
    out.push(match.value);
    i += match.length;
  }
  return out;
}

/** Emits the process definition. `source` is the file name as the user gave it (never made absolute). */
/** The appendix mark as the source writes the number: «2-қосымша», or «2 қосымша» for «қосымша 2». */
function appendixMark(a: Appendix): string {
  if (a.number === null) return 'қосымша';
  return a.numberForm === 'hyphen' ? `${a.number}-қосымша` : `${a.number} қосымша`;
}

function chartInfo(c: Chart): J.ChartInfo {
  const durations = chartSetting(c, 'durations');
  const boxes = chartSetting(c, 'boxes');
  const answers = chartAnswers(c);
  return {
    procedure: c.procedure.name,
    caption: c.caption?.value ?? null,
    lanes: c.lanes.map((l) => l.name),
    ...(durations ? { durations } : {}),
    ...(boxes ? { boxes } : {}),
    ...(answers ? { answers } : {}),
  };
}

export function emitJson(model: Model, source: string): J.ProcessDefinition {
  const file = model.file;
  const out: J.ProcessDefinition = {
    $schema: SCHEMA_ID,
    formatVersion: 2,
    source,
    title: file.title.value === '' && file.titleNotPrinted ? null : file.title.value,
    notPrinted: notPrinted(file.titleNotPrinted),
    approval: file.approval ? { ...act(file.approval, file.approval.act), notPrinted: notPrinted(file.approval.notPrinted) } : null,
    standard: file.standard
      ? { ...act(file.standard, file.standard.act), name: file.standard.name?.value ?? null, shortName: file.standard.hereinafter?.text.value ?? null }
      : null,
    provider: { names: model.entities.get('беруші')!.names, shortName: model.entities.get('беруші')!.shortName ?? null },
    channels: { intake: [], issuance: [] },
    forms: [],
    resultForms: [],
    documents: [...model.documents.values()].map((d) => ({
      id: d.id,
      role: d.role,
      number: d.number,
      kind: d.kind,
      text: d.text,
      shortName: d.shortName ?? null,
      standardRefs: [],
      appendixRefs: [],
    })),
    results: [],
    delivery: [],
    basis: [],
    entities: [...model.entities.values()].map((e) => ({
      id: e.id,
      kind: e.kind,
      subkind: e.subkind,
      names: e.names,
      shortName: e.shortName ?? null,
      parent: e.parent ?? null,
      listPosition: e.listPosition ?? null,
    })),
    abbreviations: [...model.abbreviations.values()].map((a) => ({ short: a.short, full: a.full })),
    procedures: [],
    terms: model.termDurations.flatMap((t) => {
      const d = duration(t.duration);
      return d ? [{ channel: t.channel ?? null, duration: d }] : [];
    }),
    appendices: file.appendices.map((a) => ({
      number: a.number,
      kind: a.appendixKind,
      caption: a.caption.value,
      legend: a.legend?.value ?? null,
      mark: appendixMark(a),
      charts: a.charts.map((c) => chartInfo(c)),
      notes: a.notes.map((n) => n.value),
      notPrinted: notPrinted(a.notPrinted),
    })),
    sections: [],
    notes: file.notes.map((n) => n.value),
    defects: [],
  };
  const refusal = [...model.documents.values()].find((d) => d.role === 'refusal')?.id ?? 'бас тарту';
  for (const { statement: s } of statements(file)) {
    switch (s.kind) {
      case 'Channels':
        for (const item of s.items) {
          const entity = item.entity.kind === 'EntityRef' ? item.entity.name : item.entity.name.name;
          const channel: J.Channel = { entity, number: item.number, text: item.text?.value ?? null };
          if (s.direction !== 'issuance') out.channels.intake.push(channel);
          if (s.direction !== 'intake') out.channels.issuance.push(channel);
        }
        break;
      case 'Form': (s.target === 'service' ? out.forms : out.resultForms).push(...forms(s)); break;
      case 'DocumentDecl': {
        const doc = out.documents.find((d) => d.id === s.name.name);
        if (doc) {
          doc.standardRefs = standardRefs(s.annotations);
          doc.appendixRefs = appendixRefs(s.annotations);
        }
        break;
      }
      case 'ServiceResult':
        out.results.push({
          channels: s.channels.map((c) => c.name),
          alternatives: s.outcome.alternatives.map((bundle) => bundle.map((a) => (a.kind === 'Name' ? a.name : refusal))),
          text: s.text?.value ?? null,
        });
        break;
      case 'Delivery':
        out.delivery.push({ channels: s.channels.map((c) => c.name), means: s.means.flatMap((m) => deliveryMeans(m.words)), text: s.text?.value ?? null });
        break;
      case 'Basis':
        out.basis.push({ channels: s.channels.map((c) => c.name), text: s.text.value, standardRefs: standardRefs(s.annotations), appendixRefs: appendixRefs(s.annotations) });
        break;
      case 'Procedure': {
        const bound = model.procedures.get(s.name.name);
        if (bound?.node === s) out.procedures.push(procedureInfo(bound, refusal, procedureTerm(model, bound)));
        break;
      }
      default: break;
    }
  }
  out.sections = sections(model);
  out.defects = defects(model);
  return out;
}

function sections(model: Model): J.SectionInfo[] {
  return model.file.sections.map((section) => ({
    number: Number.isNaN(section.number) ? null : section.number,
    title: section.title?.value ?? null,
    paragraphs: section.paragraphs.map((p) => ({
      number: Number.isNaN(p.number) ? null : p.number,
      lead: p.lead?.value ?? null,
      items: p.statements.flatMap((s): J.ParagraphItem[] => {
        switch (s.kind) {
          case 'TextStmt':
            return [{ kind: 'text', text: s.text.value, standardRefs: standardRefs(s.annotations), appendixRefs: appendixRefs(s.annotations) }];
          case 'Note': return [{ kind: 'note', text: s.text.value }];
          case 'Procedure': return [{ kind: 'procedure', procedure: s.name.name }];
          case 'Repeat': return [{ kind: 'repeat', procedure: s.procedure.name }];
          case 'StepResult': {
            const procedure = model.procedures.get(s.procedure.name);
            const index = procedure?.node.steps.findIndex((st) => st.label.number === s.step.number) ?? -1;
            return [{ kind: 'step-result', procedure: s.procedure.name, step: index >= 0 ? stepId(s.procedure.name, index) : s.step.written, text: s.text.value }];
          }
          case 'Participants':
            return [{ kind: 'declaration', what: 'participants', ids: s.items.map((i) => i.name.name), lead: s.lead?.value ?? null }];
          case 'Channels':
            return [{
              kind: 'declaration',
              what: s.direction === 'both' ? 'intake-and-issuance' : s.direction,
              ids: s.items.map((i) => (i.entity.kind === 'EntityRef' ? i.entity.name : i.entity.name.name)),
              lead: s.lead?.value ?? null,
            }];
          case 'StandardRef': return [{ kind: 'declaration', what: 'standard', ids: [], lead: null }];
          default: return [{ kind: 'declaration', what: s.kind.toLowerCase(), ids: declaredIds(s), lead: null }];
        }
      }),
    })),
  }));
}

function defects(model: Model): J.DefectInfo[] {
  const out: J.DefectInfo[] = [];
  for (const { paragraph, statement: s } of statements(model.file)) {
    const number = Number.isNaN(paragraph.number) ? null : paragraph.number;
    if (s.kind === 'Defect') out.push({ text: s.text.value, paragraph: number, step: null, appendix: null, codes: defectCodes(s.text) });
    if (s.kind === 'Procedure') {
      s.steps.forEach((step, i) => {
        for (const d of step.defects) out.push({ text: d.value, paragraph: number, step: stepId(s.name.name, i), appendix: null, codes: defectCodes(d) });
      });
    }
  }
  for (const d of model.file.defects) out.push({ text: d.value, paragraph: null, step: null, appendix: null, codes: defectCodes(d) });
  for (const appendix of model.file.appendices) {
    for (const d of appendix.defects) out.push({ text: d.value, paragraph: null, step: null, appendix: { number: appendix.number }, codes: defectCodes(d) });
  }
  return out;
}
