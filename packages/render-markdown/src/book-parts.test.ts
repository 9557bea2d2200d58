import { describe, expect, it } from 'vitest';
import { bookParts } from './book-parts.js';
import { root } from './build.js';
import { planBook } from './plan-book.js';
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

  it('puts each heading of the single file `shift` levels below its level on the page, at most 6', async () => {
    for (const dir of [MINI_DIR, CONTENT_DIR]) {
      const g = await glossaryFrom(dir);
      for (const book of g.books) {
        for (const part of bookParts(g, planBook(g, book))) {
          const depths = (form: 'page' | 'single') => headingsOf(root(part.blocks(plainLinker, form))).map((h) => h.depth);
          expect(depths('single'), part.page).toEqual(depths('page').map((d) => Math.min(6, d + part.shift)));
        }
      }
    }
  });
});
