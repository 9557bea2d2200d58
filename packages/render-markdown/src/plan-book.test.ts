import type { Book } from '@alignment-glossary/core';
import { describe, expect, it } from 'vitest';
import { APPENDIX_TITLE, planBook } from './plan-book.js';
import { glossaryFrom, MINI_DIR } from './test-utils/fixtures.js';

describe('planBook', async () => {
  const glossary = await glossaryFrom(MINI_DIR);
  const book = (chapters: Book['chapters'], appendix: string[] = []): Book =>
    ({ id: 'b', title: 'B', description: 'd', siteUrl: 'https://example.org', chapters, appendix });

  it('homes each term in its chapter and adds the appendix as the last chapter', () => {
    const plan = planBook(glossary, glossary.books.find((b) => b.id === 'small')!);
    expect(plan.chapters.map((c) => [c.slug, c.title, c.homed, c.appendix])).toEqual([
      ['only', 'The only chapter', ['beta'], false],
      ['appendix', APPENDIX_TITLE, ['gamma-star', 'alpha'], true],
    ]);
    expect([...plan.homes]).toEqual([['beta', 'only'], ['gamma-star', 'appendix'], ['alpha', 'appendix']]);
  });

  it('renames chapters whose id is a reserved page name or already taken', () => {
    const plan = planBook(glossary, book([
      { id: 'introduction', title: 'I', terms: ['alpha'] },
      { id: 'print', title: 'P', terms: ['beta'] },
      { id: 'basics', title: 'B1', terms: ['gamma-star'] },
      { id: 'basics', title: 'B2', terms: ['delta-rtl'] },
      { id: 'appendix', title: 'A', terms: ['alpha'] },
    ], ['x']));
    expect(plan.chapters.map((c) => c.slug)).toEqual(['introduction-chapter', 'print-chapter', 'basics', 'basics-2', 'appendix-chapter', 'appendix']);
  });

  it('gives a term listed by two chapters one page, in the first', () => {
    const plan = planBook(glossary, book([
      { id: 'one', title: 'One', terms: ['alpha', 'beta'] },
      { id: 'two', title: 'Two', terms: ['beta', 'gamma-star'] },
    ]));
    expect(plan.chapters.map((c) => [c.terms, c.homed])).toEqual([
      [['alpha', 'beta'], ['alpha', 'beta']],
      [['beta', 'gamma-star'], ['gamma-star']],
    ]);
    expect(plan.homes.get('beta')).toBe('one');
  });
});
