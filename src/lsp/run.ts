// `tartip lsp --stdio`: the language server on standard input and output, until the client says exit.
import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { startServer } from './server.js';

/** Serves until the client disconnects; resolves to the exit code (0 after a shutdown request, 1 without one, as the protocol asks). */
export function runLanguageServer(): Promise<number> {
  return new Promise((resolve) => {
    const connection = createConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
    let shutdown = false;
    connection.onShutdown(() => {
      shutdown = true;
    });
    connection.onExit(() => resolve(shutdown ? 0 : 1));
    process.stdin.on('end', () => resolve(shutdown ? 0 : 1));
    startServer(connection);
  });
}
