// The fixes the diagnostics offer, chosen and made on a text: shared by `check --fix` and the language server's quick fixes.
import type { Diagnostic, Fix } from '../diagnostics/types.js';

/**
 * The fixes of one text that can be applied together: at most one per range, none overlapping another
 * (the first in the text wins; the next pass, after a re-check, offers the rest again if they still apply),
 * and none whose range no longer holds what the diagnostic saw.
 */
export function compatibleFixes(text: string, diagnostics: Diagnostic[]): (Diagnostic & { fix: Fix })[] {
  const withFix = diagnostics
    .filter((d): d is Diagnostic & { fix: Fix } => d.fix !== undefined)
    .sort((a, b) => a.fix.range.start.offset - b.fix.range.start.offset || a.fix.range.end.offset - b.fix.range.end.offset);
  const chosen: (Diagnostic & { fix: Fix })[] = [];
  let end = -1;
  for (const d of withFix) {
    const { start, end: stop } = d.fix.range;
    if (start.offset < end || stop.offset > text.length || start.offset > stop.offset) continue;
    if (text.slice(start.offset, stop.offset) === d.fix.replacement) continue;
    chosen.push(d);
    end = Math.max(stop.offset, start.offset + 1);
  }
  return chosen;
}

/** The text with the fixes made, applied from the end so earlier offsets stay valid. */
export function applyFixes(text: string, fixes: (Diagnostic & { fix: Fix })[]): string {
  let out = text;
  for (const d of [...fixes].reverse()) {
    out = out.slice(0, d.fix.range.start.offset) + d.fix.replacement + out.slice(d.fix.range.end.offset);
  }
  return out;
}
