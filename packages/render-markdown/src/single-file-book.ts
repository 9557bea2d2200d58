import type { Glossary } from '@alignment-glossary/core';
import type { RootContent } from 'mdast';
import { azIndexContent } from './a-z-index.js';
import { heading, root } from './build.js';
import { chapterContent } from './chapter-content.js';
import { introContent } from './intro-content.js';
import { singleFileLinker } from './linker.js';
import type { BookPlan } from './plan-book.js';
import { resolveAnchors } from './resolve-anchors.js';
import { serialize } from './serialize.js';
import { termContent } from './term-content.js';

/**
 * A whole book as one Markdown document: the book title as the only level-1 heading, the introduction, each
 * chapter at level 2 with its terms at level 3, the appendix, and the A–Z index. Links inside the book are
 * `#anchor`s with the ids GitHub and pandoc (`--from gfm`) give the headings.
 */
export function singleFileBook(glossary: Glossary, plan: BookPlan): string {
  const linker = singleFileLinker(plan);
  const blocks: RootContent[] = [heading(1, plan.book.title), ...introContent(glossary, plan, linker, 1)];
  for (const chapter of plan.chapters) {
    blocks.push(...chapterContent(glossary, chapter, linker, 2));
    for (const id of chapter.homed) {
      const term = glossary.termsById.get(id);
      if (term) blocks.push(...termContent(glossary, term, linker, 3));
    }
  }
  blocks.push(...azIndexContent(glossary, plan, linker, 2));
  return serialize(resolveAnchors(root(blocks)));
}
