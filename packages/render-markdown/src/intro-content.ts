import type { Glossary } from '@alignment-glossary/core';
import type { RootContent } from 'mdast';
import { heading, link, list, listItem, paragraph } from './build.js';
import type { Linker } from './linker.js';
import type { BookPlan } from './plan-book.js';
import { targetLink } from './resolve-anchors.js';

/** Heading of the section that states the link rule for terms outside the book. */
export const OUTSIDE_LINKS_HEADING = 'Terms outside this book';

/**
 * The introduction's body (below the book title, whose level is `depth`): the book's description, where it
 * comes from, its chapters with their sizes, the rule for links to terms outside the book, and the licence.
 */
export function introContent(glossary: Glossary, plan: BookPlan, linker: Linker, depth: number): RootContent[] {
  const { config } = glossary;
  const count = (n: number) => (n === 1 ? '1 term' : `${n} terms`);
  return [
    paragraph(plan.book.description),
    paragraph('This book is drawn from the ', link(config.siteUrl, config.title), `. ${config.description}`),
    heading(depth + 1, 'Contents'),
    list(plan.chapters.map((c) => listItem([targetLink(linker.chapter(c.slug), c.title), ` (${count(c.terms.length)})`]))),
    heading(depth + 1, OUTSIDE_LINKS_HEADING),
    paragraph(
      'Links to terms that this book does not include go to their pages on ',
      link(plan.book.siteUrl, plan.book.siteUrl),
      ', so every link works, in print and on screen.',
    ),
    paragraph(`Licence: ${config.license}.`),
  ];
}
