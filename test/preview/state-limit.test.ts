// The preview never hands the page's browser a chart the renderers refuse (TRT3251): it lists it among the errors instead.
import { describe, expect, it } from 'vitest';
import { actWithSteps } from '../../scripts/bench-hostile.mjs';
import { compile } from '../../src/compile.js';
import { MAX_CHART_BOXES, emitDiagrams, tooLargeToDraw } from '../../src/emit/mermaid/emit-diagrams.js';
import { previewState } from '../../src/preview/state.js';

describe('previewState of an act with a chart of too many shapes', () => {
  const text = actWithSteps(MAX_CHART_BOXES + 10);
  const result = compile(text, 'huge.tartip');
  const all = emitDiagrams(result.json!).diagrams;

  it('leaves the chart out, draws the others, and names it in English and Kazakh with the limit', () => {
    const refused = all.filter(tooLargeToDraw);
    expect(refused.length).toBeGreaterThan(0);
    for (const language of ['en', 'kk'] as const) {
      const state = previewState({ file: 'huge.tartip', definition: result.json!, diagnostics: result.diagnostics, lines: new Map() }, 1, language);
      expect(state.diagrams!.map((d) => d.name)).toEqual(all.filter((d) => !tooLargeToDraw(d)).map((d) => d.name));
      const listed = state.diagnostics.filter((d) => d.code === 'TRT3251');
      expect(listed.map((d) => d.text)).toEqual(refused.map((d) => expect.stringContaining(`«${d.name}»`)));
      expect(listed[0]!.text).toContain(String(MAX_CHART_BOXES));
      expect(state.counts.errors).toBe(listed.length + result.diagnostics.filter((d) => d.severity === 'error').length);
    }
  });

  it('changes nothing for an act of ordinary size', () => {
    const small = compile(actWithSteps(20), 'small.tartip');
    const state = previewState({ file: 'small.tartip', definition: small.json!, diagnostics: small.diagnostics, lines: new Map() }, 1, 'en');
    expect(state.diagrams!.length).toBe(emitDiagrams(small.json!).diagrams.length);
    expect(state.diagnostics.some((d) => d.code === 'TRT3251')).toBe(false);
  });
});
