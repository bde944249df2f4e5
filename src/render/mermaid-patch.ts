// A faster configuration copy for Mermaid's browser bundle: the same result, without a third of a chart's time.

/**
 * Mermaid 11 hands every caller of its internal `getConfig()` a fresh copy of the whole configuration
 * (≈ 22 KB, ≈ 900 properties: every diagram type's settings and ≈ 270 theme variables), made by
 * `assignWithDepth`, which defines each property with `Object.defineProperty`. A chart calls it about 150
 * times (per node, label and edge): a third of the page's time in Chrome's profiler. The copy below gives the
 * same object — the same keys in the same order, nulls dropped, arrays without duplicates, three levels
 * copied and deeper ones shared, exactly as `assignWithDepth({}, config)` with its default depth of 2.
 * `test/render/pool.test.ts` checks that the installed Mermaid is patched and draws every chart of
 * `regulations/` byte for byte as unpatched; `test/render/config-copy.test.ts` checks the copy itself.
 *
 * Mermaid replaces its configuration object as a whole whenever it changes (each chart's `reset` and front
 * matter) and never writes into the three levels of the one installed, which no caller holds (each gets a
 * copy). So what a copy holds — keys, primitive values, deduplicated arrays — is worked out once per
 * configuration object (a few a chart), and each call clones prepared objects with object spreads: ≈ 10 µs
 * a copy instead of ≈ 110 µs, a quarter of a chart's time.
 */
export function configCopier(): (config: unknown, depth: number) => unknown {
  // Self-contained (no outer names), so its source text can be sent to the page as it is.
  let serial = 0;
  /**
   * A spread of a prepared object is one copy of its hidden class in V8, but only while the spread's inline
   * cache has seen one shape: a single spread for all 40 objects of the configuration falls to V8's slow
   * path, as slow as the original. So each object gets a spread of its own, a function whose text is made
   * unique (V8 would otherwise share one compiled function, and its cache, between equal texts); the text is
   * fixed, no configuration value goes into it.
   */
  const spreader = (): ((b: object) => Record<string, unknown>) => {
    try {
      return new Function('b', `/* ${++serial} */ return { ...b };`) as (b: object) => Record<string, unknown>;
    } catch {
      // A page that forbids compiling strings (a content security policy): the same copy, slower.
      return (b) => ({ ...b });
    }
  };
  const dedupe = (src: unknown[]): unknown[] => {
    const out: unknown[] = [];
    for (const item of src) if (!out.includes(item)) out.push(item);
    return out;
  };
  // Like Mermaid, never let a key named «__proto__» replace the prototype.
  const define = (out: Record<string, unknown>, key: string, value: unknown) => {
    if (key === '__proto__') Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true });
    else out[key] = value;
  };
  /** The copy at `level` of `src`, as a function that makes a fresh one each call. */
  const maker = (src: unknown, level: number): (() => unknown) => {
    if (Array.isArray(src)) {
      const items = dedupe(src);
      return () => items.slice();
    }
    if (level <= 0) {
      // Object.assign({}, src), which differs from a spread only for an own «__proto__» key.
      if (Object.hasOwn(src as object, '__proto__')) return () => Object.assign({}, src);
      // Twice: built property by property an object is a dictionary to V8, and a spread of it is not.
      const copy = { ...Object.assign({}, src) };
      const spread = spreader();
      return () => spread(copy);
    }
    const built: Record<string, unknown> = {};
    const nested: [string, () => unknown][] = [];
    for (const key of Object.keys(src as object)) {
      const value = (src as Record<string, unknown>)[key];
      if (typeof value === 'object') {
        if (value === null) continue;
        // A placeholder keeps the key's place; each copy replaces it by a fresh value.
        Object.defineProperty(built, key, { value: undefined, writable: true, enumerable: true, configurable: true });
        nested.push([key, maker(value, level - 1)]);
      } else define(built, key, value);
    }
    const base = { ...built };
    const spread = spreader();
    return () => {
      const out = spread(base);
      // Each key is already the copy's own (a placeholder), so even «__proto__» is only written, never the prototype.
      for (const [key, make] of nested) out[key] = make();
      return out;
    };
  };
  // Mermaid goes back and forth between a few configuration objects while it draws a chart: a plan for each,
  // dropped with it.
  const plans = new WeakMap<object, () => unknown>();
  return (config, depth) => {
    if (depth !== 2 || typeof config !== 'object' || config === null) return maker(config, depth)();
    let make = plans.get(config);
    if (make === undefined) plans.set(config, (make = maker(config, depth)));
    return make();
  };
}

/** The minified `getConfig = __name(() => assignWithDepth({}, currentConfig), "getConfig")`, names captured; it ends the text it is tried on. */
const GET_CONFIG = /([\w$]+)=([\w$]+)\(\(\)=>[\w$]+\(\{\},([\w$]+)\),"getConfig"\)$/;
const NAME = '"getConfig")';
/** Longer than the minified statement can be with names of a few letters, and the start is checked. */
const REACH = 200;

export const COPY_GLOBAL = '__tartipCopyConfig';

/**
 * The bundle with its `getConfig` copying through `globalThis.__tartipCopyConfig` (defined by
 * `copyConfigScript` before the bundle runs). A Mermaid whose code reads otherwise is returned as it
 * is, with `patched: false`: rendering is then as correct, only slower. The pattern is tried only before each
 * `"getConfig")` of the 3.5 MB bundle, not at every offset of it (≈ 120 ms a scan, twice, at every start).
 */
export function patchMermaid(bundle: string): { text: string; patched: boolean } {
  const found: { start: number; end: number; replacement: string }[] = [];
  for (let at = bundle.indexOf(NAME); at >= 0; at = bundle.indexOf(NAME, at + 1)) {
    const from = Math.max(0, at - REACH);
    const match = GET_CONFIG.exec(bundle.slice(from, at + NAME.length));
    if (!match) continue;
    const start = from + match.index;
    // The whole name, as a scan of the whole bundle would match it: not the tail of a longer one cut by the window.
    if (match.index === 0 && from > 0 && /[\w$]/.test(bundle[from - 1]!)) continue;
    const [, name, wrap, current] = match;
    found.push({ start, end: at + NAME.length, replacement: `${name}=${wrap}(()=>globalThis.${COPY_GLOBAL}(${current},2),"getConfig")` });
  }
  if (found.length !== 1) return { text: bundle, patched: false };
  const [only] = found as [{ start: number; end: number; replacement: string }];
  return { text: bundle.slice(0, only.start) + only.replacement + bundle.slice(only.end), patched: true };
}

/** The script that defines the copy in the page, from the function above. */
export function copyConfigScript(): string {
  return `globalThis.${COPY_GLOBAL} = (${configCopier.toString()})();`;
}
