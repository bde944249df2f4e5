// `tartip check --fix`: writes the replacements the diagnostics offer back into the sources.
import { chmodSync, realpathSync, statSync } from 'node:fs';
import type { Diagnostic, Fix } from '../diagnostics/types.js';
import { decodeSource, readFileBytes } from './read-source.js';
import { writeAtomic } from './write-output.js';

export interface AppliedFix {
  diagnostic: Diagnostic;
  /** The text the fix replaced. */
  before: string;
}

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

/**
 * Fixes one file on disk: reads it again (the offsets are those of its decoded text), makes the fixes and
 * writes it atomically, keeping a byte-order mark it had. Returns what was fixed, or the error.
 */
export function fixFile(path: string, diagnostics: Diagnostic[]): { applied: AppliedFix[] } | { error: NodeJS.ErrnoException } {
  try {
    // The file itself, not a symbolic link to it, is replaced, with the permissions it had.
    const target = realpathSync(path);
    const { mode } = statSync(target);
    const bytes = readFileBytes(target);
    if (bytes === undefined) return { applied: [] };
    const decoded = decodeSource(bytes, path);
    if (!decoded.ok) return { applied: [] };
    const fixes = compatibleFixes(decoded.text, diagnostics);
    if (fixes.length === 0) return { applied: [] };
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? '\ufeff' : '';
    writeAtomic(target, bom + applyFixes(decoded.text, fixes));
    chmodSync(target, mode & 0o7777);
    return { applied: fixes.map((d) => ({ diagnostic: d, before: decoded.text.slice(d.fix.range.start.offset, d.fix.range.end.offset) })) };
  } catch (error) {
    return { error: error as NodeJS.ErrnoException };
  }
}
