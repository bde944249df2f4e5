// `tartip check --fix`: writes the replacements the diagnostics offer back into the sources.
import { chmodSync, realpathSync, statSync } from 'node:fs';
import type { Diagnostic } from '../diagnostics/types.js';
import { applyFixes, compatibleFixes } from '../fixes/apply-fixes.js';
import { decodeSource, readFileBytes } from './read-source.js';
import { writeAtomic } from './write-output.js';

export interface AppliedFix {
  diagnostic: Diagnostic;
  /** The text the fix replaced. */
  before: string;
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
