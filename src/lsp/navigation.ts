// Go to definition, find references and rename, over the name index: participants, systems, documents, procedures.
import { LSPErrorCodes, ResponseError, type Location, type Range as LspRange, type WorkspaceEdit } from 'vscode-languageserver';
import { messageFor } from '../diagnostics/create.js';
import type { MessageArgs } from '../diagnostics/types.js';
import { KEYWORDS, formsOf } from '../syntax/keywords.js';
import { Identifier } from '../syntax/tokens.js';
import { foldWord } from '../text/characters.js';
import type { Analysis } from './analysis.js';
import type { NameOccurrence } from './name-index.js';
import { toLspRange, type Locale } from './positions.js';

const location = (analysis: Analysis, o: NameOccurrence): Location => ({ uri: analysis.uri, range: toLspRange(o.range) });

export function definition(analysis: Analysis, offset: number): Location | null {
  const at = analysis.names.at(offset);
  const declaration = at && analysis.names.declaration(at.namespace, at.name);
  return declaration ? location(analysis, declaration) : null;
}

export function references(analysis: Analysis, offset: number, includeDeclaration: boolean): Location[] {
  const at = analysis.names.at(offset);
  if (!at) return [];
  return analysis.names.all(at.namespace, at.name).filter((o) => includeDeclaration || !o.declaration).map((o) => location(analysis, o));
}

/** A refused rename, worded from the catalogue in the client's language. */
function refuse(code: string, locale: Locale, args: MessageArgs = {}): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestFailed, `${code}: ${messageFor(code, args)[locale]}`);
}

function occurrenceAt(analysis: Analysis, offset: number, locale: Locale): NameOccurrence {
  const at = analysis.names.at(offset);
  if (!at) throw refuse('TRT6020', locale);
  return at;
}

export function prepareRename(analysis: Analysis, offset: number, locale: Locale): { range: LspRange; placeholder: string } {
  const at = occurrenceAt(analysis, offset, locale);
  return { range: toLspRange(at.range), placeholder: at.name };
}

const NAME = new RegExp(`^(?:${(Identifier.PATTERN as RegExp).source}|\`${(Identifier.PATTERN as RegExp).source}\`)$`, 'u');
const KEYWORD_OF_FORM = new Map(KEYWORDS.flatMap((k) => formsOf(k).map((f) => [foldWord(f), k] as const)));

export function rename(analysis: Analysis, offset: number, newName: string, locale: Locale): WorkspaceEdit {
  const at = occurrenceAt(analysis, offset, locale);
  const wanted = newName.trim().normalize('NFC');
  if (!NAME.test(wanted)) throw refuse('TRT6022', locale, { name: wanted });
  // A keyword is read as the keyword where one may stand; in backticks it is always a name.
  const keyword = KEYWORD_OF_FORM.get(foldWord(wanted));
  if (keyword !== undefined) throw refuse('TRT6021', locale, { name: wanted, keyword: { kk: `«${keyword.kk[0]}» түрі`, en: keyword.en } });
  const bare = wanted.replace(/^`|`$/g, '');
  const taken = bare === at.name ? undefined : analysis.names.declaration(at.namespace, bare);
  if (taken) throw refuse('TRT6023', locale, { name: bare, line: taken.range.start.line });
  const edits = analysis.names.all(at.namespace, at.name).map((o) => ({ range: toLspRange(o.range), newText: wanted }));
  return { changes: { [analysis.uri]: edits } };
}
