import { describe, expect, it } from 'vitest';
import { azIndexContent, indexGroup } from './a-z-index.js';
import { root } from './build.js';
import { mdBookLinker, mdBookPaths } from './linker.js';
import { planBook } from './plan-book.js';
import { serialize } from './serialize.js';
import { glossaryFrom, MINI_DIR } from './test-utils/fixtures.js';

describe('indexGroup', () => {
  it('files names under their first letter, without accents, upper-cased', () => {
    expect(['alpha', 'Ézé', 'a*b_c', 'γ-star', 'דלתא', '3-body', '🚀 rocket', '`code`'].map(indexGroup)).toEqual([
      'A', 'E', 'A', 'Γ', 'ד', '0–9', 'Other', 'Other',
    ]);
  });
});

describe('azIndexContent', async () => {
  const glossary = await glossaryFrom(MINI_DIR);

  it('lists every term, alias and abbreviation of the book A–Z, grouped by initial', () => {
    const plan = planBook(glossary, glossary.books.find((b) => b.id === 'small')!);
    const markdown = serialize(root(azIndexContent(glossary, plan, mdBookLinker(plan, mdBookPaths.index), 1)));
    expect(markdown.split('\n').filter((l) => /^(#|- )/.test(l)).map((l) => l.replace(/ — .*/, ''))).toEqual([
      '# A–Z index',
      '## A',
      '- A, see [Alpha](appendix/alpha.md)',
      '- [a\\*b_c | \\`γ\\` 🚀](appendix/gamma-star.md)',
      '- [Alpha](appendix/alpha.md)',
      '## B',
      '- [Beta](only/beta.md)',
      '## F',
      '- first letter, see [Alpha](appendix/alpha.md)',
      '## Γ',
      '- γ-star, see [a\\*b_c | \\`γ\\` 🚀](appendix/gamma-star.md)',
    ]);
  });
});
