// fast-check generators of hostile sources: token soup from the language's own vocabulary, and mutations of real files.
import fc from 'fast-check';
import keywords from '../../grammar/keywords.json' with { type: 'json' };
import numerals from '../../grammar/numerals.json' with { type: 'json' };
import vocabulary from '../../grammar/vocabulary.json' with { type: 'json' };

// ---- vocabulary -----------------------------------------------------------------------------

function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsIn(v, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) if (key === 'forms' || Array.isArray(v)) stringsIn(v, out);
  }
  return out;
}

const KEYWORD_FORMS = keywords.keywords.flatMap((k) => [...k.kk, ...k['kk-latn'], ...k.ru]);
const NUMERAL_WORDS = [...Object.keys(numerals.ones), ...Object.keys(numerals.tens), numerals.hundred, numerals.thousand, numerals.million, numerals.half, ...Object.keys(numerals.latin)];
const VOCABULARY_WORDS = stringsIn(vocabulary);
const NAMES = ['МК', 'МК-қызметкері', 'МК-жинақтау', 'кеңсе', 'басшы', 'орындаушы', 'портал', 'ЭҮШ', 'ЭҮАШ-АЖО', 'ЖТ-МДБ', 'ЭЦҚ', 'кеңсе-рәсімі', 'портал-рәсімі', 'анықтама', 'дәлелді-жауап', 'өкіл', 'x', '_', 'a-b'];
const PUNCTUATION = [':', ';', ',', '.', '(', ')', '[', ']', '№', '*', '→', '->', '=>', '–', '—', '-', '"', '«', '»', '“', '”', '§', '#'];
const WORDS = ['құжаттарды', 'тіркейді', 'береді', 'мемлекеттік', 'қызмет', 'жағдайда', 'Стандарттың', 'күні', 'бойынша'];

const casing = (word: string) =>
  fc.constantFrom<(w: string) => string>((w) => w, (w) => w.toUpperCase(), (w) => w.charAt(0).toUpperCase() + w.slice(1)).map((f) => f(word));

const word = fc.oneof(
  fc.constantFrom(...KEYWORD_FORMS).chain(casing),
  fc.constantFrom(...NUMERAL_WORDS),
  fc.constantFrom(...VOCABULARY_WORDS),
  fc.constantFrom(...NAMES),
  fc.constantFrom(...WORDS),
);

const textBody = fc.array(word, { maxLength: 6 }).map((ws) => ws.join(' '));

const literal = fc.oneof(
  textBody.map((t) => `«${t}»`),
  fc.tuple(textBody, textBody, textBody).map(([a, b, c]) => `«${a} «${b}» ${c}»`),
  textBody.map((t) => `«${t}`),
  textBody.map((t) => `${t}»`),
  textBody.map((t) => `"${t}"`),
  textBody.map((t) => `"${t} \\" ${t}`),
  textBody.map((t) => `“${t}”`),
  fc.nat({ max: 1_000_000 }).map(String),
  fc.tuple(fc.nat(99), fc.nat(9)).map(([a, b]) => `${a},${b}`),
  fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1900, max: 2100 })).map(([d, m, y]) => `${d}.${m}.${y}`),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 40 })).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.tuple(fc.nat(20), fc.constantFrom(')', '-іс-қимыл', '-процесс', '-шарт', '-қосымша', '-тармағы', '.')).map(([n, s]) => `${n}${s}`),
  textBody.map((t) => `# ${t}`),
);

const token = fc.oneof({ weight: 5, arbitrary: word }, { weight: 3, arbitrary: fc.constantFrom(...PUNCTUATION) }, { weight: 3, arbitrary: literal });
const separator = fc.constantFrom(' ', ' ', ' ', '\n', '\n  ', '\n     ', '\r\n', '\t', '');

/** The minimal header, so token soup also reaches the binder and the emitters. */
export const HEADER = 'регламент «Сынақ»\nбекітілген: қаулы № 1, 01.01.2020\nбөлім 1 «Жалпы ережелер»\n';

/** Random token streams from the language's own vocabulary, joined by random whitespace. */
export const tokenStream: fc.Arbitrary<string> = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(token, separator), { maxLength: 120 }))
  .map(([header, parts]) => (header ? HEADER : '') + parts.map(([t, s]) => t + s).join(''));

// ---- noise ----------------------------------------------------------------------------------

/** Characters that real pasted text carries and that break naive code. */
const HAZARDS = [
  '\u0000', '\ufeff', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2069',
  '\u200b', '\u200c', '\u200d', '\u2060', '\u00ad', '\u00a0', '\u2028', '\u2029', '\u0085', '\u000b', '\u000c',
  '\r', '\r\n', '\n', '\t', '\ufffd', '\ufffe', '\uffff', '\u0301', '\u0306', '\u0483', '𝔸', '😀', '\u{10ffff}',
];
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

export const noise: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...HAZARDS),
  loneSurrogate,
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  token,
);

// ---- mutations ------------------------------------------------------------------------------

/** Positions are fractions of the current length, so a mutation means the same thing after shrinking. */
const at = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

export type Mutation =
  | { kind: 'delete-line'; at: number }
  | { kind: 'duplicate-line'; at: number }
  | { kind: 'swap-lines'; at: number; other: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'replace-char'; at: number; text: string }
  | { kind: 'look-alike'; at: number }
  | { kind: 'decompose'; at: number }
  | { kind: 'line-breaks'; to: '\r\n' | '\r' }
  | { kind: 'bom' };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  at.map((a) => ({ kind: 'delete-line' as const, at: a })),
  at.map((a) => ({ kind: 'duplicate-line' as const, at: a })),
  fc.tuple(at, at).map(([a, b]) => ({ kind: 'swap-lines' as const, at: a, other: b })),
  at.map((a) => ({ kind: 'truncate' as const, at: a })),
  fc.tuple(at, noise).map(([a, text]) => ({ kind: 'insert' as const, at: a, text })),
  fc.tuple(at, noise).map(([a, text]) => ({ kind: 'replace-char' as const, at: a, text })),
  at.map((a) => ({ kind: 'look-alike' as const, at: a })),
  at.map((a) => ({ kind: 'decompose' as const, at: a })),
  fc.constantFrom('\r\n' as const, '\r' as const).map((to) => ({ kind: 'line-breaks' as const, to })),
  fc.constant({ kind: 'bom' as const }),
);

const LOOK_ALIKES: Record<string, string> = { а: 'a', с: 'c', е: 'e', о: 'o', р: 'p', х: 'x', у: 'y', і: 'i', һ: 'h', А: 'A', В: 'B', С: 'C', Е: 'E', Н: 'H', К: 'K', М: 'M', О: 'O', Р: 'P', Т: 'T', Х: 'X', І: 'I' };

/** The index of the first character at or after `from` for which `test` holds, wrapping around. */
function findFrom(text: string, from: number, test: (ch: string) => boolean): number {
  for (let k = 0; k < text.length; k++) {
    const i = (from + k) % text.length;
    if (test(text[i]!)) return i;
  }
  return -1;
}

export function applyMutation(source: string, m: Mutation): string {
  const pos = 'at' in m ? Math.floor(m.at * source.length) : 0;
  const lines = source.split('\n');
  const line = 'at' in m ? Math.floor(m.at * lines.length) : 0;
  switch (m.kind) {
    case 'delete-line': return lines.filter((_, i) => i !== line).join('\n');
    case 'duplicate-line': return lines.flatMap((l, i) => (i === line ? [l, l] : [l])).join('\n');
    case 'swap-lines': {
      const other = Math.floor(m.other * lines.length);
      const swapped = [...lines];
      [swapped[line], swapped[other]] = [lines[other]!, lines[line]!];
      return swapped.join('\n');
    }
    case 'truncate': return source.slice(0, pos);
    case 'insert': return source.slice(0, pos) + m.text + source.slice(pos);
    case 'replace-char': return source.slice(0, pos) + m.text + source.slice(pos + 1);
    case 'look-alike': {
      const i = findFrom(source, pos, (ch) => ch in LOOK_ALIKES);
      return i < 0 ? source : source.slice(0, i) + LOOK_ALIKES[source[i]!] + source.slice(i + 1);
    }
    case 'decompose': {
      const i = findFrom(source, pos, (ch) => ch.normalize('NFD') !== ch);
      return i < 0 ? source : source.slice(0, i) + source[i]!.normalize('NFD') + source.slice(i + 1);
    }
    case 'line-breaks': return source.replace(/\r?\n/g, m.to);
    case 'bom': return `\ufeff${source}`;
  }
}

/** One of `sources` (by index, so failures name it), changed by a few mutations. */
export function mutated(sources: readonly string[]): fc.Arbitrary<{ file: number; mutations: Mutation[] }> {
  return fc.record({ file: fc.nat({ max: sources.length - 1 }), mutations: fc.array(mutation, { minLength: 1, maxLength: 6 }) });
}

export function applyAll(source: string, mutations: readonly Mutation[]): string {
  return mutations.reduce(applyMutation, source);
}
