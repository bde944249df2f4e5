// Severity settings for `tartip check`: `tartip.config.json` (the nearest one above each source, or the
// file given with --config) and `--rule CODE=severity` flags, which win over the file.
import path from 'node:path';
import { ConfigError, findConfig, readConfig, setRule } from '../config/rules-file.js';
import { RULE_SETTINGS, type RuleSetting, type Rules } from '../diagnostics/severity.js';

export { CONFIG_FILE, ConfigError, findConfig, readConfig } from '../config/rules-file.js';

/** `--rule TRT2003=off` (repeatable); the code may also be the rule's name, `unused-name=off`. */
export function parseRuleFlags(flags: string[]): Rules {
  const rules = new Map<string, RuleSetting>();
  for (const flag of flags) {
    const match = /^\s*([^=\s]+)\s*=\s*(\S+)\s*$/.exec(flag);
    if (!match) throw new ConfigError('TRT9006', { option: '--rule', value: flag, expected: `CODE=${RULE_SETTINGS.join('|')}` });
    setRule(rules, match[1]!, match[2]!, '--rule', `--rule ${match[1]}`);
  }
  return rules;
}

/**
 * The settings for each source: the explicit --config file, or the nearest one above the source, with
 * the --rule flags on top. Every file is read once, before anything is compiled, so a bad setting stops
 * the run early.
 */
export function resolveRules(sources: string[], explicit: string | undefined, flags: Rules): (source: string) => Rules {
  const files = new Map<string, Rules>();
  const load = (file: string) => {
    let rules = files.get(file);
    if (!rules) {
      rules = readConfig(file);
      files.set(file, rules);
    }
    return rules;
  };
  const bySource = new Map<string, Rules>();
  for (const source of sources) {
    const file = explicit ?? findConfig(path.dirname(source));
    bySource.set(source, new Map([...(file ? load(file) : []), ...flags]));
  }
  return (source) => bySource.get(source) ?? flags;
}
