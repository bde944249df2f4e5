// Channel checks: channels and units' parents are of the right kind (TRT2005), every declared intake
// channel has its procedure (TRT2401), and every procedure runs through a declared intake channel (TRT2402).
import type { DiagnosticBag } from '../../diagnostics/create.js';
import type { EntityRef } from '../../ast/nodes.js';
import type { Bilingual, Range } from '../../diagnostics/types.js';
import type { EntityKind, Model } from '../model.js';
import { ENTITY_KIND } from '../names.js';
import { statements } from '../walk.js';

/** The intake channels in the order the act lists them, each with where it is listed. */
function intakeChannels(model: Model): Map<string, Range> {
  const channels = new Map<string, Range>();
  for (const { statement: s } of statements(model.file)) {
    if (s.kind !== 'Channels' || s.direction === 'issuance') continue;
    for (const item of s.items) {
      const id = item.entity.kind === 'EntityRef' ? item.entity.name : item.entity.name.name;
      const range = item.entity.kind === 'EntityRef' ? item.entity.range : item.entity.name.range;
      if (id !== '' && !channels.has(id)) channels.set(id, range);
    }
  }
  return channels;
}

const CHANNEL: Bilingual = { kk: 'көрсетілетін қызметті беруші, ұйым немесе ақпараттық жүйе', en: 'the service provider, an organisation or an information system' };
const PARENT: Bilingual = { kk: 'көрсетілетін қызметті беруші, ұйым немесе көрсетілетін қызметті алушы', en: 'the service provider, an organisation or the applicant' };
/** Applications come in through the provider, an organisation or a system; a unit belongs to one of them. */
function checkKinds(model: Model, bag: DiagnosticBag): void {
  const wrong = (ref: EntityRef | undefined, allowed: EntityKind[], expected: Bilingual) => {
    const entity = ref ? model.entities.get(ref.name) : undefined;
    if (ref && entity && !allowed.includes(entity.kind)) bag.add('TRT2005', ref.range, { name: ref.name, actual: ENTITY_KIND[entity.kind], expected });
  };
  for (const { statement: s } of statements(model.file)) {
    if (s.kind === 'Procedure') wrong(s.channel, ['provider', 'organisation', 'system'], CHANNEL);
    if (s.kind === 'Channels') for (const item of s.items) if (item.entity.kind === 'EntityRef') wrong(item.entity, ['provider', 'organisation', 'system'], CHANNEL);
    if (s.kind === 'Participant') wrong(s.parent, ['provider', 'organisation', 'applicant'], PARENT);
    if (s.kind === 'Participants') for (const item of s.items) wrong(item.parent, ['provider', 'organisation', 'applicant'], PARENT);
  }
}

export function checkChannels(model: Model, bag: DiagnosticBag): void {
  checkKinds(model, bag);
  const intake = intakeChannels(model);
  const served = new Set([...model.procedures.values()].map((p) => p.channel));
  for (const [channel, range] of intake) {
    // A channel that is not declared at all is already an unknown name (TRT2001).
    if (model.entities.has(channel) && !served.has(channel)) bag.add('TRT2401', range, { channel });
  }
  for (const procedure of model.procedures.values()) {
    const channel = procedure.channel;
    const kind = model.entities.get(channel)?.kind;
    // An unknown channel, or one of the wrong kind, is already reported (TRT2001, TRT2005).
    if (!kind || kind === 'participant' || kind === 'applicant' || intake.has(channel)) continue;
    bag.add('TRT2402', procedure.node.channel.range, { procedure: procedure.id, channel });
  }
}

/**
 * The documents each channel's procedure may decide on: what the act says that channel issues («қызмет
 * нәтижесі портал: …») and what it says of every channel; intermediate documents and refusals always.
 */
export function checkChannelDecisions(model: Model, bag: DiagnosticBag): void {
  const results = [...statements(model.file)].flatMap(({ statement: s }) => (s.kind === 'ServiceResult' ? [s] : []));
  if (results.length === 0) return;
  for (const procedure of model.procedures.values()) {
    // What the act says of every channel applies to this one too («қызмет нәтижесі: …» beside «… портал: хабарлама»).
    const applying = results.filter((r) => r.channels.length === 0 || r.channels.some((c) => c.name === procedure.channel));
    if (applying.length === 0) continue;
    const issued = new Set(applying.flatMap((r) => r.outcome.alternatives.flat().flatMap((a) => (a.kind === 'Name' ? [a.name] : []))));
    const channels = [...new Set(results.flatMap((r) => (r.outcome.alternatives.flat().some((a) => a.kind === 'Name') ? r.channels.map((c) => c.name) : [])))];
    for (const step of procedure.node.steps) {
      for (const decision of step.decisions) {
        for (const atom of decision.alternatives.flat()) {
          if (atom.kind !== 'Name') continue;
          const doc = model.documents.get(atom.name);
          if (!doc || doc.role === 'refusal' || doc.kind === 'intermediate' || issued.has(doc.id)) continue;
          const others = channels.filter((c) => c !== procedure.channel).join(', ');
          bag.add('TRT2406', atom.range, { document: doc.id, procedure: procedure.id, channel: procedure.channel, others: others || '—' }, {
            related: applying.map((r) => bag.related(r.range, 'channel-results')),
          });
        }
      }
    }
  }
}
