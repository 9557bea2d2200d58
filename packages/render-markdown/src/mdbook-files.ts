import type { Glossary, RenderedFile } from '@alignment-glossary/core';
import type { RootContent } from 'mdast';
import { azIndexContent } from './a-z-index.js';
import { bookToml } from './book-toml.js';
import { heading, root } from './build.js';
import { chapterContent } from './chapter-content.js';
import { introContent } from './intro-content.js';
import { mdBookLinker, mdBookPaths } from './linker.js';
import type { BookPlan } from './plan-book.js';
import { serialize } from './serialize.js';
import { summaryTree } from './summary-tree.js';
import { termContent } from './term-content.js';

/**
 * The files of one mdBook folder, with paths relative to it: `book.toml`, `src/SUMMARY.md`,
 * `src/introduction.md`, `src/<chapter>.md` and `src/<chapter>/<term-id>.md` for each chapter (the appendix
 * is the last chapter), and `src/a-z-index.md`.
 */
export function mdBookFiles(glossary: Glossary, plan: BookPlan): RenderedFile[] {
  const page = (path: string, build: (linker: ReturnType<typeof mdBookLinker>) => RootContent[]): RenderedFile => ({
    path: `src/${path}`,
    contents: serialize(root(build(mdBookLinker(plan, path)))),
  });
  const files: RenderedFile[] = [
    { path: 'book.toml', contents: bookToml(glossary.config, plan.book) },
    { path: 'src/SUMMARY.md', contents: serialize(summaryTree(glossary, plan)) },
    page(mdBookPaths.introduction, (l) => [heading(1, plan.book.title), ...introContent(glossary, plan, l, 1)]),
  ];
  for (const chapter of plan.chapters) {
    files.push(page(mdBookPaths.chapter(chapter.slug), (l) => chapterContent(glossary, chapter, l, 1)));
    for (const id of chapter.homed) {
      const term = glossary.termsById.get(id);
      if (term) files.push(page(mdBookPaths.term(chapter.slug, id), (l) => termContent(glossary, term, l, 1)));
    }
  }
  files.push(page(mdBookPaths.index, (l) => azIndexContent(glossary, plan, l, 1)));
  return files;
}
