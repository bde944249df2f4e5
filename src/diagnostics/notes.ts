// Bilingual texts for related locations ("first declared here"), kept apart from diagnostic codes.
import { fillTemplate } from './template.js';
import type { Bilingual, MessageArgs } from './types.js';

const NOTES = {
  'declared-here': { kk: 'алғаш осында жарияланған', en: 'first declared here' },
  'opened-here': { kk: 'осында ашылған', en: 'opened here' },
  'closed-here': { kk: 'мәтін осында жабылды', en: 'the text closed here' },
  'first-number': { kk: 'бұл нөмір алғаш осында', en: 'the number is first used here' },
  'decided-here': { kk: 'шешім осында', en: 'the decision is made here' },
  'term-declared': { kk: 'жалпы мерзім осында', en: 'the service term is stated here' },
  'channel-results': { kk: 'бұл арнаның нәтижелері осында', en: 'this channel\'s results are stated here' },
  'guard-here': { kk: '«тек» шарты осында', en: 'the «тек» guard is here' },
  'step-here': { kk: '{step} қадамы осында', en: 'step {step} is here' },
  'defect-recorded': { kk: 'түпнұсқадағы ақау ретінде осында тіркелген', en: 'recorded here as a defect of the source text' },
  'result-stated': { kk: 'нәтиже осында жазылған', en: 'the result is stated here' },
  'condition-here': { kk: 'шарт осында', en: 'the condition is here' },
} satisfies Record<string, Bilingual>;

export type NoteKey = keyof typeof NOTES;

export function noteFor(key: NoteKey, args: MessageArgs = {}): Bilingual {
  const note: Bilingual = NOTES[key];
  return { kk: fillTemplate(note.kk, args, 'kk'), en: fillTemplate(note.en, args, 'en') };
}
