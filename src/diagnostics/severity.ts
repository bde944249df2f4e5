// Per-code severity settings («rules», like ESLint's): which codes a project turns off, down or up.
import { CATALOGUE } from './catalogue.js';
import type { Diagnostic, Severity } from './types.js';

export type RuleSetting = Severity | 'off';

export const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'info', 'warning', 'error'];

/** Settings by catalogue code. */
export type Rules = ReadonlyMap<string, RuleSetting>;

export type RuleLookup = { ok: true; code: string } | { ok: false; reason: 'unknown' | 'fixed' };

/**
 * Resolves a rule written by code («TRT2003») or by name («unused-name»). Only findings about the
 * sources can be configured: an I/O failure or an internal error is never a matter of taste.
 */
export function lookUpRule(rule: string): RuleLookup {
  const upper = rule.toUpperCase();
  const entry = CATALOGUE.get(upper) ?? [...CATALOGUE.values()].find((e) => e.name === rule);
  if (!entry) return { ok: false, reason: 'unknown' };
  return /^TRT[12]/.test(entry.code) ? { ok: true, code: entry.code } : { ok: false, reason: 'fixed' };
}

export function isRuleSetting(value: unknown): value is RuleSetting {
  return typeof value === 'string' && (RULE_SETTINGS as readonly string[]).includes(value);
}

/** Applies settings: «off» drops a finding, a severity replaces its own; an acknowledged defect stays info. */
export function applyRules(diagnostics: Diagnostic[], rules: Rules): Diagnostic[] {
  if (rules.size === 0) return diagnostics;
  return diagnostics.flatMap((d) => {
    const setting = rules.get(d.code);
    if (setting === undefined) return [d];
    if (setting === 'off') return [];
    if (d.acknowledged) return [d];
    return [setting === d.severity ? d : { ...d, severity: setting }];
  });
}
