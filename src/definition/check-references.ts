// Cross-references inside a process definition read from JSON: what the schema cannot see (a chart naming a missing procedure, a lane a missing participant).
//
// A definition `tartip compile` wrote always holds together; one edited by hand or written by another
// tool may not, and the charts would then drop a procedure or draw a lane of a raw id without a word.
import type { ProcessDefinition } from '../emit/json/model.js';
import type { DefinitionProblem } from './problems.js';

type Kind = 'entity' | 'procedure' | 'step';

const KIND_WORDS: Record<Kind, { kk: string; en: string }> = {
  entity: { kk: 'қатысушы, ұйым немесе жүйе', en: 'participant, organisation or system' },
  procedure: { kk: 'рәсім', en: 'procedure' },
  step: { kk: 'қадам', en: 'step' },
};

/** Every reference that names nothing the definition declares, in document order. */
export function checkReferences(definition: ProcessDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const entities = new Set(definition.entities.map((e) => e.id));
  const procedures = new Set(definition.procedures.map((p) => p.id));
  const expect = (known: ReadonlySet<string>, kind: Kind, id: string | null, pointer: string): void => {
    if (id === null || known.has(id)) return;
    const what = KIND_WORDS[kind];
    problems.push({ pointer, code: 'TRT9010', args: { reason: { kk: `${pointer}: «${id}» деген ${what.kk} анықтамада жоқ`, en: `${pointer}: there is no ${what.en} «${id}» in the definition` } } });
  };
  definition.entities.forEach((e, i) => expect(entities, 'entity', e.parent, `/entities/${i}/parent`));
  (['intake', 'issuance'] as const).forEach((side) => definition.channels[side].forEach((c, i) => expect(entities, 'entity', c.entity, `/channels/${side}/${i}/entity`)));
  definition.procedures.forEach((procedure, p) => {
    const at = `/procedures/${p}`;
    expect(entities, 'entity', procedure.channel, `${at}/channel`);
    const steps = new Set(procedure.steps.map((s) => s.id));
    procedure.steps.forEach((step, s) => {
      const here = `${at}/steps/${s}`;
      expect(entities, 'entity', step.performer, `${here}/performer`);
      expect(entities, 'entity', step.lane, `${here}/lane`);
      step.recipients.forEach((r, i) => expect(entities, 'entity', r, `${here}/recipients/${i}`));
      step.systems.forEach((r, i) => expect(entities, 'entity', r, `${here}/systems/${i}`));
      step.flows.forEach((route, f) => route.forEach((r, i) => expect(entities, 'entity', r, `${here}/flows/${f}/${i}`)));
      step.consents.forEach((c, i) => expect(entities, 'entity', c.performer, `${here}/consents/${i}/performer`));
      step.branches.forEach((b, i) => {
        expect(entities, 'entity', b.performer, `${here}/branches/${i}/performer`);
        expect(entities, 'entity', b.lane, `${here}/branches/${i}/lane`);
        b.recipients.forEach((r, k) => expect(entities, 'entity', r, `${here}/branches/${i}/recipients/${k}`));
      });
      step.transitions.forEach((t, i) => expect(steps, 'step', t.to.kind === 'step' ? t.to.step : null, `${here}/transitions/${i}/to/step`));
      step.guards.forEach((g, i) => expect(steps, 'step', g.otherwise?.kind === 'step' ? g.otherwise.step : null, `${here}/guards/${i}/otherwise/step`));
    });
  });
  definition.appendices.forEach((appendix, a) =>
    appendix.charts.forEach((chart, c) => {
      expect(procedures, 'procedure', chart.procedure, `/appendices/${a}/charts/${c}/procedure`);
      chart.lanes.forEach((lane, l) => expect(entities, 'entity', lane, `/appendices/${a}/charts/${c}/lanes/${l}`));
    }),
  );
  definition.sections.forEach((section, s) =>
    section.paragraphs.forEach((paragraph, p) =>
      paragraph.items.forEach((item, i) => {
        if ('procedure' in item) expect(procedures, 'procedure', item.procedure, `/sections/${s}/paragraphs/${p}/items/${i}/procedure`);
      }),
    ),
  );
  return problems;
}
