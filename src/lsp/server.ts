// The language server: wires the protocol's requests to the analyses of open documents (vscode-languageserver does the JSON-RPC).
import { CodeActionKind, DidChangeWatchedFilesNotification, ResponseError, TextDocumentSyncKind, TextDocuments, type Connection, type InitializeResult } from 'vscode-languageserver';
import { CONFIG_FILE } from '../config/rules-file.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache, type Analysis } from './analysis.js';
import { codeActions } from './code-actions.js';
import { completion } from './completion.js';
import { analysisFailure, publishable } from './diagnostics.js';
import { formatting } from './formatting.js';
import { hover } from './hover.js';
import { definition, prepareRename, references, rename } from './navigation.js';
import { documentSymbols, foldingRanges } from './outline.js';
import { LEGEND, semanticTokens } from './semantic-tokens.js';
import { localeOf, type Locale } from './positions.js';

/**
 * Changes closer together than this are one burst of typing: the first change after a pause is compiled at
 * once, and the rest of a burst waits until the typing pauses this long, so a burst costs one compilation more,
 * not one per key. A whole act compiles in 3–15 ms, so change→diagnostics stays well under 50 ms.
 */
export const DEBOUNCE_MS = 15;

/**
 * Even the first change waits this long: the protocol library reads one queued message per turn of the event
 * loop, so changes that arrived together are all read before the compilation, which then sees only the last.
 */
const LEADING_MS = 2;

export interface ServerState {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  cache: AnalysisCache;
  locale: Locale;
}

/** Runs a request on the current analysis of its document; a request on a closed document, or a failure, answers null. */
export function onDocument<T>(state: ServerState, uri: string, run: (analysis: Analysis, document: TextDocument) => T): T | null {
  const document = state.documents.get(uri);
  if (!document) return null;
  try {
    return run(state.cache.get(document), document);
  } catch (error) {
    // A refusal (a rename to a keyword) is the answer; anything else is a Tártip bug, logged, and the editor goes on.
    if (error instanceof ResponseError) throw error;
    state.connection.console.error(`tartip: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return null;
  }
}

function capabilities(): InitializeResult['capabilities'] {
  return {
    textDocumentSync: TextDocumentSyncKind.Incremental,
    hoverProvider: true,
    completionProvider: { triggerCharacters: [':', ')'] },
    definitionProvider: true,
    referencesProvider: true,
    renameProvider: { prepareProvider: true },
    documentSymbolProvider: true,
    foldingRangeProvider: true,
    documentFormattingProvider: true,
    semanticTokensProvider: { legend: LEGEND, full: true },
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll] },
  };
}

/** Diagnostics as you type: a burst of changes is compiled once, and a result for a version since replaced is dropped. */
function diagnosticsScheduler(state: ServerState) {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const lastChange = new Map<string, number>();
  const publish = (uri: string, version: number) => {
    timers.delete(uri);
    const document = state.documents.get(uri);
    if (!document || document.version !== version) return;
    let diagnostics;
    try {
      diagnostics = publishable(state.cache.get(document), state.locale);
    } catch (error) {
      diagnostics = [analysisFailure(uri, version, error, state.locale)];
    }
    if (state.documents.get(uri)?.version !== version) return;
    void state.connection.sendDiagnostics({ uri, version, diagnostics });
  };
  return {
    /** Schedules the document's diagnostics: at once after a pause in typing, else when the typing pauses. */
    changed(document: TextDocument) {
      const now = performance.now();
      const inBurst = timers.has(document.uri) || now - (lastChange.get(document.uri) ?? -Infinity) < DEBOUNCE_MS;
      lastChange.set(document.uri, now);
      clearTimeout(timers.get(document.uri));
      timers.set(document.uri, setTimeout(publish, inBurst ? DEBOUNCE_MS : LEADING_MS, document.uri, document.version));
    },
    cancel(uri: string) {
      clearTimeout(timers.get(uri));
      timers.delete(uri);
      lastChange.delete(uri);
    },
  };
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const state: ServerState = { connection, documents, cache: new AnalysisCache(), locale: 'en' };
  const diagnostics = diagnosticsScheduler(state);

  let watchesConfig = false;
  connection.onInitialize((params) => {
    state.locale = localeOf(params.locale);
    watchesConfig = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return { capabilities: capabilities(), serverInfo: { name: 'tartip' } };
  });
  // Severities come from tartip.config.json as in `check`; an edited one re-checks every open document at once
  // (without a client that watches files, the next change of a document reads it again).
  connection.onInitialized(() => {
    if (watchesConfig) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE}` }] });
  });
  connection.onDidChangeWatchedFiles((p) => {
    if (!p.changes.some((c) => c.uri.endsWith(`/${CONFIG_FILE}`))) return;
    state.cache.clear();
    for (const document of documents.all()) diagnostics.changed(document);
  });

  // Opening a document is a change of its content too (TextDocuments reports both).
  documents.onDidChangeContent((e) => diagnostics.changed(e.document));
  documents.onDidClose((e) => {
    diagnostics.cancel(e.document.uri);
    state.cache.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onHover((p) => onDocument(state, p.textDocument.uri, (a, d) => hover(a, d.offsetAt(p.position), state.locale)));
  connection.onCompletion((p) => onDocument(state, p.textDocument.uri, (a, d) => completion(a, d.offsetAt(p.position), state.locale)));
  connection.onDefinition((p) => onDocument(state, p.textDocument.uri, (a, d) => definition(a, d.offsetAt(p.position))));
  connection.onReferences((p) => onDocument(state, p.textDocument.uri, (a, d) => references(a, d.offsetAt(p.position), p.context.includeDeclaration)));
  connection.onPrepareRename((p) => onDocument(state, p.textDocument.uri, (a, d) => prepareRename(a, d.offsetAt(p.position), state.locale)));
  connection.onRenameRequest((p) => onDocument(state, p.textDocument.uri, (a, d) => rename(a, d.offsetAt(p.position), p.newName, state.locale)));
  connection.onDocumentSymbol((p) => onDocument(state, p.textDocument.uri, (a) => documentSymbols(a.result.model.file)));
  connection.onFoldingRanges((p) => onDocument(state, p.textDocument.uri, (a) => foldingRanges(a)));
  connection.languages.semanticTokens.on((p) => onDocument(state, p.textDocument.uri, (a) => semanticTokens(a)) ?? { data: [] });
  connection.onDocumentFormatting((p) => onDocument(state, p.textDocument.uri, (a) => formatting(a)));
  connection.onCodeAction((p) => onDocument(state, p.textDocument.uri, (a) => codeActions(a, p, state.locale)));

  documents.listen(connection);
  connection.listen();
}
