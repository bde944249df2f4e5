// A faster configuration copy for Mermaid's browser bundle: the same result, without a third of a chart's time.

/**
 * Mermaid 11 hands every caller of its internal `getConfig()` a fresh copy of the whole configuration
 * (≈ 22 KB: every diagram type's settings and ≈ 200 theme variables), made by `assignWithDepth`, which
 * defines each property with `Object.defineProperty`. A swimlane chart calls it thousands of times
 * (per node, label and edge): a third of the page's time in Chrome's profiler. The copy below gives the
 * same object — the same keys in the same order, nulls dropped, arrays without duplicates, three levels
 * copied and deeper ones shared, exactly as `assignWithDepth({}, config)` with its default depth of 2 —
 * with plain assignments. `test/render/pool.test.ts` checks that the installed Mermaid is
 * patched and draws every chart of `regulations/` byte for byte as unpatched.
 */
export function copyConfig(config: unknown, depth: number): unknown {
  // Self-contained (no outer names), so its source text can be sent to the page as it is.
  const copy = (src: unknown, level: number): unknown => {
    if (Array.isArray(src)) {
      const out: unknown[] = [];
      for (const item of src) if (!out.includes(item)) out.push(item);
      return out;
    }
    if (level <= 0) return Object.assign({}, src);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(src as object)) {
      const value = (src as Record<string, unknown>)[key];
      if (typeof value === 'object') {
        if (value === null) continue;
        // Like Mermaid, never let a key named «__proto__» replace the prototype.
        Object.defineProperty(out, key, { value: copy(value, level - 1), writable: true, enumerable: true, configurable: true });
      } else out[key] = value;
    }
    return out;
  };
  return copy(config, depth);
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
  return `globalThis.${COPY_GLOBAL} = (${copyConfig.toString()});`;
}
