// Binding, part 2: resolves every reference to an entity, document, procedure or step, with «did you mean».
import type { EntityRef, Name, OutcomeExpr, StepRef } from '../ast/nodes.js';
import type { DiagnosticBag } from '../diagnostics/create.js';
import { closest } from '../diagnostics/suggest.js';
import type { Bilingual, Range } from '../diagnostics/types.js';
import type { BoundProcedure, DocumentSymbol, Entity, Model } from './model.js';
import { WHAT, didYouMean } from './names.js';

/**
 * «Did you mean» compares a name with every declared one; past this many unknown names in a file, a file
 * that is not a regulation at all would spend seconds on suggestions nobody reads, so they stop.
 */
const MAX_SUGGESTIONS = 100;

export class Resolver {
  private suggestionsLeft = MAX_SUGGESTIONS;

  constructor(
    private readonly model: Pick<Model, 'entities' | 'documents' | 'procedures'>,
    private readonly bag: DiagnosticBag,
  ) {}

  /**
   * Reports an unknown name with the closest declared one. That one counts as used: it is what the
   * misspelt reference means, and «declared but never used» on it would only repeat the same slip.
   */
  private unknown(name: string, range: Range, candidates: Iterable<string>, what: Bilingual, symbols?: Map<string, { used: boolean }>): void {
    const suggestion = this.suggestionsLeft-- > 0 ? closest(name, candidates) : undefined;
    const meant = suggestion === undefined ? undefined : symbols?.get(suggestion);
    if (meant) meant.used = true;
    this.bag.add('TRT2001', range, { name, what, hint: didYouMean(suggestion) }, suggestion
      ? { fix: { message: { kk: `«${suggestion}» деп түзету`, en: `replace with «${suggestion}»` }, range, replacement: suggestion } }
      : {});
  }

  entity(ref: EntityRef | undefined): Entity | undefined {
    if (!ref || ref.name === '') return undefined;
    const entity = this.model.entities.get(ref.name);
    if (!entity) {
      this.unknown(ref.name, ref.range, this.model.entities.keys(), WHAT.entity, this.model.entities);
      return undefined;
    }
    entity.used = true;
    return entity;
  }

  procedure(name: string, range: Range): BoundProcedure | undefined {
    if (name === '') return undefined;
    const procedure = this.model.procedures.get(name);
    if (!procedure) this.unknown(name, range, this.model.procedures.keys(), WHAT.procedure);
    return procedure;
  }

  /** Resolves every name of an outcome; the bare «бас тарту» means the one declared refusal. */
  outcome(expr: OutcomeExpr): DocumentSymbol[][] {
    return expr.alternatives.map((bundle) =>
      bundle.flatMap((atom) => {
        if (atom.kind === 'AnyRefusal') {
          const refusals = [...this.model.documents.values()].filter((d) => d.role === 'refusal');
          if (refusals.length === 1) {
            refusals[0]!.used = true;
            return refusals;
          }
          if (refusals.length === 0) this.unknown('бас тарту', atom.range, [], WHAT.refusal);
          else this.bag.add('TRT2010', atom.range, { count: refusals.length });
          return [];
        }
        if (atom.name === '') return [];
        const doc = this.model.documents.get(atom.name);
        if (!doc) {
          this.unknown(atom.name, atom.range, this.model.documents.keys(), WHAT.document, this.model.documents);
          return [];
        }
        doc.used = true;
        return [doc];
      }),
    );
  }

  /** A document a step makes or uses: any declared document, result or intermediate. */
  document(name: Name): DocumentSymbol | undefined {
    if (name.name === '') return undefined;
    const doc = this.model.documents.get(name.name);
    if (!doc) {
      this.unknown(name.name, name.range, this.model.documents.keys(), WHAT.anyDocument, this.model.documents);
      return undefined;
    }
    doc.used = true;
    return doc;
  }

  /** The index of the step a reference names within a procedure. */
  step(procedure: BoundProcedure, ref: StepRef): number | undefined {
    if (Number.isNaN(ref.number)) return undefined;
    const index = procedure.node.steps.findIndex((s) => {
      if (ref.labelKind === 'process' || ref.labelKind === 'condition') {
        return s.systemLabel?.role === ref.labelKind && s.systemLabel.number === ref.number;
      }
      return s.label.number === ref.number;
    });
    if (index < 0) {
      this.bag.add('TRT2004', ref.range, { procedure: procedure.id, step: ref.written });
      return undefined;
    }
    return index;
  }
}
