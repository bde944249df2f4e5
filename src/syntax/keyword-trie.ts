// Finds the longest keyword at a position with one trie walk, shared by all keyword tokens.
//
// Chevrotain asks every keyword token in turn whether it matches at an offset. Walking every form of
// every keyword there was the lexer's hot spot, so the first question at an offset walks a trie of all
// forms once and caches the answer; the other keyword tokens at that offset read the cache.
import { foldChar, isAnySpace, isWordBoundary, isWordChar } from './characters.js';

interface TrieNode {
  next: Map<number, TrieNode>;
  /** Edge taken over a run of whitespace between the words of a multi-word keyword. */
  gap: TrieNode | undefined;
  token: string | undefined;
}

const node = (): TrieNode => ({ next: new Map(), gap: undefined, token: undefined });

export class KeywordTrie {
  private readonly root = node();
  private cachedText = '';
  private cachedOffset = -1;
  private cachedToken: string | undefined;
  private cachedEnd = 0;

  add(form: string, token: string): void {
    let current = this.root;
    form.split(/\s+/).forEach((word, i) => {
      if (i > 0) current = current.gap ??= node();
      for (const ch of word) {
        const code = foldChar(ch.charCodeAt(0));
        let child = current.next.get(code);
        if (!child) current.next.set(code, (child = node()));
        current = child;
      }
    });
    current.token = token;
  }

  /** The longest keyword starting at `offset`, followed by a word boundary (when it ends in a letter). */
  private walk(text: string, offset: number): void {
    this.cachedText = text;
    this.cachedOffset = offset;
    this.cachedToken = undefined;
    let current: TrieNode | undefined = this.root;
    let pos = offset;
    while (current) {
      if (current.token !== undefined && pos > offset) {
        const endsInWord = isWordChar(text.charCodeAt(pos - 1));
        if (!endsInWord || isWordBoundary(text, pos)) {
          this.cachedToken = current.token;
          this.cachedEnd = pos;
        }
      }
      if (pos >= text.length) break;
      const code = text.charCodeAt(pos);
      if (current.gap && isAnySpace(code)) {
        let after = pos;
        while (after < text.length && isAnySpace(text.charCodeAt(after))) after++;
        const viaLetter = current.next.get(foldChar(code));
        if (!viaLetter) {
          current = current.gap;
          pos = after;
          continue;
        }
      }
      current = current.next.get(foldChar(code));
      pos++;
    }
  }

  /** The end offset if `token` is the longest keyword at `offset`, otherwise -1. */
  match(token: string, text: string, offset: number): number {
    if (offset !== this.cachedOffset || text !== this.cachedText) this.walk(text, offset);
    return this.cachedToken === token ? this.cachedEnd : -1;
  }
}
