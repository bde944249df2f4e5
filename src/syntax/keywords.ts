// Loads the keyword table (grammar/keywords.json) and answers questions about keyword forms.
import table from '../../grammar/keywords.json' with { type: 'json' };

export interface KeywordEntry {
  token: string;
  role: string;
  en: string;
  kk: string[];
  'kk-latn': string[];
  ru: string[];
}

export const KEYWORDS: readonly KeywordEntry[] = table.keywords;

/** Every surface form of a keyword, canonical Kazakh form first. */
export function formsOf(entry: KeywordEntry): string[] {
  return [...new Set([...entry.kk, ...entry['kk-latn'], ...entry.ru])];
}

const BY_TOKEN = new Map(KEYWORDS.map((entry) => [entry.token, entry]));

export function keywordEntry(token: string): KeywordEntry | undefined {
  return BY_TOKEN.get(token);
}

/** Kazakh canonical form of a keyword token, e.g. «ұзақтығы» for Duration. */
export function canonicalForm(token: string): string | undefined {
  return BY_TOKEN.get(token)?.kk[0];
}
