// Applying a server's edits to a text, as an editor would, and decoding semantic tokens, for the language-server tests.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { SemanticTokens, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';

export function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x.tartip', 'tartip', 1, text), edits);
}

export function applyWorkspaceEdit(text: string, uri: string, edit: WorkspaceEdit): string {
  return applyEdits(text, edit.changes?.[uri] ?? []);
}

export interface DecodedToken {
  line: number;
  character: number;
  length: number;
  type: string;
  modifiers: string[];
}

export function decodeTokens(tokens: SemanticTokens, types: string[], modifiers: string[]): DecodedToken[] {
  const out: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [dLine, dChar, length, type, mods] = tokens.data.slice(i, i + 5) as [number, number, number, number, number];
    line += dLine;
    character = dLine === 0 ? character + dChar : dChar;
    out.push({ line, character, length, type: types[type]!, modifiers: modifiers.filter((_, k) => mods & (1 << k)) });
  }
  return out;
}

/** The protocol position of the n-th occurrence of a string (0-based lines and UTF-16 characters). */
export function positionOf(text: string, needle: string, nth = 0, delta = 0): { line: number; character: number } {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`«${needle}» occurs fewer than ${nth + 1} times`);
  }
  const before = text.slice(0, at + delta);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}
