// One open document compiled by the compiler's own pipeline, cached per version so every request of that version shares it.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { compile, type CompileResult } from '../compile.js';
import { LineMap } from '../text/line-map.js';
import { indexNames, type NameIndex } from './name-index.js';
import { RulesCache, type DocumentRules } from './rules.js';

export interface Analysis {
  uri: string;
  version: number;
  text: string;
  result: CompileResult;
  lines: LineMap;
  /** The severities of the nearest tartip.config.json, read when this version was compiled. */
  settings: DocumentRules;
  /** Every declared and referenced name, built on the first request that needs it. */
  readonly names: NameIndex;
}

/** The file name diagnostics carry: the path of a file: URI, else the URI itself. */
export function fileOfUri(uri: string): string {
  if (!uri.startsWith('file://')) return uri;
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}

export function analyse(document: TextDocument, rules: RulesCache = new RulesCache()): Analysis {
  const text = document.getText();
  const file = fileOfUri(document.uri);
  // `emit: false`, as `check`: the editor needs the findings, not the JSON and its schema validation.
  const result = compile(text, file, file, { emit: false });
  let names: NameIndex | undefined;
  return {
    uri: document.uri,
    version: document.version,
    text,
    result,
    lines: new LineMap(text),
    settings: rules.forFile(file),
    get names() {
      return (names ??= indexNames(result.model.file));
    },
  };
}

/** The latest analysis of each open document; a request for an older version compiles the one it asks about. */
export class AnalysisCache {
  private readonly byUri = new Map<string, Analysis>();
  private readonly rules = new RulesCache();

  get(document: TextDocument): Analysis {
    const cached = this.byUri.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const fresh = analyse(document, this.rules);
    this.byUri.set(document.uri, fresh);
    return fresh;
  }

  /** The analysis of this version if it is already made. */
  peek(document: TextDocument): Analysis | undefined {
    const cached = this.byUri.get(document.uri);
    return cached && cached.version === document.version ? cached : undefined;
  }

  delete(uri: string): void {
    this.byUri.delete(uri);
  }

  /** A configuration file changed: every document is compiled again with the severities read afresh. */
  clear(): void {
    this.byUri.clear();
    this.rules.clear();
  }
}
