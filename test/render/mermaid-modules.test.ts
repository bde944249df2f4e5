// The page's Mermaid modules (src/render/mermaid-modules.ts): only the ES build's files are served, and the copy is patched into one.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MERMAID_ENTRY, mermaidModules } from '../../src/render/mermaid-modules.js';
import { mermaidBundlePath } from '../../src/render/mermaid-page.js';

const dist = path.dirname(mermaidBundlePath());

describe('Mermaid modules for the page', () => {
  it('serves the entry and its chunks, and nothing outside them', () => {
    const modules = mermaidModules(dist);
    expect(modules.read(MERMAID_ENTRY)).toContain('export');
    for (const refused of ['mermaid.min.js', '../package.json', 'chunks/mermaid.esm.min/../../mermaid.js', 'chunks/mermaid.core/x.mjs', 'chunks/mermaid.esm.min/missing.mjs', '']) {
      expect(modules.read(refused), refused).toBeUndefined();
    }
  });

  it('patches the configuration copy into exactly one chunk, and leaves the text alone when asked to', () => {
    const chunks = readdirSync(path.join(dist, 'chunks/mermaid.esm.min')).filter((f) => f.endsWith('.mjs'));
    const patched = mermaidModules(dist);
    const plain = mermaidModules(dist, false);
    const changed = chunks.filter((f) => patched.read(`chunks/mermaid.esm.min/${f}`) !== plain.read(`chunks/mermaid.esm.min/${f}`));
    expect(changed).toHaveLength(1);
    expect(patched.patched).toBe(true);
    expect(plain.patched).toBe(false);
    expect(patched.read(`chunks/mermaid.esm.min/${changed[0]}`)).toContain('globalThis.__tartipCopyConfig(');
  });
});
