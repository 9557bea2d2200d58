import { describe, expect, it } from 'vitest';
import { bookParts } from './book-parts.js';
import { root } from './build.js';
import { mdBookFiles } from './mdbook-files.js';
import { planBook } from './plan-book.js';
import { HeadingIds } from './resolve-anchors.js';
import { singleFileBook } from './single-file-book.js';
import { CONTENT_DIR, glossaryFrom, MINI_DIR, plainLinker } from './test-utils/fixtures.js';
import { headingsOf } from './test-utils/parse.js';

describe('bookParts', async () => {
  const glossary = await glossaryFrom(MINI_DIR);
  const all = planBook(glossary, glossary.books.find((b) => b.id === 'all')!);

  it('lists the pages in reading order', () => {
    expect(bookParts(glossary, all).map((p) => p.page)).toEqual([
      'introduction.md', 'basics.md', 'basics/alpha.md', 'basics/beta.md', 'edge-cases.md', 'edge-cases/gamma-star.md',
      'edge-cases/delta-rtl.md', 'a-z-index.md',
    ]);
  });

  it('gives both forms the same headings, at other levels, each part starting with one', async () => {
    for (const dir of [MINI_DIR, CONTENT_DIR]) {
      const g = await glossaryFrom(dir);
      for (const book of g.books) {
        for (const part of bookParts(g, planBook(g, book))) {
          const page = part.blocks(plainLinker, 'page');
          const single = part.blocks(plainLinker, 'single');
          expect(page[0]?.type, part.page).toBe('heading');
          expect(single[0]?.type, part.page).toBe('heading');
          const texts = (blocks: typeof page) => headingsOf(root(blocks)).map((h) => h.text);
          expect(texts(single), part.page).toEqual(texts(page));
        }
      }
    }
  });

  it('lets the single file take its heading ids from the pages', () => {
    const ids = new HeadingIds();
    mdBookFiles(glossary, all, ids);
    expect(singleFileBook(glossary, all, ids)).toBe(singleFileBook(glossary, all));
  });
});
