// Groups an act's blocks into sections and paragraphs, and tells a section heading from a paragraph.
import type { Block } from './blocks.js';

export interface ImportParagraph {
  block: Block;
  items: Block[];
}

export interface ImportSection {
  block: Block | null;
  paragraphs: ImportParagraph[];
}

/** «1. Жалпы ережелер»: a short numbered line that states nothing (no colon, no closing full stop). */
export function isSectionHeading(block: Block): boolean {
  return block.kind === 'numbered' && block.text.length < 400 && !/[:;]/u.test(block.text) && !/\.\s*$/u.test(block.text)
    && /^[А-ЯӘҒҚҢӨҰҮҺІ«]/u.test(block.text);
}

/** Sections and paragraphs; blocks before the first paragraph are returned as unused. */
export function groupParagraphs(blocks: Block[]): { sections: ImportSection[]; unused: Block[] } {
  const sections: ImportSection[] = [];
  const unused: Block[] = [];
  let paragraph: ImportParagraph | undefined;
  for (const block of blocks) {
    if (isSectionHeading(block)) {
      sections.push({ block, paragraphs: [] });
      paragraph = undefined;
    } else if (block.kind === 'numbered') {
      if (sections.length === 0) sections.push({ block: null, paragraphs: [] });
      paragraph = { block, items: [] };
      sections[sections.length - 1]!.paragraphs.push(paragraph);
    } else if (paragraph) {
      paragraph.items.push(block);
    } else {
      unused.push(block);
    }
  }
  return { sections, unused };
}
