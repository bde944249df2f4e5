// tartip.config.json: reading and validating one file, and finding the nearest one above a source; shared by
// `check` and the language server, so both give a finding the same severity.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CATALOGUE } from '../diagnostics/catalogue.js';
import { closest } from '../diagnostics/suggest.js';
import { isRuleSetting, lookUpRule, RULE_SETTINGS, type RuleSetting, type Rules } from '../diagnostics/severity.js';
import type { MessageArgs } from '../diagnostics/types.js';
import { didYouMean } from '../semantic/names.js';

export const CONFIG_FILE = 'tartip.config.json';

/** A configuration problem: reported like a usage error (exit code 2), with a catalogue code. */
export class ConfigError extends Error {
  constructor(readonly code: string, readonly args: MessageArgs) {
    super(code);
  }
}

const EXPECTED = RULE_SETTINGS.join(', ');

function hint(rule: string): MessageArgs[string] {
  const known = [...CATALOGUE.values()].filter((e) => /^TRT[12]/.test(e.code)).flatMap((e) => [e.code, e.name]);
  return didYouMean(closest(rule, known));
}

/** Adds one rule setting; `where` names its origin in messages («--rule», the file's path). */
export function setRule(rules: Map<string, RuleSetting>, rule: string, value: unknown, where: string, option: string): void {
  const found = lookUpRule(rule);
  if (!found.ok && found.reason === 'unknown') throw new ConfigError('TRT9008', { where, rule, hint: hint(rule) });
  if (!found.ok) throw new ConfigError('TRT9009', { where, rule });
  if (!isRuleSetting(value)) throw new ConfigError('TRT9006', { option, value: String(value), expected: EXPECTED });
  rules.set(found.code, value);
}

const bad = (file: string, kk: string, en: string) => new ConfigError('TRT9007', { path: file, reason: { kk, en } });

/** Reads and validates one configuration file: `{ "rules": { "TRT2003": "off", … } }`. */
export function readConfig(file: string): Rules {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError('TRT9001', { path: file, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw bad(file, `JSON ретінде оқылмады (${reason})`, `it cannot be read as JSON (${reason})`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw bad(file, 'JSON нысаны болуы керек', 'it must be a JSON object');
  const rules = new Map<string, RuleSetting>();
  for (const [key, value] of Object.entries(data)) {
    if (key === '$schema') continue;
    if (key !== 'rules') throw bad(file, `«${key}» деген кілт белгісіз (тек «rules» бар)`, `unknown key «${key}» (only «rules» is known)`);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw bad(file, '«rules» JSON нысаны болуы керек', '«rules» must be a JSON object');
    for (const [rule, setting] of Object.entries(value)) setRule(rules, rule, setting, file, `«rules.${rule}» (${file})`);
  }
  return rules;
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The nearest configuration file in `dir` or a directory above it. */
export function findConfig(dir: string): string | undefined {
  let current = path.resolve(dir);
  for (;;) {
    const candidate = path.join(current, CONFIG_FILE);
    if (isFile(candidate)) return candidate;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}
