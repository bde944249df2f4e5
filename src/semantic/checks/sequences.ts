// Durations read one after another (TRT2105): a «;» sequence whose parts look like the alternatives of an
// outcome («шарт жобасын дайындау – 18 күн; дәлелді бас тартуды дайындау – 4 күн») is said aloud, with the
// «немесе» that would make them alternatives, since the acts print both with «;».
import type { DurationTerm } from '../../ast/nodes.js';
import type { DiagnosticBag } from '../../diagnostics/create.js';
import type { Model } from '../model.js';
import { stem } from '../../syntax/morphology.js';

/** A part about the refusal: «дәлелді бас тартуды дайындау». */
const REFUSAL = /бас\s+тарт/i;

/** The stems of a label's words, to tell which decided document it is about. */
const stems = (text: string) => new Set(text.split(/[^a-zа-яёәғқңөұүһі-]+/i).filter((w) => w.length > 2).map(stem));

export function checkSequences(model: Model, bag: DiagnosticBag): void {
  for (const procedure of model.procedures.values()) {
    for (const step of procedure.steps) {
      const expr = step.node.durations[0];
      if (!expr || expr.parts.length < 2 || step.duration?.kind !== 'sequence') continue;
      const singles = expr.parts.map((alts) => (alts.length === 1 ? alts[0]! : undefined));
      const refusal = singles.findIndex((t) => t?.label && REFUSAL.test(t.label.value));
      if (refusal < 1) continue;
      // The part before the refusal is its alternative when the step decides between documents and that
      // part names one of them, or simply when it is the last part before the refusal.
      const other = singles[refusal - 1] as DurationTerm | undefined;
      if (!other?.label || REFUSAL.test(other.label.value)) continue;
      const decided = step.node.decisions.flatMap((d) => d.alternatives.flat()).flatMap((a) => (a.kind === 'Name' ? [a.name] : []));
      const names = decided.flatMap((id) => {
        const doc = model.documents.get(id);
        return doc ? [id, doc.shortName ?? '', doc.text] : [id];
      });
      const about = stems(other.label.value);
      const namesDecided = names.some((n) => [...stems(n)].some((s) => about.has(s)));
      if (decided.length > 0 && !namesDecided) continue;
      const range = { start: other.range.end, end: singles[refusal]!.range.start };
      bag.add('TRT2105', singles[refusal]!.range, { first: other.label.value, second: singles[refusal]!.label!.value }, {
        fix: { message: { kk: '«немесе» деп біріктіру', en: 'join them with «немесе»' }, range, replacement: ' немесе ' },
      });
    }
  }
}
