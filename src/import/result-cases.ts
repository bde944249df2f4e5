// Reads a result paragraph that gives one result per channel: «… жүгінген кезде – A немесе B; порталда – C (бұдан әрі – …)».
import { squeeze } from './normalise.js';
import { trimEnd } from './phrases.js';

export interface ResultCase {
  /** The case as printed («көрсетілетін қызметті берушіге жүгінген кезде», «порталда»). */
  words: string;
  /** What the service gives in that case. */
  list: string;
}

/** «… кезде –», «… жағдайда –», or one word in the locative («порталда –») opens a case. */
const CASE = /^(.+?\s(?:кезде|жағдайда)|[^\s–—-]+(?:да|де|та|те))\s*[–—-]\s+(.+)$/u;

/** The cases of «нәтижесі: case – results; case – results», when every part after the colon is one; otherwise undefined. */
export function resultCases(text: string): ResultCase[] | undefined {
  const colon = text.match(/нәтижесі\s*:\s*/u);
  if (!colon) return undefined;
  const parts = text.slice(colon.index! + colon[0].length).split(/;\s*/u).map((p) => trimEnd(p)).filter(Boolean);
  if (parts.length < 2) return undefined;
  const cases = parts.map((p) => p.match(CASE));
  if (!cases.every(Boolean)) return undefined;
  return cases.map((m) => ({ words: squeeze(m![1]!), list: m![2]! }));
}
