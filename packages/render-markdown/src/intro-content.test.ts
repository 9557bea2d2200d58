import { describe, expect, it } from 'vitest';
import { root } from './build.js';
import { introContent, OUTSIDE_LINKS_HEADING } from './intro-content.js';
import { mdBookLinker, mdBookPaths } from './linker.js';
import { planBook } from './plan-book.js';
import { serialize } from './serialize.js';
import { glossaryFrom, MINI_DIR } from './test-utils/fixtures.js';

describe('introContent', async () => {
  const glossary = await glossaryFrom(MINI_DIR);
  const plan = planBook(glossary, glossary.books.find((b) => b.id === 'small')!);
  const markdown = serialize(root(introContent(glossary, plan, mdBookLinker(plan, mdBookPaths.introduction), 1)));

  it('lists the chapters with their sizes, the appendix included', () => {
    expect(markdown).toContain('## Contents\n\n- [The only chapter](only.md) (1 term)\n- [Appendix: neighbouring terms](appendix.md) (2 terms)\n');
  });

  it('states the rule for links to terms outside the book, and the licence', () => {
    expect(markdown).toContain(`## ${OUTSIDE_LINKS_HEADING}\n\nLinks to terms that this book does not include go to their pages on <https://example.org/glossary>`);
    expect(markdown).toContain('Licence: CC-BY-4.0.');
  });
});
