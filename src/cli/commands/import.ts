// `tartip import <file>`: a printed act (text, DOCX, HTML, PDF) becomes a Tártip draft that compiles; --split cuts a gazette into acts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compile } from '../../compile.js';
import { createDiagnostic } from '../../diagnostics/create.js';
import { formatDiagnostic, type Language } from '../../diagnostics/format-text.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import { importAct, type ImportReport } from '../../import/import-act.js';
import { readInput } from '../../import/read-input.js';
import { actText, partsText, splitActs } from '../../import/split.js';
import { LineMap } from '../../text/line-map.js';
import { writeAtomic } from '../write-output.js';

export interface ImportOptions {
  out?: string;
  split: boolean;
  report: boolean;
  language: Language;
  color: boolean;
}

const NOWHERE = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

function reportText(name: string, r: ImportReport, lines: string): string {
  const unused = r.unusedLines.length;
  return [
    `${name}${lines}`,
    `  тармақтар / paragraphs: ${r.paragraphsRecognised} of ${r.paragraphs} recognised`,
    `  қадамдар / steps: ${r.steps}`,
    `  ұзақтықтар / durations: ${r.durations}`,
    `  тексеруге / warnings left to review: ${r.warnings}`,
    `  пайдаланылмаған жолдар / source lines not used: ${unused}${unused ? ` (${ranges(r.unusedLines)})` : ''}`,
  ].join('\n');
}

/** 3,4,5,9 → «3–5, 9». */
function ranges(lines: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === lines[j]! + 1) j++;
    out.push(i === j ? `${lines[i]}` : `${lines[i]}–${lines[j]}`);
    i = j + 1;
  }
  return out.join(', ');
}

export async function runImport(file: string, opts: ImportOptions, stdout: (s: string) => void, stderr: (s: string) => void): Promise<number> {
  // An input that could not be read has no text to show a frame of: its diagnostic is printed without one.
  const print = (ds: Diagnostic[], text: string | null) => {
    const map = text === null ? undefined : new LineMap(text);
    for (const d of ds) stderr(`${formatDiagnostic(d, map, { language: opts.language, color: opts.color })}\n`);
  };
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    print([createDiagnostic('TRT5091', file, NOWHERE, { path: file, format: 'file', reason: (error as NodeJS.ErrnoException).code ?? String(error) })], null);
    return 2;
  }
  const input = await readInput(file, bytes);
  if (!input.ok) {
    print([createDiagnostic('TRT5091', file, NOWHERE, { path: file, format: input.format, reason: input.reason })], null);
    return 2;
  }
  const spans = opts.split ? splitActs(input.text) : [{ parts: [[1, input.text.split('\n').length]] as [number, number][], title: null }];
  if (spans.length === 0) {
    print([createDiagnostic('TRT5090', file, NOWHERE)], input.text);
    return 1;
  }
  const base = path.basename(file).replace(/\.[^.]+$/, '');
  const outputs: { target: string | undefined; draft: string }[] = [];
  let failed = false;
  spans.forEach((span, i) => {
    const text = opts.split ? actText(input.text, span) : input.text;
    const result = importAct(text, file);
    print(result.diagnostics, input.text);
    if (result.diagnostics.some((d) => d.severity === 'error')) {
      failed = true;
      return;
    }
    const checked = compile(result.draft, 'draft.tartip', 'draft.tartip', { emit: false });
    if (checked.diagnostics.some((d) => d.severity === 'error')) {
      print(checked.diagnostics.filter((d) => d.severity === 'error'), result.draft);
      failed = true;
      return;
    }
    const name = opts.split ? `${base}-${String(i + 1).padStart(2, '0')}.tartip` : undefined;
    const target = opts.split ? path.join(opts.out ?? '.', name!) : opts.out;
    const header = opts.split ? `# Дереккөз: ${path.basename(file)}, ${partsText(span)}-жолдар (source lines)\n` : '';
    outputs.push({ target, draft: header + result.draft });
    if (opts.report) stderr(`${reportText(target ?? file, result.report, opts.split ? ` (${partsText(span)})` : '')}\n`);
  });
  // Every draft is made before any is written, each atomically; a draft that does not compile is not written.
  for (const o of outputs) {
    if (o.target) writeAtomic(path.resolve(o.target), o.draft);
    else stdout(o.draft);
  }
  return failed ? 1 : 0;
}
