// Terminal safety: control and text-direction characters from a source, a JSON or a cache are shown as `\u{…}`, never sent raw.

/**
 * Bidirectional controls (Trojan source, CVE-2021-42574): embeddings and overrides U+202A–U+202E, isolates
 * U+2066–U+2069, the marks U+200E/U+200F and the Arabic letter mark U+061C.
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/**
 * C0 controls but the tab (kept for code-frame alignment) and the line feed (a line break, which each output
 * format escapes its own way), DEL, C1 controls (0x9B is a terminal's CSI), and the bidi controls.
 */
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u2028\u2029]/g;

/** `\u{202E}`: the spelling rustc and JavaScript use, unambiguous and copyable. */
export function escapedCodePoint(char: string): string {
  return `\\u{${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}}`;
}

/** The text with every unsafe character written as `\u{…}`; text without one is returned as it is. */
export function escapeControls(text: string): string {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(text) ? text.replace(UNSAFE, escapedCodePoint) : text;
}
