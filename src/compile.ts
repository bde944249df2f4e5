// The compiler pipeline, top to bottom: lex → parse (repairing keyword slips) → build AST → bind → check → emit JSON → validate.
import { buildAst } from './ast/build-file.js';
import { checkProcedureLimits } from './ast/limits.js';
import type { IToken } from 'chevrotain';
import type { Diagnostic } from './diagnostics/types.js';
import { emitJson } from './emit/json/emit.js';
import type { ProcessDefinition } from './emit/json/model.js';
import { validateOutput } from './emit/json/validate.js';
import { bind } from './semantic/binder.js';
import { check } from './semantic/checks/index.js';
import type { Model } from './semantic/model.js';
import { lexWithinLimits } from './syntax/limits.js';
import { checkBidiControls } from './syntax/bidi-controls.js';
import { checkHyphenation } from './syntax/hyphenation.js';
import { checkMixedScript } from './syntax/mixed-script.js';
import { normalizeSource } from './syntax/normalize.js';
import { dropCascades, parseErrorsToDiagnostics } from './syntax/parse-errors.js';
import { parseWithRepairs, repairDiagnostics } from './syntax/repair.js';

export interface CompileResult {
  file: string;
  diagnostics: Diagnostic[];
  /** The bound model, for diagram emitters and checks. */
  model: Model;
  /** The process definition; undefined when there are errors. */
  json: ProcessDefinition | undefined;
  /** The tokens as parsed (keyword slips retyped), for the language server's highlighting and hovers. */
  tokens: IToken[];
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.range.start.offset - b.range.start.offset || a.range.end.offset - b.range.end.offset || a.code.localeCompare(b.code);
}

export function hasErrors(diagnostics: Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/**
 * Compiles one source text. Pure: no I/O, never throws for bad input. `file` names the file in
 * diagnostics; `sourceName` is what the JSON records (relative, so outputs are the same on every machine).
 */
export interface CompileOptions {
  /**
   * Emit and validate the JSON (the default). `check` needs only the diagnostics, and emission with its
   * schema validation is a fifth of the work on a file.
   */
  emit?: boolean;
}

export function compile(source: string, file: string, sourceName: string = file, options: CompileOptions = {}): CompileResult {
  const text = normalizeSource(source, file);
  const lexed = lexWithinLimits(text.source, file);
  const parsed = parseWithRepairs(lexed.tokens);
  const ast = buildAst(parsed.elements, lexed.lines, file);
  const syntax = dropCascades([
    ...text.diagnostics,
    ...lexed.diagnostics,
    ...repairDiagnostics(parsed.repairs, lexed.lines, file),
    ...parseErrorsToDiagnostics(parsed.errors, lexed.lines, file, parsed.tokens),
    ...ast.diagnostics,
    ...checkMixedScript(lexed.tokens, lexed.lines, file),
    ...checkBidiControls(text.source, lexed.lines, file),
    ...checkHyphenation(lexed.tokens, lexed.lines, file),
    ...checkProcedureLimits(ast.file, file),
  ], lexed.quiet);
  const bound = bind(ast.file, file, lexed.lines);
  // A source over a size limit is not compiled (its tokens were dropped): only the limit is reported.
  if (lexed.stopped) return { file, diagnostics: text.toOriginal(lexed.diagnostics), model: bound.model, json: undefined, tokens: [] };
  // What the act lacks (TRT2012) is only told of a file that parsed: a syntax error may have swallowed the
  // part, and its own error is the one to fix.
  const checked = check(bound.model, lexed.lines, file, bound.diagnostics);
  const diagnostics = [...syntax, ...(hasErrors(syntax) ? checked.filter((d) => d.code !== 'TRT2012') : checked)];
  const json = hasErrors(diagnostics) || options.emit === false ? undefined : emitJson(bound.model, sourceName);
  if (json) diagnostics.push(...validateOutput(json, file, lexed.lines.range(0, 0)));
  return { file, diagnostics: text.toOriginal(diagnostics).sort(compareDiagnostics), model: bound.model, json: hasErrors(diagnostics) ? undefined : json, tokens: parsed.tokens };
}
