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
}

/**
 * A book's parts in reading order: the introduction (after the book title), each chapter's opening followed by
 * the terms whose page it holds (the appendix is the last chapter), and the A–Z index.
 */
export function bookParts(glossary: Glossary, plan: BookPlan): BookPart[] {
  const parts: BookPart[] = [
    { page: mdBookPaths.introduction, blocks: (l) => [heading(1, plan.book.title), ...introContent(glossary, plan, l, 1)] },
  ];
  for (const chapter of plan.chapters) {
    parts.push({ page: mdBookPaths.chapter(chapter.slug), blocks: (l, form) => chapterContent(glossary, chapter, l, form === 'page' ? 1 : 2) });
    for (const id of chapter.homed) {
      const term = glossary.termsById.get(id);
      if (term) parts.push({ page: mdBookPaths.term(chapter.slug, id), blocks: (l, form) => termContent(glossary, term, l, form === 'page' ? 1 : 3) });
    }
  }
  parts.push({ page: mdBookPaths.index, blocks: (l, form) => azIndexContent(glossary, plan, l, form === 'page' ? 1 : 2) });
  return parts;
}
