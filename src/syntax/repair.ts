// Parsing with keyword repair: a keyword slip («жағдайларда», «ұзактығы») is read as the keyword it stands for, so one slip gives one error.
import { createTokenInstance, EOF, type IRecognitionException, type IToken } from 'chevrotain';
import { DiagnosticBag } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { foldWord } from '../text/characters.js';
import type { LineMap } from '../text/line-map.js';
import { KEYWORDS, formsOf } from './keywords.js';
import { sameStem } from './morphology.js';
import { keywordSuggestion } from './parse-errors.js';
import { parseTokens, type ParseResult } from './parser.js';
import { keywordToken } from './tokens.js';

/** The token of every single-word keyword form, by its folded spelling. */
const TOKEN_OF_FORM = new Map<string, string>();
for (const entry of KEYWORDS) for (const form of formsOf(entry)) if (!/\s/.test(form)) TOKEN_OF_FORM.set(foldWord(form), entry.token);
const SINGLE_WORD_FORMS = [...TOKEN_OF_FORM.keys()];

export interface Repair {
  token: IToken;
  /** The keyword form the word was read as. */
  suggestion: string;
}

export interface RepairedParse extends ParseResult {
  /** The tokens as parsed: the file's, with each repaired word retyped to its keyword. */
  tokens: IToken[];
  repairs: Repair[];
}

/** Repairs are tried this many times: each pass may reveal the next slip further on. */
const MAX_PASSES = 3;
/** Candidates tried one by one when trying them all at once does not help. */
const MAX_SINGLE_TRIALS = 5;

function indexAt(tokens: IToken[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = tokens[mid]!.startOffset;
    if (at === offset) return mid;
    if (at < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The keyword a word at an error may stand for: the same stem in another form, else a near spelling. */
function candidate(error: IRecognitionException, tokens: IToken[]): { index: number; form: string } | undefined {
  const token = error.token;
  if (token.tokenType === EOF || Number.isNaN(token.startOffset) || token.tokenType.name !== 'Identifier') return undefined;
  const index = indexAt(tokens, token.startOffset);
  if (index < 0) return undefined;
  const form = sameStem(token.image, SINGLE_WORD_FORMS) ?? keywordSuggestion(error);
  return form && TOKEN_OF_FORM.has(foldWord(form)) ? { index, form } : undefined;
}

function retyped(tokens: IToken[], repairs: { index: number; form: string }[]): IToken[] {
  const out = tokens.slice();
  for (const { index, form } of repairs) {
    const t = out[index]!;
    const type = keywordToken(TOKEN_OF_FORM.get(foldWord(form))!);
    out[index] = createTokenInstance(type, t.image, t.startOffset, t.endOffset ?? t.startOffset, t.startLine ?? Number.NaN, t.endLine ?? Number.NaN, t.startColumn ?? Number.NaN, t.endColumn ?? Number.NaN);
  }
  return out;
}

/**
 * Parses, and where an error stands on a word that is a keyword in another case or a near misspelling,
 * reads the word as that keyword and parses again; a repair is kept only when it leaves fewer errors, so
 * a word that really is a stray name is never turned into a keyword.
 */
export function parseWithRepairs(tokens: IToken[]): RepairedParse {
  let current = tokens;
  let parsed = parseTokens(current);
  const repairs: Repair[] = [];
  for (let pass = 0; pass < MAX_PASSES && parsed.errors.length > 0; pass++) {
    const seen = new Set<number>();
    const candidates = parsed.errors.map((e) => candidate(e, current)).filter((c): c is { index: number; form: string } => {
      if (!c || seen.has(c.index)) return false;
      seen.add(c.index);
      return true;
    });
    if (candidates.length === 0) break;
    const trials = [candidates, ...(candidates.length > 1 ? candidates.slice(0, MAX_SINGLE_TRIALS).map((c) => [c]) : [])];
    let accepted: { tokens: IToken[]; parsed: ParseResult; applied: typeof candidates } | undefined;
    for (const trial of trials) {
      const trialTokens = retyped(current, trial);
      const trialParsed = parseTokens(trialTokens);
      if (trialParsed.errors.length < parsed.errors.length) {
        accepted = { tokens: trialTokens, parsed: trialParsed, applied: trial };
        break;
      }
    }
    if (!accepted) break;
    for (const { index, form } of accepted.applied) repairs.push({ token: current[index]!, suggestion: form });
    current = accepted.tokens;
    parsed = accepted.parsed;
  }
  return { ...parsed, tokens: current, repairs };
}

/** One TRT1008 per repaired word, with the keyword as the fix. */
export function repairDiagnostics(repairs: Repair[], lines: LineMap, file: string): Diagnostic[] {
  const bag = new DiagnosticBag(file);
  for (const { token, suggestion } of repairs) {
    const range = lines.range(token.startOffset, token.startOffset + token.image.length);
    bag.add('TRT1008', range, { found: token.image, suggestion }, {
      fix: { message: { kk: `«${suggestion}» деп түзету`, en: `replace with «${suggestion}»` }, range, replacement: suggestion },
    });
  }
  return bag.items;
}
