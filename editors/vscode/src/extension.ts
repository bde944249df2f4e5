// The Tártip extension: starts `tartip lsp --stdio` as the language client's server and opens `tartip preview` beside the editor.
import { spawn, type ChildProcess } from 'node:child_process';
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;
/** One preview server per file, ended with the extension (or when its file's preview is asked for again after it stopped). */
const previews = new Map<string, { process: ChildProcess; url: string }>();

/** The configured command, and the arguments that run it: a `.js` path is run with the editor's own Node. */
function tartipCommand(args: string[]): { command: string; args: string[] } {
  const configured = vscode.workspace.getConfiguration('tartip').get<string>('path')?.trim() || 'tartip';
  return /\.[cm]?js$/.test(configured) ? { command: process.execPath, args: [configured, ...args] } : { command: configured, args };
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const run = tartipCommand(['lsp', '--stdio']);
  const env = /\.[cm]?js$/.test(run.args[0] ?? '') ? { ...process.env, ELECTRON_RUN_AS_NODE: '1' } : process.env;
  const serverOptions: ServerOptions = { command: run.command, args: run.args, options: { env, shell: process.platform === 'win32' && run.command !== process.execPath } };
  // The client sends the editor's display language as the initialize request's locale: the server answers in Kazakh for kk.
  const clientOptions: LanguageClientOptions = { documentSelector: [{ language: 'tartip' }], outputChannelName: 'Tártip' };
  client = new LanguageClient('tartip', 'Tártip', serverOptions, clientOptions);
  context.subscriptions.push(vscode.commands.registerCommand('tartip.openPreview', (uri?: vscode.Uri) => openPreview(uri ?? vscode.window.activeTextEditor?.document.uri)));
  try {
    await client.start();
  } catch (error) {
    void vscode.window.showErrorMessage(`Tártip: cannot start «${run.command} ${run.args.join(' ')}» (${error instanceof Error ? error.message : String(error)}); set tartip.path.`);
  }
}

/** Runs `tartip preview <file>`, whose first line on stdout carries the page's address, and shows that page beside the editor. */
async function openPreview(uri: vscode.Uri | undefined): Promise<void> {
  if (!uri || uri.scheme !== 'file') {
    void vscode.window.showWarningMessage('Tártip: open a saved .tartip file to preview it.');
    return;
  }
  const file = uri.fsPath;
  let preview = previews.get(file);
  if (!preview || preview.process.exitCode !== null) {
    const run = tartipCommand(['preview', file]);
    const env = run.command === process.execPath ? { ...process.env, ELECTRON_RUN_AS_NODE: '1' } : process.env;
    const child = spawn(run.command, run.args, { env, shell: process.platform === 'win32' && run.command !== process.execPath });
    const url = await new Promise<string | undefined>((resolve) => {
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
        const address = /https?:\/\/[^\s]+/.exec(out);
        if (address) resolve(address[0].replace(/[.,;:)]+$/, ''));
      });
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
      child.on('error', (error) => {
        void vscode.window.showErrorMessage(`Tártip: cannot run «${run.command}» (${error.message}); set tartip.path.`);
        resolve(undefined);
      });
      child.on('exit', () => {
        if (err.trim() !== '') void vscode.window.showErrorMessage(`Tártip preview: ${err.trim().split('\n')[0]}`);
        resolve(undefined);
      });
    });
    if (!url) return;
    preview = { process: child, url };
    previews.set(file, preview);
  }
  await vscode.commands.executeCommand('simpleBrowser.api.open', vscode.Uri.parse(preview.url), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });
}

export async function deactivate(): Promise<void> {
  for (const { process: child } of previews.values()) child.kill();
  previews.clear();
  await client?.stop();
}
