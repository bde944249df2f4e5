// The binding stage: builds the model (declarations, references, durations, flow) and returns its diagnostics.
import { wordsRange, type RefTarget, type Step, type Words } from '../ast/nodes.js';
import type { RegulationFile } from '../ast/statements.js';
import { DiagnosticBag } from '../diagnostics/create.js';
import { closest } from '../diagnostics/suggest.js';
import type { Bilingual, Diagnostic } from '../diagnostics/types.js';
import type { LineMap } from '../text/line-map.js';
import { collectDeclarations, readKind } from './declarations.js';
import { readDuration } from './durations.js';
import { computeTransitions } from './flow.js';
import type { BoundProcedure, BoundStep, Model } from './model.js';
import { WHAT, didYouMean } from './names.js';
import { Resolver } from './references.js';
import { allTexts, statements } from './walk.js';
import {
  ACT_KINDS, AUTOMATION, DELIVERY, FORM_FILLERS, SERVICE_FORMS, matchPhrase, suggestPhrase,
} from './vocabulary.js';

export interface BindResult {
  model: Model;
  diagnostics: Diagnostic[];
}

function registerProcedures(file: RegulationFile, bag: DiagnosticBag): Map<string, BoundProcedure> {
  const procedures = new Map<string, BoundProcedure>();
  for (const { paragraph, statement } of statements(file)) {
    if (statement.kind !== 'Procedure' || statement.name.name === '') continue;
    const existing = procedures.get(statement.name.name);
    if (existing) {
      bag.add('TRT2002', statement.name.range, { name: statement.name.name, what: WHAT.procedure }, {
        related: [bag.related(existing.node.name.range, 'declared-here')],
      });
      continue;
    }
    procedures.set(statement.name.name, {
      node: statement,
      id: statement.name.name,
      channel: statement.channel.name,
      paragraph: paragraph.number,
      steps: statement.steps.map((node, index): BoundStep => ({ node, index, duration: undefined, branchDurations: [], transitions: [] })),
      externalResults: new Map(),
    });
  }
  return procedures;
}

const ONCE = {
  lane: { kk: '«жолы»', en: '«жолы» (lane)' },
  otherwise: { kk: '«әйтпесе»', en: '«әйтпесе» (otherwise)' },
};

function bindStep(step: Step, resolver: Resolver, bag: DiagnosticBag, bound: BoundStep): void {
  resolver.entity(step.performer);
  for (const r of step.recipients) resolver.entity(r);
  for (const d of [...step.makes, ...step.uses]) resolver.document(d);
  for (const s of step.systems) resolver.entity(s);
  for (const l of step.lanes) resolver.entity(l);
  if (step.lanes.length > 1) bag.add('TRT2008', step.lanes[1]!.range, { what: ONCE.lane });
  if (step.otherwise.length > 1) bag.add('TRT2008', step.otherwise[1]!.range, { what: ONCE.otherwise });
  for (const c of step.consents) resolver.entity(c.performer);
  for (const f of step.flows) for (const hop of f.hops) for (const e of hop) resolver.entity(e);
  for (const d of step.decisions) resolver.outcome(d);
  if (step.durations.length > 1) bag.add('TRT2008', step.durations[1]!.range, { what: { kk: '«ұзақтығы»', en: '«ұзақтығы» (duration)' } });
  bound.duration = step.durations[0] ? readDuration(step.durations[0], bag) : undefined;
  bound.branchDurations = step.branches.map((b) => {
    resolver.entity(b.performer);
    resolver.entity(b.lane);
    for (const r of b.recipients) resolver.entity(r);
    return b.duration ? readDuration(b.duration, bag) : undefined;
  });
}

function checkAppendixRefs(targets: RefTarget[], file: RegulationFile, bag: DiagnosticBag): void {
  for (const t of targets) {
    if (t.kind !== 'AppendixRef') continue;
    if (!file.appendices.some((a) => a.number === t.number)) {
      const names = file.appendices.map((a) => (a.number === null ? 'қосымша' : `${a.number}-қосымша`));
      bag.add('TRT2001', t.range, { name: t.written, what: WHAT.appendix, hint: didYouMean(closest(t.written, names)) });
    }
  }
}

function checkWords(words: Words, bag: DiagnosticBag, what: Bilingual, ...lists: Parameters<typeof suggestPhrase>[1][]): void {
  for (let i = 0; i < words.words.length; ) {
    const match = lists.map((list) => matchPhrase(list, words.words, i)).find((m) => m !== undefined);
    if (!match) {
      const rest = words.words.slice(i);
      bag.add('TRT2006', wordsRange(words, i), { word: rest.join(' '), what, hint: didYouMean(suggestPhrase(rest, ...lists)) });
      return;
    }
    i += match.length;
  }
}

/**
 * Binds a file: every name resolved, every duration read, every step's transitions known. `lines` is
 * the file's source, so that findings inside a text can point at the very word.
 */
export function bind(file: RegulationFile, fileName: string, lines: LineMap): BindResult {
  const bag = new DiagnosticBag(fileName);
  const declared = collectDeclarations(file, bag);
  const procedures = registerProcedures(file, bag);
  const model: Model = { file, ...declared, procedures, termDurations: [] };
  const resolver = new Resolver(model, bag);

  for (const clause of [file.approval, file.standard]) {
    if (!clause) continue;
    readKind(clause.act.actKind, ACT_KINDS, 'order', WHAT.actKind, bag);
    for (const date of [clause.act.date, clause.registration?.date]) {
      if (date && date.iso === undefined) bag.add('TRT2011', date.range, { date: date.written });
    }
  }
  for (const { statement: s } of statements(file)) {
    switch (s.kind) {
      case 'Participant': resolver.entity(s.parent); break;
      case 'Participants': for (const item of s.items) resolver.entity(item.parent); break;
      case 'Channels':
        for (const item of s.items) {
          const id = item.entity.kind === 'EntityRef' ? item.entity.name : item.entity.name.name;
          const entity = model.entities.get(id);
          if (item.entity.kind === 'EntityRef') resolver.entity(item.entity);
          else if (entity) entity.used = true;
        }
        break;
      case 'Form':
        for (const term of s.terms) {
          checkWords(term.words, bag, WHAT.form, SERVICE_FORMS, FORM_FILLERS);
          if (term.qualifier) checkWords(term.qualifier, bag, WHAT.form, AUTOMATION);
          if (term.trailing) checkWords(term.trailing, bag, WHAT.form, FORM_FILLERS);
        }
        break;
      case 'ServiceResult':
        for (const c of s.channels) resolver.entity(c);
        resolver.outcome(s.outcome);
        break;
      case 'Delivery':
        for (const c of s.channels) resolver.entity(c);
        for (const m of s.means) checkWords(m, bag, WHAT.delivery, DELIVERY);
        break;
      case 'Term':
        resolver.entity(s.channel);
        model.termDurations.push({ channel: s.channel?.name, duration: readDuration(s.duration, bag), range: s.range });
        break;
      case 'Procedure': {
        resolver.entity(s.channel);
        const procedure = procedures.get(s.name.name);
        if (procedure?.node !== s) break;
        procedure.steps.forEach((bound) => bindStep(bound.node, resolver, bag, bound));
        computeTransitions(procedure, resolver);
        for (const step of s.steps) checkAppendixRefs(step.annotations, file, bag);
        break;
      }
      case 'StepResult': {
        const procedure = resolver.procedure(s.procedure.name, s.procedure.range);
        const index = procedure ? resolver.step(procedure, s.step) : undefined;
        if (procedure && index !== undefined) {
          const list = procedure.externalResults.get(index) ?? [];
          list.push(s.text);
          procedure.externalResults.set(index, list);
          if (s.target && s.target.kind !== 'End' && s.target.kind !== 'Refusal' && s.target.kind !== 'Next') resolver.step(procedure, s.target);
        }
        break;
      }
      case 'Repeat': resolver.procedure(s.procedure.name, s.procedure.range); break;
      case 'Basis':
        for (const c of s.channels) resolver.entity(c);
        checkAppendixRefs(s.annotations, file, bag);
        break;
      case 'DocumentDecl': case 'TextStmt': checkAppendixRefs(s.annotations, file, bag); break;
      default: break;
    }
  }
  for (const appendix of file.appendices) {
    for (const chart of appendix.charts) {
      resolver.procedure(chart.procedure.name, chart.procedure.range);
      for (const lane of chart.lanes) resolver.entity(lane);
    }
  }
  scanAbbreviations(model, bag, lines);
  return { model, diagnostics: bag.items };
}

/** Two or more Cyrillic capitals; the word boundaries are checked by hand (a lookbehind is slow on every text). */
const CAPITALS = /[А-ЯЁӘҒҚҢӨҰҮҺІ]{2,}/g;
const LETTER_BEFORE = /[A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]/;
const LOWER_AFTER = /[а-яёәғқңөұүһі]/;

/**
 * Marks abbreviations used in texts, and reports capitalised words that look like undeclared ones. The
 * scan runs over each text's source rather than its collapsed value, so a finding points at the word.
 */
function scanAbbreviations(model: Model, bag: DiagnosticBag, lines: LineMap): void {
  // Each capitalised word a text may use, with what its use marks as used: a glossary abbreviation, or an
  // organisation or system whose name or «бұдан әрі» short name is one (РДБ, ЭҮШ): a name the act only
  // mentions is used by being mentioned.
  const known = new Map<string, { used: boolean }>();
  for (const abbreviation of model.abbreviations.values()) {
    for (const part of abbreviation.short.split(/\s+/)) known.set(part, abbreviation);
  }
  for (const entity of model.entities.values()) {
    if (entity.kind !== 'system' && entity.kind !== 'organisation') continue;
    for (const name of [entity.id, entity.shortName ?? '']) {
      for (const part of name.split(/[\s-]+/)) if (/^[А-ЯЁӘҒҚҢӨҰҮҺІ]{2,}$/.test(part) && !known.has(part)) known.set(part, entity);
    }
  }
  const reported = new Set<string>();
  const source = lines.text;
  for (const text of allTexts(model.file)) {
    if (text.value === '') continue;
    // Searching a slice (not the whole source from an offset) keeps a text without capitals from
    // scanning on to the end of the file, which would make many texts quadratic.
    const start = text.range.start.offset;
    for (const match of source.slice(start, text.range.end.offset).matchAll(CAPITALS)) {
      const word = match[0];
      const from = start + match.index;
      const after = from + word.length;
      if (LETTER_BEFORE.test(source[from - 1] ?? '') || LOWER_AFTER.test(source[after] ?? '')) continue;
      const owner = known.get(word);
      if (owner) {
        owner.used = true;
      } else if (!reported.has(word)) {
        reported.add(word);
        const at = lines.range(from, after);
        bag.add('TRT2009', at, { name: word, hint: didYouMean(closest(word, known.keys())) });
      }
    }
  }
}
