// Quick fixes: the replacements the diagnostics offer, the very fixes `check --fix` makes, one by one or all at once.
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic as LspDiagnostic, type TextEdit } from 'vscode-languageserver';
import type { Diagnostic, Fix } from '../diagnostics/types.js';
import { compatibleFixes } from '../fixes/apply-fixes.js';
import type { Analysis } from './analysis.js';
import type { DiagnosticData } from './diagnostics.js';
import { toLspRange, type Locale } from './positions.js';

const FIX_ALL = { kk: 'Тәртіп: ұсынылған түзетулердің бәрін енгізу', en: 'Tártip: apply every offered fix' };

const edit = (d: Diagnostic & { fix: Fix }): TextEdit => ({ range: toLspRange(d.fix.range), newText: d.fix.replacement });

/** The finding a client's diagnostic stands for, if it came from this very analysis. */
function findingOf(analysis: Analysis, diagnostic: LspDiagnostic): Diagnostic | undefined {
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  if (data?.version !== analysis.version || typeof data.index !== 'number') return undefined;
  return analysis.result.diagnostics[data.index];
}

export function codeActions(analysis: Analysis, params: CodeActionParams, locale: Locale): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: CodeAction[] = [];
  // Only fixes that still apply to the text as it is now, chosen as `check --fix` chooses them (findings set «off» give none).
  const applicable = new Set(compatibleFixes(analysis.text, analysis.result.diagnostics.filter((d) => analysis.settings.rules.get(d.code) !== 'off')));
  if (wants(CodeActionKind.QuickFix)) {
    for (const diagnostic of params.context.diagnostics) {
      const finding = findingOf(analysis, diagnostic);
      if (!finding?.fix || !applicable.has(finding as Diagnostic & { fix: Fix })) continue;
      actions.push({
        title: finding.fix.message[locale],
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [analysis.uri]: [edit(finding as Diagnostic & { fix: Fix })] } },
      });
    }
  }
  if (applicable.size > 0 && (wants(CodeActionKind.SourceFixAll) || (actions.length > 0 && applicable.size > 1))) {
    actions.push({
      title: FIX_ALL[locale],
      kind: CodeActionKind.SourceFixAll,
      edit: { changes: { [analysis.uri]: [...applicable].map(edit) } },
    });
  }
  return actions;
}
