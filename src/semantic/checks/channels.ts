// Channel checks: channels and units' parents are of the right kind (TRT2005), every declared intake
// channel has its procedure (TRT2401), and every procedure runs through a declared intake channel (TRT2402).
import type { DiagnosticBag } from '../../diagnostics/create.js';
import type { EntityRef } from '../../ast/nodes.js';
import type { Bilingual, Range } from '../../diagnostics/types.js';
import type { EntityKind, Model } from '../model.js';
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
const KIND: Record<EntityKind, Bilingual> = {
  applicant: { kk: 'көрсетілетін қызметті алушы', en: 'the applicant' },
  provider: { kk: 'көрсетілетін қызметті беруші', en: 'the service provider' },
  organisation: { kk: 'ұйым', en: 'an organisation' },
  system: { kk: 'ақпараттық жүйе', en: 'an information system' },
  participant: { kk: 'қатысушы', en: 'a participant' },
};

/** Applications come in through the provider, an organisation or a system; a unit belongs to one of them. */
function checkKinds(model: Model, bag: DiagnosticBag): void {
  const wrong = (ref: EntityRef | undefined, allowed: EntityKind[], expected: Bilingual) => {
    const entity = ref ? model.entities.get(ref.name) : undefined;
    if (ref && entity && !allowed.includes(entity.kind)) bag.add('TRT2005', ref.range, { name: ref.name, actual: KIND[entity.kind], expected });
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
