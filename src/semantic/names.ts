// Bilingual names of the kinds of things a regulation declares, for diagnostics.
import type { EntityKind } from './model.js';
import type { Bilingual } from '../diagnostics/types.js';

export const WHAT = {
  entity: { kk: 'қатысушы, ұйым немесе жүйе', en: 'participant, organisation or system' },
  participant: { kk: 'қатысушы', en: 'participant' },
  organisation: { kk: 'ұйым', en: 'organisation' },
  system: { kk: 'ақпараттық жүйе', en: 'information system' },
  document: { kk: 'нәтиже құжаты', en: 'result document' },
  intermediate: { kk: 'аралық құжат', en: 'intermediate document' },
  anyDocument: { kk: 'құжат', en: 'document' },
  refusal: { kk: 'бас тарту', en: 'refusal' },
  abbreviation: { kk: 'қысқарту', en: 'abbreviation' },
  procedure: { kk: 'рәсім', en: 'procedure' },
  provider: { kk: 'көрсетілетін қызметті беруші', en: 'service provider' },
  appendix: { kk: 'қосымша', en: 'appendix' },
  actKind: { kk: 'акт түрі (қаулы, бұйрық)', en: 'kind of act (қаулы, бұйрық)' },
  organisationKind: { kk: 'ұйым түрі', en: 'kind of organisation' },
  systemKind: { kk: 'жүйе түрі', en: 'kind of information system' },
  documentKind: { kk: 'құжат түрі', en: 'kind of document' },
  form: { kk: 'қызмет нысаны сөзі', en: 'service form word' },
  delivery: { kk: 'жеткізу тәсілі', en: 'means of delivery' },
} satisfies Record<string, Bilingual>;

/** How a message names the kind of an entity: «is an organisation, but … is needed here». */
export const ENTITY_KIND: Record<EntityKind, Bilingual> = {
  applicant: { kk: 'көрсетілетін қызметті алушы', en: 'the applicant' },
  provider: { kk: 'көрсетілетін қызметті беруші', en: 'the service provider' },
  organisation: { kk: 'ұйым', en: 'an organisation' },
  system: { kk: 'ақпараттық жүйе', en: 'an information system' },
  participant: { kk: 'қатысушы', en: 'a participant' },
};

export function didYouMean(suggestion: string | undefined): Bilingual {
  return suggestion ? { kk: `; «${suggestion}» болуы керек пе?`, en: `; did you mean «${suggestion}»?` } : { kk: '', en: '' };
}
