// Trojan source (TRT1050): warns at every text-direction control in a source, as rustc's text_direction_codepoint lint does.
//
// An override such as U+202E makes an editor show a line in another order than the compiler reads it,
// so a reviewed act could say one thing and compile to another. Real acts never need them: Kazakh is
// written left to right, and a quoted Arabic name is ordered by the Unicode algorithm without controls.
import { DiagnosticBag } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { BIDI_CONTROLS, escapedCodePoint } from '../text/escape-controls.js';
import type { LineMap } from '../text/line-map.js';

const NAMES: Record<string, string> = {
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
  '\u200E': 'LEFT-TO-RIGHT MARK',
  '\u200F': 'RIGHT-TO-LEFT MARK',
  '\u061C': 'ARABIC LETTER MARK',
};

/** One warning per control, at the control itself, so each can be found and removed. */
export function checkBidiControls(text: string, lines: LineMap, file: string): Diagnostic[] {
  const bag = new DiagnosticBag(file);
  for (const match of text.matchAll(BIDI_CONTROLS)) {
    const char = match[0];
    bag.add('TRT1050', lines.range(match.index, match.index + 1), { char: escapedCodePoint(char), name: NAMES[char] ?? 'U+' });
  }
  return bag.items;
}
