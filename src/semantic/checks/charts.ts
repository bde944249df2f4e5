// What the charts print: chart options' words (TRT2601), boxes over ten lines (TRT2602), questions and
// exit labels that no diamond carries (TRT2603, TRT2604),.
import type { Step } from '../../ast/nodes.js';
import type { DiagnosticBag } from '../../diagnostics/create.js';
import { closest } from '../../diagnostics/suggest.js';
import { boxLineCount, MAX_BOX_LINES, MAX_TEXT_WIDTH } from '../../text/box-lines.js';
import { chartSetting, OPTION_KEYWORD, OPTION_WORDS, optionValue } from '../chart-options.js';
import type { Model } from '../model.js';

const ONCE = { kk: 'сызбаның бір баптауы', en: 'a chart option' };

function checkOptions(model: Model, bag: DiagnosticBag): void {
  for (const appendix of model.file.appendices) {
    for (const chart of appendix.charts) {
      const seen = new Set<string>();
      for (const option of chart.options) {
        if (seen.has(option.option)) bag.add('TRT2008', option.range, { what: ONCE });
        seen.add(option.option);
        if (optionValue(option) !== undefined) continue;
        const words = Object.keys(OPTION_WORDS[option.option]);
        const best = closest(option.value.name, words);
        bag.add('TRT2601', option.value.range, {
          option: OPTION_KEYWORD[option.option],
          value: option.value.name,
          allowed: words.map((w) => `«${w}»`).join(', '),
          hint: best ? ` — «${best}»?` : '',
        }, best ? { fix: { message: { kk: `«${best}» деп жазу`, en: `write «${best}»` }, range: option.value.range, replacement: best } } : {});
      }
    }
  }
}

/** The texts a step's box prints, each starting a line, as the chart writer sets them. */
function boxTexts(step: Step, durationsInside: boolean): string[] {
  const heading = step.label.style === 'bullet' ? [] : [step.label.written];
  const guards = step.guards.filter((g) => !g.part).map((g) => `тек ${g.text.value}`);
  const texts = [...heading, ...guards, step.shorts[0]?.value ?? step.action.value];
  const written = step.durations[0]?.written;
  const duration = step.chartDurations[0]?.value ?? (written ? `(${written})` : undefined);
  if (durationsInside && duration) texts.push(duration);
  return texts;
}

function checkStep(step: Step, bag: DiagnosticBag, durationsInside: boolean): void {
  const lines = boxLineCount(boxTexts(step, durationsInside), MAX_TEXT_WIDTH);
  if (lines > MAX_BOX_LINES) bag.add('TRT2602', step.action.range, { step: step.label.written, lines: String(lines), max: String(MAX_BOX_LINES) });
  step.branches.forEach((branch) => {
    const texts = branch.short ? [branch.short.value] : [branch.condition.value, branch.action.value];
    const n = boxLineCount(texts, MAX_TEXT_WIDTH);
    if (n > MAX_BOX_LINES) bag.add('TRT2602', branch.action.range, { step: step.label.written, lines: String(n), max: String(MAX_BOX_LINES) });
  });
  const decides = step.branches.length > 0 || step.outcomes.length > 0;
  for (const q of step.questions.slice(0, 1)) if (!decides) bag.add('TRT2603', q.range, { step: step.label.written });
  if (step.questions.length > 1) bag.add('TRT2008', step.questions[1]!.range, { what: { kk: '«сұрақ»', en: '«сұрақ» (question)' } });
  if (step.chartDurations.length > 1) bag.add('TRT2008', step.chartDurations[1]!.range, { what: { kk: '«сызбадағы ұзақтығы»', en: '«сызбадағы ұзақтығы» (chart duration)' } });
  const labelled = step.branches.filter((b) => b.exit !== undefined);
  for (const outcome of ['yes', 'no'] as const) {
    const same = labelled.filter((b) => b.exit!.outcome === outcome);
    if (same.length > 1) bag.add('TRT2604', same[1]!.exit!.range, { step: step.label.written, label: outcome === 'yes' ? 'иә' : 'жоқ' });
  }
}

export function checkCharts(model: Model, bag: DiagnosticBag): void {
  checkOptions(model, bag);
  const checked = new Set<string>();
  for (const appendix of model.file.appendices) {
    for (const chart of appendix.charts) {
      const procedure = model.procedures.get(chart.procedure.name);
      if (!procedure) continue;
      const labelsOnly = chartSetting(chart, 'boxes') === 'label';
      const inside = chartSetting(chart, 'durations') !== 'beside';
      for (const step of procedure.node.steps) {
        // A label-only chart prints no text, and leaves out a step without a label.
        if (labelsOnly) continue;
        const key = `${procedure.id}#${step.label.range.start.offset}`;
        if (checked.has(key)) continue;
        checked.add(key);
        checkStep(step, bag, inside);
      }
    }
  }
}
