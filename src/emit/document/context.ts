// What the wording of one act needs while it is written: names of entities and documents, and whether the standard was cited yet.
import type { RefTarget } from '../../ast/nodes.js';
import type { StandardDecl } from '../../ast/nodes.js';
import type { Model } from '../../semantic/model.js';
import { actInstrumental, inflect, inflectPhrase, writtenDate } from './kazakh.js';

/** A piece of a paragraph: a sentence of its own line, or a numbered sub-item. */
export interface Piece {
  text: string;
  /** Sub-items are numbered lines of a list; `number` is their printed number. */
  sub: boolean;
  number: number | null;
  step: { procedure: string; step: string } | null;
  /** True when the paragraph's lead («… атауы:») runs on into this piece. */
  runsOn: boolean;
}

export function piece(text: string, options: Partial<Omit<Piece, 'text'>> = {}): Piece {
  return { text, sub: options.sub ?? false, number: options.number ?? null, step: options.step ?? null, runsOn: options.runsOn ?? false };
}

export class Wording {
  private standardCited = false;

  constructor(readonly model: Model) {}

  get title(): string {
    return this.model.file.title.value;
  }

  /** The name an entity is printed under in a sentence: the short name the act gave it («бұдан әрі – …»), else its full name. */
  entityName(id: string): string {
    const entity = this.model.entities.get(id);
    return entity?.shortName ?? entity?.names[0] ?? id;
  }

  isSystem(id: string): boolean {
    return this.model.entities.get(id)?.kind === 'system';
  }

  documentText(id: string): string {
    return this.model.documents.get(id)?.text ?? id;
  }

  /**
   * The standard as a sentence names it: in full with «(бұдан әрі – …)» the first time, then by its short
   * name, in the genitive («Стандарттың»), as «… Стандарттың 9-тармағына» reads.
   */
  standardGenitive(): string {
    const standard = this.model.file.standard;
    const short = standard?.hereinafter?.text.value ?? 'стандарт';
    if (!standard || this.standardCited) return inflect(short, 'genitive');
    this.standardCited = true;
    return citation(standard, short);
  }

  /**
   * A text that names the standard by its short name before the standard was cited («стандарттың 1-қосымшасына …»)
   * gets the full citation there: the act cites the standard in full where it first refers to it.
   */
  citeIn(text: string): string {
    const standard = this.model.file.standard;
    if (!standard || this.standardCited) return text;
    const genitive = inflect(standard.hereinafter?.text.value ?? 'стандарт', 'genitive');
    const at = text.toLowerCase().indexOf(genitive.toLowerCase());
    if (at < 0) return text;
    return text.slice(0, at) + this.standardGenitive() + text.slice(at + genitive.length);
  }

  /** The words a reference to the standard adds before a document: «Стандарттың 1-қосымшасына сәйкес нысан бойынша». */
  referencePhrase(refs: RefTarget[], text: string, refusal: boolean): string {
    const parts: string[] = [];
    for (const ref of refs) {
      if (ref.kind !== 'StandardRef') continue;
      const numbers = ref.numbers.join(', ');
      // A text that already names the reference carries it itself.
      if (text.includes(`${ref.numbers[ref.numbers.length - 1]}-${ref.part === 'item' ? 'тармағ' : 'қосымша'}`)) continue;
      parts.push(ref.part === 'appendix'
        ? `${this.standardGenitive()} ${numbers}-қосымшасына сәйкес нысан бойынша`
        : `${this.standardGenitive()} ${numbers}-тармағында ${refusal ? 'көрсетілген жағдайлар және негіздер бойынша' : 'көрсетілген'}`);
    }
    return parts.join(' ');
  }
}

/** «… министрінің 2015 жылғы 13 сәуірдегі № 198 бұйрығымен бекітілген «…» мемлекеттік көрсетілетін қызмет стандартының (бұдан әрі – Стандарт)». */
function citation(standard: StandardDecl, short: string): string {
  const words: string[] = [];
  if (standard.title) words.push(`«${standard.title.value}»`);
  if (standard.body) words.push(inflectPhrase(standard.body.value, 'genitive'));
  const date = writtenDate(standard.act.date?.iso);
  if (date) words.push(date);
  words.push(`№ ${standard.act.number}`);
  words.push(actInstrumental(kindOf(standard.act.actKind.words.join(' ')), standard.act.actKind.words.join(' ')));
  if (standard.registration) words.push(`(нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № ${standard.registration.number} болып тіркелген)`);
  words.push('бекітілген');
  if (standard.name) words.push(`«${standard.name.value}»`);
  words.push(`мемлекеттік көрсетілетін қызмет стандартының (бұдан әрі – ${short})`);
  return words.join(' ');
}

export function kindOf(written: string): string {
  if (written.startsWith('қаул')) return 'resolution';
  if (written.startsWith('бұйр')) return 'order';
  if (written.startsWith('шешім')) return 'decision';
  return written;
}
