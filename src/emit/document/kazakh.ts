// Kazakh word forms the generated wording needs: case endings by vowel harmony, written dates, act kinds.

const BACK = /[аоұыя]/;
const FRONT = /[әөүіеэи]/;
const VOWELS = /[аоұыяәөүіеэиюу]/;

function isBack(word: string): boolean {
  for (let i = word.length - 1; i >= 0; i--) {
    const c = word[i]!.toLowerCase();
    if (BACK.test(c)) return true;
    if (FRONT.test(c)) return false;
  }
  return true;
}

function lastLetter(word: string): string {
  const letters = word.toLowerCase().replace(/[^a-zа-яёәіңғүұқөһ]+$/u, '');
  return letters[letters.length - 1] ?? '';
}

type Ending = 'genitive' | 'accusative';

/** The word with its case ending: «әкімдігі» → «әкімдігінің», «іс-қимыл» → «іс-қимылды», «стандарт» → «стандарттың». */
export function inflect(word: string, ending: Ending): string {
  const vowel = isBack(word) ? 'ы' : 'і';
  const last = lastLetter(word);
  let consonant: string;
  if (VOWELS.test(last)) consonant = 'н';
  else if (/[рйу]/.test(last)) consonant = ending === 'genitive' ? 'н' : 'д';
  else if (/[лмнңжз]/.test(last)) consonant = 'д';
  else consonant = 'т';
  return word + consonant + vowel + (ending === 'genitive' ? 'ң' : '');
}

/** The last word of a phrase inflected: «Қызылорда облысы әкімдігі» → «Қызылорда облысы әкімдігінің». */
export function inflectPhrase(phrase: string, ending: Ending): string {
  const at = phrase.lastIndexOf(' ');
  return at < 0 ? inflect(phrase, ending) : `${phrase.slice(0, at + 1)}${inflect(phrase.slice(at + 1), ending)}`;
}

const MONTHS_LOCATIVE = ['қаңтардағы', 'ақпандағы', 'наурыздағы', 'сәуірдегі', 'мамырдағы', 'маусымдағы', 'шілдедегі', 'тамыздағы', 'қыркүйектегі', 'қазандағы', 'қарашадағы', 'желтоқсандағы'];

/** «2015-09-02» → «2015 жылғы 2 қыркүйектегі», as acts date an act; null for an unknown date. */
export function writtenDate(iso: string | null | undefined): string | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!m) return null;
  return `${m[1]} жылғы ${Number(m[3])} ${MONTHS_LOCATIVE[Number(m[2]) - 1]}`;
}

const INSTRUMENTAL: Record<string, string> = { resolution: 'қаулысымен', order: 'бұйрығымен', decision: 'шешімімен' };

/** An act kind in the instrumental («қаулы» → «қаулысымен»), as in «… № 225 қаулысымен бекітілген». */
export function actInstrumental(kind: string, written: string): string {
  return INSTRUMENTAL[kind] ?? `${written}мен`;
}

/** The first letter in capitals, for a sentence that starts with a text. */
export function capitalise(text: string): string {
  const at = text.search(/[\p{L}\d]/u);
  return at < 0 ? text : text.slice(0, at) + text[at]!.toUpperCase() + text.slice(at + 1);
}
