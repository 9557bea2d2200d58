import type { Glossary } from '@alignment-glossary/core';
import type { RootContent } from 'mdast';
import { heading, list, paragraph } from './build.js';
import { chapterAnchor, type Linker } from './linker.js';
import type { PlannedChapter } from './plan-book.js';
import { termEntry } from './term-entry.js';

/** What the appendix chapter says about itself. */
export const APPENDIX_DESCRIPTION =
  'Terms that no chapter of this book covers, but that a term in it is directly related to: one relation away.';

/**
 * A chapter's opening: its title at level `depth` (carrying the chapter's anchor key), its description, and
 * its terms, each linked and followed by its short definition.
 */
export function chapterContent(glossary: Glossary, chapter: PlannedChapter, linker: Linker, depth: number): RootContent[] {
  const description = chapter.appendix ? APPENDIX_DESCRIPTION : chapter.description;
  return [
    { ...heading(depth, chapter.title), data: { anchor: chapterAnchor(chapter.slug), anchorFallback: chapter.slug } },
    ...(description === undefined ? [] : [paragraph(description)]),
    list(chapter.terms.flatMap((id) => termEntry(glossary, linker, id) ?? [])),
  ];
}
