import type { Glossary } from '@alignment-glossary/core';
import type { RootContent } from 'mdast';
import { azIndexContent } from './a-z-index.js';
import { heading, root } from './build.js';
import { chapterContent } from './chapter-content.js';
import { introContent } from './intro-content.js';
import { singleFileLinker, type Linker } from './linker.js';
import type { BookPlan } from './plan-book.js';
import { addAnchorFallbacks, anchoredLinker, HeadingIds } from './resolve-anchors.js';
import { joinParts, serializePart } from './serialize.js';
import { termContent } from './term-content.js';

/** How many parts (a chapter opening or a term each) are serialized together: few serializer calls, small trees. */
const PARTS_PER_BATCH = 64;

/**
 * A whole book as one Markdown document: the book title as the only level-1 heading, the introduction, each
 * chapter at level 2 with its terms at level 3, the appendix, and the A–Z index. Links inside the book are
 * `#anchor`s with the ids GitHub and pandoc (`--from gfm`) give the headings.
 *
 * The document is built in parts, each starting with a heading, in two passes. The first numbers the headings
 * (an id depends on every heading before it, and links also point forward); the second builds the parts again
 * with links to those ids and serializes them a batch at a time. So the whole book never sits in memory as one
 * tree, and the batches join exactly as one serialized tree would (see joinParts).
 */
export function singleFileBook(glossary: Glossary, plan: BookPlan): string {
  const parts: ((linker: Linker) => RootContent[])[] = [(l) => [heading(1, plan.book.title), ...introContent(glossary, plan, l, 1)]];
  for (const chapter of plan.chapters) {
    parts.push((l) => chapterContent(glossary, chapter, l, 2));
    for (const id of chapter.homed) {
      const term = glossary.termsById.get(id);
      if (term) parts.push((l) => termContent(glossary, term, l, 3));
    }
  }
  parts.push((l) => azIndexContent(glossary, plan, l, 2));

  const placeholders = singleFileLinker(plan);
  const ids = new HeadingIds();
  for (const part of parts) ids.add(part(placeholders));

  const linker = anchoredLinker(placeholders, ids);
  const serialized: string[] = [];
  for (let start = 0; start < parts.length; start += PARTS_PER_BATCH) {
    const blocks = parts.slice(start, start + PARTS_PER_BATCH).flatMap((part) => part(linker));
    addAnchorFallbacks(blocks);
    serialized.push(serializePart(root(blocks)));
  }
  return joinParts(serialized);
}
