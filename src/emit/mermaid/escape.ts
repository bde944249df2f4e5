// Escaping of regulation texts for Mermaid: any text becomes inert label content, never syntax.

/**
 * Characters that may stand literally inside a quoted Mermaid label. Everything else becomes a
 * numeric entity `#NNN;`, which Mermaid decodes only after parsing, so a text can contain quotes,
 * brackets, `-->`, `%%{init}%%`, `<script>` or a line break and still be one label. Letters are
 * kept literally: entities for every Kazakh letter would multiply the text size towards
 * Mermaid's `maxTextSize` and make the `.mmd` unreadable.
 */
const SAFE = /[\p{L}\p{M}\p{N} ,.:;!?()\-–—/'«»…№]/u;

/**
 * Mermaid's own entity pass rewrites `#name;` with private markers (ﬂ° … ¶ß) and turns them back
 * into `&…;` after parsing — more than once, after sanitising too — so those letters are always
 * written as entities, and where the text itself puts ﬂ before ° or ¶ before ß an invisible word
 * joiner keeps the pair from being read as a marker. (They never occur in the acts; a hostile text
 * could at most turn into an entity's character, never into markup.)
 */
const MARKERS = new Set(['ﬂ', '°', '¶', 'ß']);

/** Separates the marker pairs Mermaid would decode; the result looks the same. */
export function breakMarkerPairs(text: string): string {
  return text.replace(/ﬂ(?=°)|¶(?=ß)/g, (m) => `${m}\u2060`);
}

/** Escapes one text for use between the quotes of a Mermaid label (`A["…"]`, `-->|"…"|`). */
export function escapeLabel(text: string): string {
  let out = '';
  for (const ch of breakMarkerPairs(text.normalize('NFC'))) {
    if (ch === '\n' || ch === '\r' || ch === '\t') out += ' ';
    else if (SAFE.test(ch) && !MARKERS.has(ch)) out += ch;
    else out += `#${ch.codePointAt(0)};`;
  }
  return out;
}

/** Joins already escaped label lines with the line break Mermaid renders in HTML labels. */
export function joinLines(lines: string[]): string {
  return lines.join('<br/>');
}

/** Wraps already escaped text in bold, for the number of a step. */
export function bold(escaped: string): string {
  return `<b>${escaped}</b>`;
}

/** Wraps already escaped text in italics, for a condition or a duration. */
export function italic(escaped: string): string {
  return `<i>${escaped}</i>`;
}
