import type { Glossary } from '@alignment-glossary/core';
import type { RootContent } from 'mdast';
import { azIndexContent } from './a-z-index.js';
import { heading } from './build.js';
import { chapterContent } from './chapter-content.js';
import { introContent } from './intro-content.js';
import { mdBookPaths, type Linker } from './linker.js';
import type { BookPlan } from './plan-book.js';
import { termContent } from './term-content.js';

/** One part of a book: a page of the mdBook folder, and the same content as a stretch of the single file. */
export interface BookPart {
  /** The page's path under the mdBook `src/` folder. */
  readonly page: string;
  /**
   * The part's blocks, built afresh on each call: as its own page (its title at level 1), or as a stretch of
   * the single file (the introduction at level 1 under the book title, chapters at 2, terms at 3). Both forms
   * have the same headings with the same text, at other levels, and start with a heading.
   */
  blocks(linker: Linker, form: 'page' | 'single'): RootContent[];
  /**
   * How many levels deeper each heading is in the single file than on the page (at most 6 either way): a
   * heading at level `d` on the page is at `min(6, d + shift)` in the single file.
   */
  readonly shift: number;
}

/**
 * A book's parts in reading order: the introduction (after the book title), each chapter's opening followed by
 * the terms whose page it holds (the appendix is the last chapter), and the A–Z index.
 */
export function bookParts(glossary: Glossary, plan: BookPlan): BookPart[] {
  // Each part's own title: level 1 on its page, `single` in the single file.
  const part = (page: string, single: number, blocks: (linker: Linker, depth: number) => RootContent[]): BookPart => ({
    page,
    blocks: (linker, form) => blocks(linker, form === 'page' ? 1 : single),
    shift: single - 1,
  });
  const parts: BookPart[] = [part(mdBookPaths.introduction, 1, (l) => [heading(1, plan.book.title), ...introContent(glossary, plan, l, 1)])];
  for (const chapter of plan.chapters) {
    parts.push(part(mdBookPaths.chapter(chapter.slug), 2, (l, depth) => chapterContent(glossary, chapter, l, depth)));
    for (const id of chapter.homed) {
      const term = glossary.termsById.get(id);
      if (term) parts.push(part(mdBookPaths.term(chapter.slug, id), 3, (l, depth) => termContent(glossary, term, l, depth)));
    }
  }
  parts.push(part(mdBookPaths.index, 2, (l, depth) => azIndexContent(glossary, plan, l, depth)));
  return parts;
}
