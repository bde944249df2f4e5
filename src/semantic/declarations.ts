// Binding, part 1: collects every declaration (entities, documents, abbreviations, procedures) once.
import type { Hereinafter } from '../ast/nodes.js';
import type { DocumentDecl, OrganisationDecl, ParticipantDecl, SystemDecl } from '../ast/statements.js';
import type { DiagnosticBag } from '../diagnostics/create.js';
import type { Bilingual, Range } from '../diagnostics/types.js';
import type { Abbreviation, DocumentSymbol, Entity, Model } from './model.js';
import { WHAT, didYouMean } from './names.js';
import { statements } from './walk.js';
import { DOCUMENT_KINDS, ORGANISATION_KINDS, SYSTEM_KINDS, matchWhole, suggestPhrase, type VocabularyEntry } from './vocabulary.js';

export const APPLICANT_NAME = 'көрсетілетін қызметті алушы';
export const PROVIDER_NAME = 'көрсетілетін қызметті беруші';

function builtin(id: string, kind: 'applicant' | 'provider', name: string): Entity {
  return { id, kind, subkind: kind, names: [name], shortName: undefined, parent: undefined, listPosition: undefined, range: undefined, used: true };
}

/** Reads a kind word against its vocabulary, reporting an unknown one; `fallback` when none is written. */
export function readKind<V extends string>(
  words: { words: string[]; range: Range } | undefined,
  list: VocabularyEntry<V>[],
  fallback: V,
  what: Bilingual,
  bag: DiagnosticBag | undefined,
): V {
  if (!words || words.words.length === 0) return fallback;
  const value = matchWhole(list, words.words);
  if (value) return value;
  // The message lists the accepted kinds: a writer with the act's own word («деректер банкі») needs the list.
  const kinds = list.map((entry) => entry.forms[0]!.join(' ')).join(', ');
  const suggestion = suggestPhrase(words.words, list);
  bag?.add('TRT2006', words.range, { word: words.words.join(' '), what: { kk: `${what.kk} (${kinds})`, en: `${what.en} (expected ${kinds})` }, hint: didYouMean(suggestion) }, suggestion ? {
    fix: { message: { kk: `«${suggestion}» деп түзету`, en: `replace with «${suggestion}»` }, range: words.range, replacement: suggestion },
  } : {});
  return fallback;
}

class Declarations {
  readonly entities = new Map<string, Entity>([
    ['алушы', builtin('алушы', 'applicant', APPLICANT_NAME)],
    ['беруші', builtin('беруші', 'provider', PROVIDER_NAME)],
  ]);
  readonly documents = new Map<string, DocumentSymbol>();
  readonly abbreviations = new Map<string, Abbreviation>();
  private providerDeclared: Range | undefined;

  constructor(private readonly bag: DiagnosticBag) {}

  private duplicate(name: string, range: Range, first: Range | undefined, what: Bilingual): void {
    this.bag.add('TRT2002', range, { name, what }, { related: first ? [this.bag.related(first, 'declared-here')] : [] });
  }

  private addEntity(entity: Entity, range: Range, what: Bilingual): void {
    if (entity.id === '') return;
    const existing = this.entities.get(entity.id);
    if (existing) return this.duplicate(entity.id, range, existing.range, what);
    this.entities.set(entity.id, entity);
  }

  provider(names: string[], hereinafter: Hereinafter | undefined, range: Range): void {
    if (this.providerDeclared) return this.duplicate('беруші', range, this.providerDeclared, WHAT.provider);
    this.providerDeclared = range;
    const provider = this.entities.get('беруші')!;
    provider.names = names;
    provider.shortName = hereinafter?.text.value;
    provider.range = range;
  }

  organisation(decl: OrganisationDecl): void {
    const subkind = readKind(decl.kindWords, ORGANISATION_KINDS, 'organisation', WHAT.organisationKind, this.bag);
    this.addEntity(this.entity(decl, 'organisation', subkind), decl.name.range, WHAT.organisation);
  }

  system(decl: SystemDecl): void {
    const subkind = readKind(decl.kindWords, SYSTEM_KINDS, 'information-system', WHAT.systemKind, this.bag);
    this.addEntity(this.entity(decl, 'system', subkind), decl.name.range, WHAT.system);
  }

  participant(decl: ParticipantDecl, position: number | undefined): void {
    const entity = this.entity(decl, 'participant', 'unit');
    entity.parent = decl.parent?.name;
    entity.listPosition = position;
    this.addEntity(entity, decl.name.range, WHAT.participant);
  }

  private entity(decl: OrganisationDecl | SystemDecl | ParticipantDecl, kind: Entity['kind'], subkind: string): Entity {
    return {
      id: decl.name.name,
      kind,
      subkind,
      names: [decl.text.value],
      shortName: decl.hereinafter?.text.value,
      parent: undefined,
      listPosition: undefined,
      range: decl.name.range,
      used: false,
    };
  }

  document(decl: DocumentDecl): void {
    if (decl.name.name === '') return;
    const existing = this.documents.get(decl.name.name);
    const what = decl.role === 'refusal' ? WHAT.refusal : WHAT.document;
    if (existing) return this.duplicate(decl.name.name, decl.name.range, existing.range, what);
    this.documents.set(decl.name.name, {
      id: decl.name.name,
      role: decl.role,
      number: decl.number,
      kind: readKind(decl.kindWords, DOCUMENT_KINDS, 'document', WHAT.documentKind, this.bag),
      text: decl.text.value,
      shortName: decl.hereinafter?.text.value,
      range: decl.name.range,
      used: false,
    });
  }

  abbreviation(short: string, full: string, range: Range): void {
    if (short === '') return;
    const existing = this.abbreviations.get(short);
    if (existing) return this.duplicate(short, range, existing.range, WHAT.abbreviation);
    this.abbreviations.set(short, { short, full, range, used: false });
  }
}

/** Collects all declarations of the file into fresh symbol tables. */
export function collectDeclarations(file: Model['file'], bag: DiagnosticBag): Pick<Model, 'entities' | 'documents' | 'abbreviations'> {
  const d = new Declarations(bag);
  let listPosition = 0;
  for (const { statement: s } of statements(file)) {
    switch (s.kind) {
      case 'Provider': d.provider(s.names.map((n) => n.value), s.hereinafter, s.range); break;
      case 'Organisation': d.organisation(s); break;
      case 'System': d.system(s); break;
      case 'Participant': d.participant(s, undefined); break;
      case 'Participants': for (const item of s.items) d.participant(item, listPosition++); break;
      case 'Channels':
        for (const item of s.items) {
          if (item.entity.kind === 'Organisation') d.organisation(item.entity);
          else if (item.entity.kind === 'System') d.system(item.entity);
        }
        break;
      case 'DocumentDecl': d.document(s); break;
      case 'Abbreviation': d.abbreviation(s.short, s.full.value, s.shortRange); break;
      default: break;
    }
  }
  for (const glossary of file.glossaries) {
    for (const item of glossary.items) d.abbreviation(item.short, item.full.value, item.shortRange);
  }
  return { entities: d.entities, documents: d.documents, abbreviations: d.abbreviations };
}
