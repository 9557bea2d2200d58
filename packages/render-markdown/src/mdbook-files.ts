import type { Glossary, RenderedFile } from '@alignment-glossary/core';
import { bookParts } from './book-parts.js';
import { bookToml } from './book-toml.js';
import { root } from './build.js';
import { mdBookLinker } from './linker.js';
import type { BookPlan } from './plan-book.js';
import type { HeadingIds } from './resolve-anchors.js';
import { serialize } from './serialize.js';
import { summaryTree } from './summary-tree.js';

/**
 * The files of one mdBook folder, with paths relative to it: `book.toml`, `src/SUMMARY.md`,
 * `src/introduction.md`, `src/<chapter>.md` and `src/<chapter>/<term-id>.md` for each chapter (the appendix
 * is the last chapter), and `src/a-z-index.md`.
 *
 * @param ids when given, the headings of every page are numbered into it, in reading order: the single file
 *   has the same headings in the same order, so singleFileBook can take them instead of building the book
 *   twice to number them.
 */
export function mdBookFiles(glossary: Glossary, plan: BookPlan, ids?: HeadingIds): RenderedFile[] {
  const files: RenderedFile[] = [
    { path: 'book.toml', contents: bookToml(glossary.config, plan.book) },
    { path: 'src/SUMMARY.md', contents: serialize(summaryTree(glossary, plan)) },
  ];
  for (const part of bookParts(glossary, plan)) {
    const blocks = part.blocks(mdBookLinker(plan, part.page), 'page');
    ids?.add(blocks);
    files.push({ path: `src/${part.page}`, contents: serialize(root(blocks)) });
  }
  return files;
}
