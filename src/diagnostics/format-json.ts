// Machine-readable diagnostics report (`--format json`), documented by schema/diagnostics-report.schema.json.
import { entryFor } from './catalogue.js';
import type { Diagnostic } from './types.js';

export function formatJsonReport(diagnostics: Diagnostic[], files: string[]): string {
  const count = (severity: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === severity).length;
  const report = {
    tool: 'tartip',
    formatVersion: 1,
    files,
    summary: { errors: count('error'), warnings: count('warning'), infos: count('info') },
    diagnostics: diagnostics.map((d) => ({
      code: d.code,
      name: entryFor(d.code).name,
      severity: d.severity,
      message: d.message,
      file: d.file,
      range: d.range,
      related: d.related,
      ...(d.fix ? { fix: d.fix } : {}),
      ...(d.acknowledged ? { acknowledged: true } : {}),
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
