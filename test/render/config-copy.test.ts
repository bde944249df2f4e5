// The page's configuration copy (src/render/mermaid-patch.ts) against Mermaid's own assignWithDepth, on Mermaid's configuration.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { configCopier } from '../../src/render/mermaid-patch.js';
import { MERMAID_SETTINGS, mermaidBundlePath } from '../../src/render/mermaid-page.js';

interface MermaidConfigModule {
  assignWithDepth_default(dst: object, src: unknown): Record<string, unknown>;
  setSiteConfig(config: object): void;
  addDirective(directive: object): void;
  reset(): void;
  getConfig(): Record<string, unknown>;
}

/** Mermaid's configuration module as it ships (the ES build's chunk that holds assignWithDepth, whatever its hash). */
async function mermaidConfig(): Promise<MermaidConfigModule> {
  const dir = path.join(path.dirname(mermaidBundlePath()), 'chunks/mermaid.core');
  const chunk = readdirSync(dir).find((f) => f.endsWith('.mjs') && readFileSync(path.join(dir, f), 'utf8').includes('var assignWithDepth = '));
  if (!chunk) throw new Error(`no chunk of ${dir} defines assignWithDepth`);
  return (await import(pathToFileURL(path.join(dir, chunk)).href)) as MermaidConfigModule;
}

/**
 * Whether two copies are the same object: the same prototype, keys in the same order, the same property
 * descriptors; objects of the first three levels compared inside (and fresh, not the source's), deeper ones
 * and array items the same objects.
 */
function expectSame(actual: unknown, expected: unknown, source: unknown, level: number, where = 'config'): void {
  if (typeof expected !== 'object' || expected === null || level < 0) {
    expect(actual, where).toBe(expected);
    return;
  }
  expect(typeof actual, where).toBe('object');
  expect(actual, `${where} is a fresh copy`).not.toBe(source);
  expect(Object.getPrototypeOf(actual), where).toBe(Object.getPrototypeOf(expected));
  expect(Array.isArray(actual), where).toBe(Array.isArray(expected));
  expect(Reflect.ownKeys(actual as object), where).toEqual(Reflect.ownKeys(expected));
  for (const key of Reflect.ownKeys(expected)) {
    const a = Object.getOwnPropertyDescriptor(actual, key)!;
    const e = Object.getOwnPropertyDescriptor(expected, key)!;
    expect([a.enumerable, a.writable, a.configurable], `${where}.${String(key)}`).toEqual([e.enumerable, e.writable, e.configurable]);
    const inner = Array.isArray(expected) ? -1 : level - 1;
    expectSame(a.value, e.value, (source as Record<PropertyKey, unknown> | undefined)?.[key], inner, `${where}.${String(key)}`);
  }
}

/** A directive as a chart's front matter gives it (the emitter's style), with a few of every kind of value. */
const DIRECTIVE = {
  theme: 'base',
  look: 'classic',
  fontFamily: '"DejaVu Sans", sans-serif',
  themeVariables: { fontSize: '13px', primaryColor: '#ffffff', lineColor: '#000000' },
  flowchart: { htmlLabels: true, useMaxWidth: false, wrappingWidth: 220, nodeSpacing: 20 },
  swimlane: { lineHops: 'arc', ignoreCrossLaneEdges: false },
};

describe('the configuration copy of the rendering page', () => {
  it('gives what Mermaid’s assignWithDepth gives, for Mermaid’s configuration with a chart’s directive', async () => {
    const mermaid = await mermaidConfig();
    mermaid.setSiteConfig({ ...MERMAID_SETTINGS });
    mermaid.reset();
    mermaid.addDirective(structuredClone(DIRECTIVE));
    const source = mermaid.getConfig();
    expect(Object.keys(source).length).toBeGreaterThan(30);
    const copy = configCopier();
    for (let call = 0; call < 3; call++) {
      const actual = copy(source, 2) as Record<string, unknown>;
      expectSame(actual, mermaid.assignWithDepth_default({}, source), source, 2);
      // A caller may write into its copy: the next copy is as fresh.
      (actual.flowchart as Record<string, unknown>).htmlLabels = 'changed';
      (actual.themeVariables as Record<string, unknown>).fontSize = 'changed';
      actual.theme = 'changed';
    }
  });

  it('drops nulls, removes duplicates from arrays, shares the fourth level, keeps «__proto__» keys own, and keeps each object’s plan apart', async () => {
    const mermaid = await mermaidConfig();
    const deep = { shared: true };
    const make = (n: number) =>
      JSON.parse(
        JSON.stringify({
          a: n,
          gone: null,
          list: [1, 1, 2, n],
          nested: { x: null, y: [3, 3], z: { deep: { n }, list: [4, 4], nil: null }, w: undefined },
          ['__proto__']: { polluted: n, inner: { ['__proto__']: { polluted: true } } },
        }),
      ) as Record<string, unknown>;
    const sources = [make(1), make(2)];
    ((sources[0]!.nested as Record<string, unknown>).z as Record<string, unknown>).deep = deep;
    (sources[1] as Record<string, unknown>).fn = () => 1;
    const copy = configCopier();
    for (const source of [sources[0], sources[1], sources[0], sources[1]]) {
      const actual = copy(source, 2) as Record<string, unknown>;
      expectSame(actual, mermaid.assignWithDepth_default({}, source), source, 2);
      expect(Object.getPrototypeOf(actual)).toBe(Object.prototype);
    }
    expect(((copy(sources[0], 2) as { nested: { z: { deep: unknown } } }).nested.z.deep)).toBe(deep);
  });
});
