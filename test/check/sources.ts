// Inline sources for the unit tests of the checks: a small valid act whose parts a test replaces.
import { compile } from '../../src/compile.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';

export interface ActParts {
  /** Paragraph 1's intake list. */
  intake?: string;
  /** Paragraphs 4 … : the procedures (numbered by the caller). */
  procedures?: string;
  /** The §3 participants list, numbered 1) 2) … by the caller. */
  participants?: string;
  /** Anything after the participants' paragraph (glossary, appendices). */
  tail?: string;
}

const DEFAULT_PROCEDURE = `4. рәсім кеңсе-рәсімі: беруші арқылы
     1) кеңсе: «құжаттарды қабылдайды»
        ұзақтығы: 30 (отыз) минут
     2) орындаушы: «анықтаманы немесе дәлелді бас тартуды дайындайды»
        ұзақтығы: екі жұмыс күні ішінде
        шешім: анықтама немесе дәлелді-бас-тарту
     3) кеңсе: «нәтижені береді»
        кімге: алушы`;

/** A whole act: §1 general provisions with the participants as paragraph 3, §2 the procedures from paragraph 4. */
export function act(parts: ActParts = {}): string {
  return `регламент «Сынақ»
бекітілген: қаулы № 1, 01.01.2020
бөлім 1 «Жалпы ережелер»
1. беруші: «аудандық білім бөлімі»
   ${parts.intake ?? 'қабылдау: беруші «көрсетілетін қызметті берушінің кеңсесі»'}
2. құжат анықтама: «анықтама»
   бас тарту дәлелді-бас-тарту: «дәлелді жауап»
   қызмет нәтижесі: анықтама немесе дәлелді-бас-тарту
3. қатысушылар:
${parts.participants ?? '     1) кеңсе (беруші): «кеңсе қызметкері»;\n     2) орындаушы (беруші): «орындаушы»'}
бөлім 2 «Рәсімдер»
${parts.procedures ?? DEFAULT_PROCEDURE}
${parts.tail ?? ''}`;
}

export function diagnose(source: string): Diagnostic[] {
  return compile(source, 'inline.tartip').diagnostics;
}

/** «line:column CODE» of the diagnostics with the given codes (all when none given). */
export function found(source: string, ...codes: string[]): string[] {
  return diagnose(source)
    .filter((d) => codes.length === 0 || codes.includes(d.code))
    .map((d) => `${d.range.start.line}:${d.range.start.column} ${d.code}`);
}
