// The preview's local web server (node:http, 127.0.0.1 only): the page, Mermaid, and the states as server-sent events.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PAGE_HTML, previewScript } from './page.js';
import type { PreviewState } from './state.js';

export interface PreviewServer {
  /** «http://127.0.0.1:PORT/». */
  url: string;
  /** Sends a state to every open page, and to every page that opens later. */
  publish(state: PreviewState): void;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** 0 for any free port. */
  port: number;
  /** The Mermaid build the page draws with (the one `tartip diagram` renders with). */
  mermaid: string;
  /** Mermaid's settings, as the renderer uses them. */
  settings: object;
}

/** Only this machine: the server is bound to the loopback address and answers no other name. */
const HOST = '127.0.0.1';

const SECURITY = {
  // Everything comes from this server; Mermaid writes style attributes and <style> into its SVGs.
  'Content-Security-Policy': "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

/** SSE keeps the connection open; a comment now and then keeps proxies and idle timers from closing it. */
const KEEP_ALIVE_MS = 15_000;

/**
 * A page from another site could reach a loopback port through a DNS name that resolves to 127.0.0.1
 * (DNS rebinding); such a request carries that name as its Host, so only the loopback names are answered.
 */
function allowedHost(request: IncomingMessage, port: number): boolean {
  return request.headers.host === `${HOST}:${port}` || request.headers.host === `localhost:${port}`;
}

export function startPreviewServer(options: ServerOptions): Promise<PreviewServer> {
  const clients = new Set<ServerResponse>();
  const script = previewScript(options.settings);
  let current: string | undefined;
  let port = 0;

  const send = (response: ServerResponse, data: string) => response.write(`event: state\ndata: ${data}\n\n`);

  const server = createServer((request, response) => {
    if (!allowedHost(request, port)) {
      response.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('forbidden\n');
      return;
    }
    const route = request.method === 'GET' ? (request.url ?? '/').split('?')[0] : undefined;
    switch (route) {
      case '/':
        response.writeHead(200, { ...SECURITY, 'Content-Type': 'text/html; charset=utf-8' }).end(PAGE_HTML);
        return;
      case '/preview.js':
        response.writeHead(200, { ...SECURITY, 'Content-Type': 'text/javascript; charset=utf-8' }).end(script);
        return;
      case '/mermaid.js':
        response.writeHead(200, { ...SECURITY, 'Content-Type': 'text/javascript; charset=utf-8' }).end(options.mermaid);
        return;
      case '/events':
        response.writeHead(200, { ...SECURITY, 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
        response.write('retry: 500\n\n');
        if (current !== undefined) send(response, current);
        clients.add(response);
        request.on('close', () => clients.delete(response));
        return;
      case '/favicon.ico':
        response.writeHead(204).end();
        return;
      default:
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found\n');
    }
  });
  const keepAlive = setInterval(() => {
    for (const client of clients) client.write(': keep-alive\n\n');
  }, KEEP_ALIVE_MS);
  keepAlive.unref();

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, HOST, () => {
      server.off('error', reject);
      port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://${HOST}:${port}/`,
        publish(state) {
          current = JSON.stringify(state);
          for (const client of clients) send(client, current);
        },
        close: () =>
          new Promise((done) => {
            clearInterval(keepAlive);
            for (const client of clients) client.end();
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
