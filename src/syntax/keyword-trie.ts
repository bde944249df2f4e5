// A trie of every keyword form, walked over whole word tokens: multi-word keywords span several words.
import type { IToken } from 'chevrotain';
import { foldChar, isAnySpace } from '../text/characters.js';

interface TrieNode {
  next: Map<number, TrieNode>;
  /** Edge taken between the words of a multi-word keyword (any whitespace between them). */
  gap: TrieNode | undefined;
  token: string | undefined;
}

const node = (): TrieNode => ({ next: new Map(), gap: undefined, token: undefined });

export interface KeywordMatch {
  token: string;
  /** Index of the last word token the keyword takes. */
  last: number;
}

export class KeywordTrie {
  private readonly root = node();

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

  private walkWord(from: TrieNode, image: string): TrieNode | undefined {
    let current: TrieNode | undefined = from;
    for (let k = 0; k < image.length && current; k++) current = current.next.get(foldChar(image.charCodeAt(k)));
    return current;
  }

  /**
   * The longest keyword made of whole words starting at `tokens[i]`; the words of a multi-word keyword
   * must be word tokens separated by nothing but whitespace (a comment between them breaks the keyword).
   */
  longest(tokens: IToken[], i: number, text: string, isWord: (t: IToken) => boolean): KeywordMatch | undefined {
    let best: KeywordMatch | undefined;
    let current = this.walkWord(this.root, tokens[i]!.image);
    let j = i;
    while (current) {
      if (current.token !== undefined) best = { token: current.token, last: j };
      const next = tokens[j + 1];
      if (!current.gap || !next || !isWord(next)) break;
      const end = tokens[j]!.startOffset + tokens[j]!.image.length;
      if (next.startOffset === end) break;
      for (let k = end; k < next.startOffset; k++) if (!isAnySpace(text.charCodeAt(k))) return best;
      current = this.walkWord(current.gap, next.image);
      j++;
    }
    return best;
  }
}
