// The message of a chart the browser did not draw, the same in every command that renders: diagram, build, document.
import type { Language } from '../diagnostics/format-text.js';
import { MAX_CHART_BOXES } from '../emit/mermaid/emit-diagrams.js';
import { CHART_BUDGET_MS } from '../render/budget.js';
import type { RenderFailure } from '../render/batch.js';
import { cliMessage } from './report.js';

/** `diagram` names the chart as «act/diagram»; `chartTimeout` is the budget the user gave, in seconds. */
export function renderFailureMessage(diagram: string, failure: Omit<RenderFailure, 'key' | 'diagram'>, chartTimeout: number | undefined, language: Language): string {
  switch (failure.kind) {
    case 'too-large':
      return cliMessage('TRT3251', { diagram, boxes: String(failure.shapes), max: String(MAX_CHART_BOXES) }, language);
    case 'timeout':
      return cliMessage('TRT3250', { diagram, seconds: (chartTimeout ?? CHART_BUDGET_MS / 1000).toString() }, language);
    case 'failed':
      return cliMessage('TRT3104', { diagram, reason: failure.reason }, language);
  }
}
