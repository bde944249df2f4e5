// A real LSP client for the tests: spawns the built `dist/tartip.js lsp --stdio` and talks the protocol to it.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification, InitializeRequest,
  InitializedNotification, PublishDiagnosticsNotification, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
  type ProtocolConnection, type PublishDiagnosticsParams, type Range, type ServerCapabilities,
} from 'vscode-languageserver-protocol/node';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const BIN = path.join(ROOT, 'dist/tartip.js');

export const uriOf = (file: string) => pathToFileURL(file).href;
export const actPath = (name: string) => path.join(ROOT, 'regulations', name);
export const LARGEST_ACT = actPath('2018-1114-01-guardianship-certificates.tartip');
export const readAct = (file: string) => readFileSync(file, 'utf8');

export interface TestClient {
  connection: ProtocolConnection;
  capabilities: ServerCapabilities;
  child: ChildProcess;
  /** Every diagnostics notification received, in order. */
  published: PublishDiagnosticsParams[];
  /** Opens a document and waits for its first diagnostics. */
  open(uri: string, text: string): Promise<PublishDiagnosticsParams>;
  /** Replaces the whole text and waits for the diagnostics of the new version. */
  change(uri: string, text: string): Promise<PublishDiagnosticsParams>;
  /** Replaces a range, as an editor sends each keystroke, and waits for the diagnostics of the new version. */
  edit(uri: string, range: Range, text: string): Promise<PublishDiagnosticsParams>;
  close(): Promise<number | null>;
}

export async function startClient(locale = 'en'): Promise<TestClient> {
  const child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiting = new Map<string, { version: number; resolve: (p: PublishDiagnosticsParams) => void }>();
  const published: PublishDiagnosticsParams[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    published.push(p);
    const w = waiting.get(p.uri);
    if (w && (p.version === undefined || p.version >= w.version)) {
      waiting.delete(p.uri);
      w.resolve(p);
    }
  });
  connection.listen();
  const init = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: uriOf(ROOT), capabilities: {}, locale, workspaceFolders: null });
  await connection.sendNotification(InitializedNotification.type, {});
  const versions = new Map<string, number>();
  const send = (uri: string, change: { text: string } | { range: Range; text: string }) => {
    const version = (versions.get(uri) ?? 1) + 1;
    versions.set(uri, version);
    const published = wait(uri, version);
    void connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
    return published;
  };
  const wait = (uri: string, version: number) => new Promise<PublishDiagnosticsParams>((resolve) => waiting.set(uri, { version, resolve }));
  return {
    connection,
    capabilities: init.capabilities,
    child,
    published,
    open(uri, text) {
      versions.set(uri, 1);
      const published = wait(uri, 1);
      void connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'tartip', version: 1, text } });
      return published;
    },
    change(uri, text) {
      return send(uri, { text });
    },
    edit(uri, range, text) {
      return send(uri, { range, text });
    },
    async close() {
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      const code = await exited;
      connection.dispose();
      return code;
    },
  };
}
