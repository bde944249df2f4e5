// Completeness (TRT2012): the skeleton every regulation has — provider, intake channels, results, the
// participants and at least one procedure with steps — reported at the act's head when a part is missing.
import type { DiagnosticBag } from '../../diagnostics/create.js';
import type { Bilingual } from '../../diagnostics/types.js';
import type { Model } from '../model.js';
import { statements } from '../walk.js';

const PARTS: Record<string, Bilingual> = {
  provider: { kk: 'көрсетілетін қызметті беруші («беруші: «…»»)', en: 'the service provider («беруші: «…»»)' },
  intake: { kk: 'өтініш қабылдау арналары («қабылдау …: …»)', en: 'the intake channels («қабылдау …: …»)' },
  document: { kk: 'қызмет нәтижесінің құжаты («құжат …: «…»»)', en: 'the result document («құжат …: «…»»)' },
  result: { kk: 'қызмет нәтижесі («қызмет нәтижесі: …»)', en: 'the result of the service («қызмет нәтижесі: …»)' },
  participants: { kk: 'қатысушылар тізімі («қатысушылар: 1) …»)', en: 'the list of participants («қатысушылар: 1) …»)' },
  procedure: { kk: 'қадамдары бар рәсім («рәсім …: … арқылы» және «1) …»)', en: 'a procedure with its steps («рәсім …: … арқылы» and «1) …»)' },
};

export function checkCompleteness(model: Model, bag: DiagnosticBag): void {
  const kinds = new Set<string>();
  let intake = false;
  for (const { statement: s } of statements(model.file)) {
    kinds.add(s.kind);
    if (s.kind === 'Channels' && s.direction !== 'issuance' && s.items.length > 0) intake = true;
    if (s.kind === 'DocumentDecl' && s.role === 'document') kinds.add('ResultDocument');
  }
  const missing: string[] = [];
  if (!model.entities.get('беруші')?.range) missing.push('provider');
  if (!intake) missing.push('intake');
  if (!kinds.has('ResultDocument')) missing.push('document');
  if (!kinds.has('ServiceResult')) missing.push('result');
  if (!kinds.has('Participants')) missing.push('participants');
  if (![...model.procedures.values()].some((p) => p.steps.length > 0)) missing.push('procedure');
  const at = model.file.title.range;
  for (const part of missing) bag.add('TRT2012', at, { what: PARTS[part]! });
}
