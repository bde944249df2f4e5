// Converts between the compiler's 1-based source ranges and the protocol's 0-based positions (both count UTF-16 units).
import type { Position as LspPosition, Range as LspRange } from 'vscode-languageserver';
import type { Position, Range } from '../text/range.js';

export function toLspPosition(position: Position): LspPosition {
  return { line: Math.max(0, position.line - 1), character: Math.max(0, position.column - 1) };
}

export function toLspRange(range: Range): LspRange {
  return { start: toLspPosition(range.start), end: toLspPosition(range.end) };
}

/** Whether an offset falls in a range; its end counts, so a cursor right after a name is still on it. */
export function contains(range: Range, offset: number): boolean {
  return range.start.offset <= offset && offset <= range.end.offset;
}

/** The client's locale picks the messages' language: Kazakh for «kk…», English for any other. */
export type Locale = 'kk' | 'en';

export function localeOf(tag: string | undefined | null): Locale {
  return tag !== undefined && tag !== null && /^kk\b/i.test(tag) ? 'kk' : 'en';
}
