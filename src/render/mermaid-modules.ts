// Mermaid's ES build served to the rendering page from a fixed origin: only the modules its charts import are parsed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { patchMermaid } from './mermaid-patch.js';

/**
 * The page's own origin. It is never looked up on a network: the page's request interception answers every
 * request to it (the shell and Mermaid's modules) and refuses every other (`.invalid` cannot resolve anyway).
 */
export const MERMAID_ORIGIN = 'https://mermaid.tartip.invalid/';

/** The ES build's entry: it imports Mermaid's core and loads each diagram type's code when a chart of it is drawn. */
export const MERMAID_ENTRY = 'mermaid.esm.min.mjs';

/** The only paths served: the entry and its chunks, plain names, nothing that could climb out of the folder. */
const MODULE_PATH = /^(mermaid\.esm\.min\.mjs|chunks\/mermaid\.esm\.min\/[\w-]+\.mjs)$/;

export interface MermaidModules {
  /** The module's text at a path relative to the origin, or undefined if it is not one of Mermaid's. */
  read(relative: string): string | undefined;
  /** Whether the configuration copy (mermaid-patch.ts) went into a module served so far. */
  readonly patched: boolean;
}

/**
 * The modules of the same Mermaid as its browser bundle (the one mmdc draws with; `dist` is the bundle's
 * folder), read once each and kept, the configuration copy patched into the one module that defines it.
 * A whole bundle (3.5 MB) was sent over CDP and parsed for every page; the modules two chart types need are
 * about 1 MB, read by the page as it imports them.
 */
export function mermaidModules(dist: string, patch = true): MermaidModules {
  const texts = new Map<string, string>();
  let patched = false;
  return {
    read(relative) {
      if (!MODULE_PATH.test(relative)) return undefined;
      let text = texts.get(relative);
      if (text === undefined) {
        try {
          text = readFileSync(path.join(dist, relative), 'utf8');
        } catch {
          return undefined;
        }
        if (patch) {
          const result = patchMermaid(text);
          text = result.text;
          patched ||= result.patched;
        }
        texts.set(relative, text);
      }
      return text;
    },
    get patched() {
      return patched;
    },
  };
}
