import type { Glossary } from '@alignment-glossary/core';
import { bookParts } from './book-parts.js';
import { root } from './build.js';
import { singleFileLinker } from './linker.js';
import type { BookPlan } from './plan-book.js';
import { addAnchorFallbacks, anchoredLinker, HeadingIds } from './resolve-anchors.js';
import { joinParts, serializePart } from './serialize.js';

/** How many parts (a chapter opening or a term each) are serialized together: few serializer calls, small trees. */
const PARTS_PER_BATCH = 64;

/**
 * A whole book as one Markdown document: the book title as the only level-1 heading, the introduction, each
 * chapter at level 2 with its terms at level 3, the appendix, and the A–Z index. Links inside the book are
 * `#anchor`s with the ids GitHub and pandoc (`--from gfm`) give the headings.
 *
 * An id depends on every heading before it, and links also point forward, so the headings are numbered first
 * (`ids`, or a first pass over the parts). Then the parts are built with links to those ids and serialized a
 * batch at a time, so the whole book never sits in memory as one tree; every part starts with a heading, so
 * the batches join exactly as one serialized tree would (see joinParts).
 *
 * @param ids the headings of the book's parts, numbered in reading order (as mdBookFiles does). (optional)
 */
export function singleFileBook(glossary: Glossary, plan: BookPlan, ids?: HeadingIds): string {
  const parts = bookParts(glossary, plan);
  const placeholders = singleFileLinker(plan);
  if (ids === undefined) {
    ids = new HeadingIds();
    for (const part of parts) ids.add(part.blocks(placeholders, 'single'));
  }
  const linker = anchoredLinker(placeholders, ids);
  const serialized: string[] = [];
  for (let start = 0; start < parts.length; start += PARTS_PER_BATCH) {
    const blocks = parts.slice(start, start + PARTS_PER_BATCH).flatMap((part) => part.blocks(linker, 'single'));
    addAnchorFallbacks(blocks);
    serialized.push(serializePart(root(blocks)));
  }
  return joinParts(serialized);
}
