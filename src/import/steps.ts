// Reads one numbered step of a procedure: performer, action, duration, result, and a «немесе … жағдайда» branch.
import { findDurations, unreadDurations, writeDuration } from './durations.js';
import { squeeze } from './normalise.js';
import { trimEnd } from './phrases.js';

export interface Performer {
  id: string;
  /** The forms the act names it by, longest first. */
  names: string[];
}

export interface ReadBranch {
  condition: string;
  closer: string;
  action: string;
  duration: string | null;
  target: 'бас тарту' | 'аяқталу';
}

export interface ReadStep {
  performer: string | null;
  action: string;
  duration: string | null;
  result: string | null;
  branch: ReadBranch | null;
  /** Text printed after the step's last sentence (the paragraph's closing sentence). */
  trailing: string | null;
  durationsFound: number;
  /** Printed groups that look like durations but do not read as one. */
  unread: string[];
  /** How many cases of the step print a result of their own before its closing one (they stay in its action text). */
  cases: number;
}

const RESULT = /(?:Рәсімнің|рәсімнің)\s*\((?:іс-қимылдың|іс-қимылдардың)\)\s*нәтижесі\s*[:–—-]\s*/u;
const RESULTS = new RegExp(RESULT.source, 'gu');
const BRANCH = /^(.*?)[,;]?\s+немесе\s+(?:егер\s+)?(.+?)\s+(жағдайда|жағдайларда|кезде)\s*,\s*(.+)$/u;

const CASE_AFTER_SEMICOLON = /^(.*?);\s+(?:егер\s+)?(.+?)\s+(жағдайда|жағдайларда)(\s*,\s*.+|\s+.+)$/u;

const fold = (s: string) => s.toLocaleLowerCase('kk');

/** One letter added, dropped or changed: the print's slips («қызеткері» for «қызметкері»). */
function oneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(i + (a.length >= b.length ? 1 : 0)) === b.slice(i + (b.length >= a.length ? 1 : 0));
}

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length >= 6 && b.length >= 6 && oneEdit(a, b)) return true;
  const n = Math.min(a.length, b.length);
  let common = 0;
  while (common < n && a[common] === b[common]) common++;
  return common >= 4 && common >= n - 2;
}

/** The performer whose name the sentence begins with (case endings aside), and how many words it took. */
export function matchPerformer(sentence: string, performers: Performer[]): { id: string; words: number } | undefined {
  const words = fold(sentence).replace(/[«»]/g, '').split(' ');
  let best: { id: string; words: number } | undefined;
  for (const p of performers) {
    for (const name of p.names) {
      const nameWords = fold(name).replace(/[«»]/g, '').split(' ');
      if (nameWords.length > words.length || (best && nameWords.length <= best.words)) continue;
      if (nameWords.every((w, i) => sameWord(w, words[i]!))) best = { id: p.id, words: nameWords.length };
    }
  }
  return best;
}

function dropWords(sentence: string, n: number): string {
  return sentence.split(' ').slice(n).join(' ');
}

/**
 * Reads a step's printed text. A step the act labels «N-процесс –» / «N-шарт –» is a noun phrase
 * («көрсетілетін қызметті алушының … енгізуі»): its performer's words are part of what it says, and stay (`nominal`).
 */
export function readStep(text: string, performers: Performer[], nominal = false): ReadStep {
  let body = squeeze(text);
  let result: string | null = null;
  let trailing: string | null = null;
  // Cases printed one after another, each with «Рәсімнің нәтижесі: …» of its own: the step's result is the one
  // closing the item, its duration the one printed just before it; the earlier cases stay in its text as printed.
  const results = [...body.matchAll(RESULTS)];
  const r = results[results.length - 1];
  const cases = results.length - 1;
  if (cases > 0) {
    const after = body.slice(r!.index! + r![0].length);
    const head = body.slice(0, r!.index);
    const end = after.search(/[.;](\s+[А-ЯӘҒҚҢӨҰҮҺІ]|\s*$)/u);
    const rest = end >= 0 ? squeeze(after.slice(end + 1)) : '';
    const durations = findDurations(head);
    const last = durations[durations.length - 1];
    const closes = last && /^\s*\.?\s*$/u.test(head.slice(last.end));
    const cut = squeeze((closes ? head.slice(0, last.start) : head).replace(/\s+([,.;])/g, '$1'));
    const who = matchPerformer(cut, performers);
    return {
      performer: who?.id ?? null, action: trimEnd(who && !nominal ? dropWords(cut, who.words) : cut),
      duration: closes ? last.written : null, result: trimEnd(end >= 0 ? after.slice(0, end) : after), branch: null,
      trailing: rest || null, durationsFound: durations.length, unread: unreadDurations(head), cases,
    };
  }
  if (r) {
    const after = body.slice(r.index! + r[0].length);
    body = body.slice(0, r.index);
    // The result ends with the item's «;» or «.»; a sentence after it closes the paragraph.
    const end = after.search(/[.;](\s+[А-ЯӘҒҚҢӨҰҮҺІ]|\s*$)/u);
    result = trimEnd(end >= 0 ? after.slice(0, end) : after);
    const rest = end >= 0 ? squeeze(after.slice(end + 1)) : '';
    trailing = rest || null;
  }
  // «… жүзеге асырады. Орындалу ұзақтығы – 30 (отыз) минут.» states the duration as a sentence of its own.
  let stated: string | null = null;
  const sentence = body.match(/\.?\s*(?:Орындалу|орындалу|Орындау|орындау)\s+ұзақтығы\s*[–—:-]\s*([^.;]+)[.;]?\s*/u);
  if (sentence && writeDuration(sentence[1]!)) {
    stated = writeDuration(sentence[1]!)!;
    const rest = squeeze(body.slice(sentence.index! + sentence[0].length));
    if (rest) trailing = trailing ? `${rest} ${trailing}` : rest;
    body = body.slice(0, sentence.index);
  }
  let durations = findDurations(body);
  // A duration closing a sentence ends the step's action; what follows is another sentence of the paragraph.
  const closing = durations.find((d) => /^\s*\.\s+\S/u.test(body.slice(d.end)));
  if (closing) {
    const rest = squeeze(body.slice(closing.end).replace(/^\s*\.\s*/u, ''));
    trailing = trailing ? `${rest} ${trailing}` : rest;
    body = body.slice(0, closing.end);
    durations = durations.filter((d) => d.end <= closing.end);
  }
  let cut = body;
  for (const d of [...durations].reverse()) cut = cut.slice(0, d.start) + cut.slice(d.end);
  cut = squeeze(cut.replace(/\s+([,.;])/g, '$1'));
  // «оң қорытынды болған кезде, көрсетілетін қызметті берушінің орындаушысы …»: the performer follows the case the step opens with; the words stay as printed.
  const opensWithCase = cut.match(/^[^,;()]+?\s+(?:кезде|жағдайда|жағдайларда),?\s+(.+)$/u);
  const after = opensWithCase ? matchPerformer(opensWithCase[1]!, performers) : undefined;
  let who = matchPerformer(cut, performers) ?? (after ? { id: after.id, words: 0 } : undefined);
  // A noun phrase headed by a bare verbal noun («… туралы хабарлама қалыптастыру») names no one who acts: a name in
  // it («көрсетілетін қызметті алушының деректерінде …») is whose data, not the performer. Only a possessive head
  // («алушының … енгізуі») makes the genitive its subject.
  if (nominal && who && /[уұю]$/u.test(fold(trimEnd(cut).replace(/\s*\([^()]*\)\s*$/u, '').split(' ').pop() ?? ''))) who = undefined;
  // «порталда … тексеріледі»: a performer named in the locative is where the step happens, not its subject; the words stay.
  const where = who && who.words > 0 && /(?:да|де|та|те)$/u.test(fold(cut.split(' ')[who.words - 1] ?? ''));
  let action = who && !nominal && !where ? dropWords(cut, who.words) : cut;
  let branch: ReadBranch | null = null;
  let duration = stated ?? (durations.length ? durations[durations.length - 1]!.written : null);
  // «…; көрсетілетін қызметті алушы … ұсынған жағдайларда, көрсетілетін қызметті беруші … бас тартады»: a case of its own after a semicolon.
  const semi = trimEnd(action).match(BRANCH) ? null : trimEnd(action).match(CASE_AFTER_SEMICOLON);
  const b = trimEnd(action).match(BRANCH) ?? (semi && (semi[4]!.startsWith(',') || matchPerformer(semi[4]!.trim(), performers)) ? semi : null);
  if (b) {
    let branchAction = b[4]!.replace(/^\s*,?\s*/u, '');
    const again = matchPerformer(branchAction, performers);
    if (again) branchAction = dropWords(branchAction, again.words);
    branchAction = trimEnd(branchAction);
    branch = {
      condition: squeeze(b[2]!),
      closer: b[3]!,
      action: branchAction,
      duration: null,
      target: /бас\s+тарт/u.test(branchAction) ? 'бас тарту' : 'аяқталу',
    };
    // Two durations around a branch: the step keeps the last, as the act's closing bracket; the other is the branch's.
    if (b === semi) {
      // After a semicolon the case follows the step's own sentence: each keeps the durations printed in it.
      const at = body.indexOf(b[2]!.split(' ').slice(0, 4).join(' '));
      const own = durations.filter((d) => at < 0 || d.start < at);
      const its = durations.filter((d) => at >= 0 && d.start > at);
      duration = own.length ? own[own.length - 1]!.written : null;
      branch.duration = its.length ? its[its.length - 1]!.written : null;
    } else if (durations.length === 2) branch.duration = durations[0]!.written;
    action = b[1]!;
  }
  const unread = unreadDurations(body);
  return { performer: who?.id ?? null, action: trimEnd(action), duration, result, branch, trailing, durationsFound: durations.length, unread, cases: 0 };
}
