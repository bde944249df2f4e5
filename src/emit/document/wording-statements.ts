// The act's sentences for the statements of a paragraph, from their structure: provider, channels, forms, results, basis, lists.
import type { Hereinafter, OutcomeAtom } from '../../ast/nodes.js';
import type {
  BasisStmt, ChannelItem, ChannelStmt, DocumentDecl, FormStmt, ParticipantsStmt, ProviderStmt, ServiceResultStmt, Statement, TermStmt,
} from '../../ast/statements.js';
import { capitalise } from './kazakh.js';
import { piece, type Piece, type Wording } from './context.js';

export function hereinafter(h: Hereinafter | undefined): string {
  return h ? ` (бұдан әрі – ${h.text.value})` : '';
}

/** Ends a sentence once: «…» → «….», leaving a sentence that already ends alone. */
export function sentence(text: string, end = '.'): string {
  const trimmed = text.trimEnd().replace(/[;,:]$/, '');
  return /[.!?]$/.test(trimmed) ? trimmed : trimmed + end;
}

function provider(w: Wording, s: ProviderStmt, lead: boolean): Piece[] {
  const names = s.names.map((n) => n.value).join(', ');
  if (lead) return [piece(sentence(`${names}${hereinafter(s.hereinafter)}`), { runsOn: true })];
  return [piece(`«${w.title}» мемлекеттік көрсетілетін қызметін (бұдан әрі – мемлекеттік көрсетілетін қызмет) ${names}${hereinafter(s.hereinafter)} көрсетеді.`)];
}

const CHANNEL_LEADS = {
  intake: 'Мемлекеттік қызмет көрсету үшін өтінішті қабылдау',
  issuance: 'Мемлекеттік қызмет көрсетудің нәтижесін беру',
  both: 'Өтініштерді қабылдау және мемлекеттік қызмет көрсету нәтижелерін беру',
} as const;

function channelName(w: Wording, item: ChannelItem): string {
  const e = item.entity;
  if (e.kind === 'EntityRef') return item.text?.value ?? w.entityName(e.name);
  return `${item.text?.value ?? e.text.value}${hereinafter(e.hereinafter)}`;
}

function channels(w: Wording, s: ChannelStmt): Piece[] {
  const lead = s.lead?.value ?? CHANNEL_LEADS[s.direction];
  const numbered = s.items.filter((i) => i.number !== null);
  if (numbered.length === 0) return [piece(`${lead} ${s.items.map((i) => channelName(w, i)).join(', ')} арқылы жүзеге асырылады.`)];
  return [
    piece(`${lead}:`),
    ...s.items.map((item, k) => piece(k === s.items.length - 1 ? `${item.number ?? k + 1}) ${channelName(w, item)} арқылы жүзеге асырылады.` : `${item.number ?? k + 1}) ${channelName(w, item)};`, { sub: true, number: item.number })),
  ];
}

const FORM_LEADS = { service: 'Мемлекеттік қызмет көрсету нысаны –', result: 'Мемлекеттік қызмет көрсету нәтижесін ұсыну нысаны –' } as const;

/** The forms as written: «электрондық (ішінара автоматтандырылған) және (немесе) қағаз жүзінде». */
export function formsWritten(s: FormStmt): string {
  return s.terms
    .map((t, k) => {
      const term = [t.words.words.join(' '), t.qualifier ? `(${t.qualifier.words.join(' ')})` : '', t.trailing?.words.join(' ') ?? ''].filter((x) => x !== '').join(' ');
      const join = k < s.conjunctions.length ? s.conjunctions[k]! : '';
      return join === ',' ? `${term},` : join ? `${term} ${join}` : term;
    })
    .join(' ');
}

function form(s: FormStmt, lead: boolean): Piece[] {
  const text = sentence(formsWritten(s));
  return lead ? [piece(text, { runsOn: true })] : [piece(`${FORM_LEADS[s.target]} ${text}`)];
}

function documentPhrase(w: Wording, d: DocumentDecl): string {
  const refs = w.referencePhrase(d.annotations, d.text.value, d.role === 'refusal');
  return `${refs ? `${refs} ` : ''}${w.citeIn(d.text.value)}${hereinafter(d.hereinafter)}`;
}

function outcome(w: Wording, s: ServiceResultStmt, declared: Map<string, DocumentDecl>): string {
  const atom = (a: OutcomeAtom): string => {
    if (a.kind === 'AnyRefusal') return [...declared.values()].find((d) => d.role === 'refusal') ? documentPhrase(w, [...declared.values()].find((d) => d.role === 'refusal')!) : 'бас тарту';
    const d = declared.get(a.name);
    return d ? documentPhrase(w, d) : w.documentText(a.name);
  };
  return s.outcome.alternatives.map((bundle) => bundle.map(atom).join(' және ')).join(' немесе ');
}

function basis(s: BasisStmt, lead: boolean): Piece[] {
  if (lead) return [piece(sentence(s.text.value), { runsOn: true })];
  return [piece(`Мемлекеттік қызмет көрсету бойынша рәсімді (іс-қимылды) бастауға ${s.text.value} негіз болады.`)];
}

function term(s: TermStmt): Piece[] {
  const written = s.duration.parts.map((alts) => alts.map((t) => t.written).join(' немесе ')).join('; ');
  return [piece(sentence(`Мемлекеттік қызмет көрсету мерзімі ${written}`))];
}

function participants(s: ParticipantsStmt): Piece[] {
  const items = s.items.map((item, k) => piece(`${item.number ?? k + 1}) ${item.text.value}${hereinafter(item.hereinafter)}${k === s.items.length - 1 ? '.' : ';'}`, { sub: true, number: item.number }));
  return s.lead ? [piece(sentence(s.lead.value, ':')), ...items] : items;
}

/**
 * The sentences of a paragraph's statements other than procedures and step results. Documents named in a
 * result sentence of the same paragraph are printed there, as the acts do; results are one sentence
 * («Мемлекеттік қызмет көрсетудің нәтижесі: … – …; … – ….»).
 */
export function statementPieces(w: Wording, statements: Statement[], hasLead: boolean): Piece[] {
  const declared = new Map(statements.filter((s): s is DocumentDecl => s.kind === 'DocumentDecl').map((d) => [d.name.name, d]));
  const results = statements.filter((s): s is ServiceResultStmt => s.kind === 'ServiceResult');
  const inResults = new Set(results.flatMap((r) => r.outcome.alternatives.flat().map((a) => (a.kind === 'Name' ? a.name : ''))));
  const pieces: Piece[] = [];
  let first = true;
  for (const s of statements) {
    const lead = hasLead && first;
    const before = pieces.length;
    switch (s.kind) {
      case 'Provider': pieces.push(...provider(w, s, lead)); break;
      case 'Channels': pieces.push(...channels(w, s)); break;
      case 'Form': pieces.push(...form(s, lead)); break;
      case 'Basis': pieces.push(...basis(s, lead)); break;
      case 'Term': pieces.push(...term(s)); break;
      case 'Participants': pieces.push(...participants(s)); break;
      case 'TextStmt': pieces.push(piece(s.text.value)); break;
      case 'Delivery': if (s.text) pieces.push(piece(s.text.value)); break;
      case 'DocumentDecl':
        if (!inResults.has(s.name.name)) pieces.push(piece(sentence(`${s.number !== null ? `${s.number}) ` : ''}${capitalise(documentPhrase(w, s))}`, s.number !== null ? ';' : '.'), { sub: s.number !== null, number: s.number }));
        break;
      case 'ServiceResult': {
        if (s !== results[0]) break;
        const clauses = results.map((r) => (r.text ? `${r.text.value} – ${outcome(w, r, declared)}` : outcome(w, r, declared)));
        const text = clauses.join('; ') + '.';
        pieces.push(lead ? piece(text, { runsOn: true }) : piece(`Мемлекеттік қызмет көрсетудің нәтижесі: ${text}`));
        break;
      }
      default: break;
    }
    if (pieces.length > before) first = false;
  }
  return pieces;
}
