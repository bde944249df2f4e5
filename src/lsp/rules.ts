// The severities of tartip.config.json for an open document, as `check` applies them: the nearest file above it.
import { statSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, findConfig, readConfig } from '../config/rules-file.js';
import { createDiagnostic } from '../diagnostics/create.js';
import type { Rules } from '../diagnostics/severity.js';
import type { Diagnostic } from '../diagnostics/types.js';

export interface DocumentRules {
  rules: Rules;
  /** A configuration file that cannot be used, shown on the document's first line rather than ignored in silence. */
  problem?: Diagnostic;
}

const NONE: DocumentRules = { rules: new Map() };

/**
 * Parsed files are kept by path with their modification time and size, so typing costs a few `stat`s
 * (finding the nearest file) and an edited configuration is read again on the next change.
 */
export class RulesCache {
  private readonly files = new Map<string, { stamp: string; rules: DocumentRules }>();

  /** `file` is the document's path; documents that are not files (untitled, virtual) have no configuration. */
  forFile(file: string): DocumentRules {
    if (!path.isAbsolute(file)) return NONE;
    const config = findConfig(path.dirname(file));
    if (config === undefined) return NONE;
    let stamp: string;
    try {
      const stat = statSync(config);
      stamp = `${stat.mtimeMs}:${stat.size}`;
    } catch {
      return NONE;
    }
    const cached = this.files.get(config);
    if (cached?.stamp === stamp) return cached.rules;
    const rules = read(config);
    this.files.set(config, { stamp, rules });
    return rules;
  }

  clear(): void {
    this.files.clear();
  }
}

function read(config: string): DocumentRules {
  try {
    return { rules: readConfig(config) };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const at = { line: 1, column: 1, offset: 0 };
    return { rules: new Map(), problem: createDiagnostic(error.code, config, { start: at, end: at }, error.args) };
  }
}
