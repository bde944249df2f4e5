// The VS Code extension: its manifest and language configuration, and `npm run vsix` packaging grammar, client and manifest.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const EXTENSION = path.join(ROOT, 'editors/vscode');
const manifest = JSON.parse(readFileSync(path.join(EXTENSION, 'package.json'), 'utf8'));
const configuration = JSON.parse(readFileSync(path.join(EXTENSION, 'language-configuration.json'), 'utf8'));

describe('the extension manifest', () => {
  it('contributes the tartip language for .tartip files with its grammar and configuration', () => {
    expect(manifest.contributes.languages).toEqual([expect.objectContaining({ id: 'tartip', extensions: ['.tartip'], configuration: './language-configuration.json' })]);
    const [grammar] = manifest.contributes.grammars;
    expect(grammar).toMatchObject({ language: 'tartip', scopeName: 'source.tartip' });
    expect(existsSync(path.join(EXTENSION, grammar.path))).toBe(true);
    expect(JSON.parse(readFileSync(path.join(EXTENSION, grammar.path), 'utf8')).scopeName).toBe('source.tartip');
  });

  it('has comments, the «» and quote brackets and their auto-closing in the language configuration', () => {
    expect(configuration.comments).toEqual({ lineComment: '#' });
    expect(configuration.brackets).toContainEqual(['«', '»']);
    const pairs = configuration.autoClosingPairs.map((p: { open: string; close: string }) => [p.open, p.close]);
    expect(pairs).toContainEqual(['«', '»']);
    expect(pairs).toContainEqual(['"', '"']);
    expect(new RegExp(configuration.wordPattern, 'u').exec(' МК-қызметкері: ')?.[0]).toBe('МК-қызметкері');
  });

  it('has the preview command, the tartip path setting, and an engine the language client supports', () => {
    expect(manifest.contributes.commands).toContainEqual(expect.objectContaining({ command: 'tartip.openPreview', title: 'Open preview', category: 'Tártip' }));
    expect(manifest.contributes.configuration.properties['tartip.path'].default).toBe('tartip');
    const client = JSON.parse(readFileSync(path.join(ROOT, 'node_modules/vscode-languageclient/package.json'), 'utf8'));
    expect(manifest.engines.vscode).toBe(client.engines.vscode);
    expect(manifest.main).toBe('./dist/extension.js');
  });
});

describe('npm run vsix', () => {
  it('packages the manifest, the bundled client and the grammar into a .vsix', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'tartip-vsix-')), 'tartip.vsix');
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/vsix.mjs'), '--out', out], { cwd: ROOT, stdio: 'pipe' });
    const entries = execFileSync('unzip', ['-Z1', out], { encoding: 'utf8' }).split('\n').filter(Boolean).sort();
    for (const entry of ['extension.vsixmanifest', 'extension/package.json', 'extension/dist/extension.js', 'extension/syntaxes/tartip.tmLanguage.json', 'extension/language-configuration.json']) {
      expect(entries).toContain(entry);
    }
    expect(entries.filter((e) => e.includes('node_modules') || e.includes('/src/'))).toEqual([]);
    // The bundled client starts the server as `tartip lsp --stdio` and opens the preview in the Simple Browser.
    const client = execFileSync('unzip', ['-p', out, 'extension/dist/extension.js'], { encoding: 'utf8' });
    expect(client).toContain('"--stdio"');
    expect(client).toContain('simpleBrowser.api.open');
    expect(client).not.toMatch(/require\("vscode-languageclient/);
  }, 120_000);
});
