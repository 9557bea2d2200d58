import type { Glossary, RenderedFile } from '@alignment-glossary/core';
import { bookParts, type BookPart } from './book-parts.js';
import { bookToml } from './book-toml.js';
import { root } from './build.js';
import { mdBookLinker, singleFileLinker, type Linker } from './linker.js';
import { fillPart, LinkPlaceholders, markPart, type MarkedPart } from './marked-markdown.js';
import type { BookPlan } from './plan-book.js';
import { addAnchorFallbacks, anchoredLinker, HeadingIds, needsAnchorFallbacks } from './resolve-anchors.js';
import { joinParts, serialize, serializePart } from './serialize.js';
import { summaryTree } from './summary-tree.js';

/** A book's two forms: the files of its mdBook folder, and the single file. */
export interface BookFiles {
  /**
   * Paths relative to the mdBook folder: `book.toml`, `src/SUMMARY.md`, `src/introduction.md`,
   * `src/<chapter>.md` and `src/<chapter>/<term-id>.md` for each chapter (the appendix is the last chapter),
   * and `src/a-z-index.md`.
   */
  readonly pages: RenderedFile[];
  /**
   * The whole book as one Markdown document: the book title as the only level-1 heading, the introduction,
   * each chapter at level 2 with its terms at level 3, the appendix, and the A–Z index. Links inside the book
   * are `#anchor`s with the ids GitHub and pandoc (`--from gfm`) give the headings.
   */
  readonly single: string;
}

/** A part as its own page, serialized on its own (without the final line ending). */
export function pageMarkdown(part: BookPart, linker: Linker): string {
  return serializePart(root(part.blocks(linker, 'page')));
}

/** A part as a stretch of the single file, serialized on its own; `linker` resolves the book's anchors. */
export function singleMarkdown(part: BookPart, linker: Linker): string {
  const blocks = part.blocks(linker, 'single');
  addAnchorFallbacks(blocks);
  return serializePart(root(blocks));
}

/**
 * Both forms of a book. The pages and the single file are the same parts in the same order (bookParts), so
 * each part is built and serialized once, with marks where the forms differ (see markPart), and each form
 * fills them in; a part that can't be marked exactly is serialized per form (pageMarkdown, singleMarkdown).
 *
 * A single-file id depends on every heading before it and links also point forward, so the headings are
 * numbered while the pages are made, and the single file is filled in after. Every part starts with a
 * heading, so the parts join exactly as one serialized tree would (see joinParts).
 */
export function bookFiles(glossary: Glossary, plan: BookPlan): BookFiles {
  const parts = bookParts(glossary, plan);
  const ids = new HeadingIds();
  const placeholders = new LinkPlaceholders();
  const pages: RenderedFile[] = [
    { path: 'book.toml', contents: bookToml(glossary.config, plan.book) },
    { path: 'src/SUMMARY.md', contents: serialize(summaryTree(glossary, plan)) },
  ];
  const shared: (MarkedPart | undefined)[] = [];
  for (const part of parts) {
    const blocks = part.blocks(placeholders.linker, 'page');
    ids.add(blocks);
    const marked = markPart(blocks);
    const linker = mdBookLinker(plan, part.page);
    const page = (marked && fillPart(marked, placeholders, linker, 0)) ?? pageMarkdown(part, linker);
    pages.push({ path: `src/${part.page}`, contents: joinParts([page]) });
    shared.push(marked && !needsAnchorFallbacks(blocks) ? marked : undefined);
  }
  const linker = anchoredLinker(singleFileLinker(plan), ids);
  const single = parts.map((part, index) => {
    const marked = shared[index];
    shared[index] = undefined;
    return (marked && fillPart(marked, placeholders, linker, part.shift)) ?? singleMarkdown(part, linker);
  });
  return { pages, single: joinParts(single) };
}
