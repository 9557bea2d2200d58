import type { Glossary } from '@alignment-glossary/core';
import type { Root } from 'mdast';
import { heading, link, list, listItem, paragraph, root } from './build.js';
import { INDEX_TITLE } from './a-z-index.js';
import { mdBookPaths } from './linker.js';
import type { BookPlan } from './plan-book.js';

/**
 * `src/SUMMARY.md` in mdBook's grammar: the title "# Summary"; the introduction as a prefix chapter (a
 * paragraph holding one link); the chapters as numbered chapters, each a list item holding one link with its
 * term pages nested one level below; the A–Z index as a suffix chapter. No part titles, separators or drafts.
 */
export function summaryTree(glossary: Glossary, plan: BookPlan): Root {
  const label = (id: string) => glossary.termsById.get(id)?.term ?? id;
  return root([
    heading(1, 'Summary'),
    paragraph(link(mdBookPaths.introduction, 'Introduction')),
    list(
      plan.chapters.map((c) =>
        listItem(
          [link(mdBookPaths.chapter(c.slug), c.title)],
          c.homed.length > 0 ? list(c.homed.map((id) => listItem([link(mdBookPaths.term(c.slug, id), label(id))]))) : undefined,
        )),
    ),
    paragraph(link(mdBookPaths.index, INDEX_TITLE)),
  ]);
}
