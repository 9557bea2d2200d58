import { describe, expect, it } from 'vitest';
import { planBook } from './plan-book.js';
import { singleFileBook } from './single-file-book.js';
import { glossaryFrom, MINI_DIR, withTerm } from './test-utils/fixtures.js';
import { brokenLinks, headingsOf, linksOf, parseMarkdown } from './test-utils/parse.js';

describe('singleFileBook', async () => {
  const glossary = await glossaryFrom(MINI_DIR);
  const all = glossary.books.find((b) => b.id === 'all')!;

  it('has one level-1 heading, chapters at level 2 and terms at level 3', () => {
    const headings = headingsOf(parseMarkdown(singleFileBook(glossary, planBook(glossary, all))));
    expect(headings.filter((h) => h.depth <= 3).map((h) => `${h.depth} ${h.text}`)).toEqual([
      '1 Everything', '2 Contents', '2 Terms outside this book',
      '2 Basics', '3 Alpha', '3 Beta',
      '2 Edge cases', '3 a*b_c | `γ` 🚀', '3 דלתא',
      '2 A–Z index', '3 A', '3 B', '3 D', '3 F', '3 Γ', '3 ד',
    ]);
  });

  it('links to headings by their GitHub ids, repeats included', () => {
    const markdown = singleFileBook(glossary, planBook(glossary, all));
    expect(brokenLinks(new Map([['all.md', markdown]]))).toEqual([]);
    const urls = new Set(linksOf(parseMarkdown(markdown)).map((l) => l.url));
    expect([...urls].filter((u) => u.startsWith('#')).sort()).toEqual(['#ab_c--γ-', '#alpha', '#basics', '#beta', '#edge-cases', '#דלתא']);
  });

  it('keeps anchors right when a term label repeats a section heading or has no letters', () => {
    let odd = withTerm(glossary, 'beta', { term: 'Examples' });
    odd = withTerm(odd, 'delta-rtl', { term: '🚀' });
    const markdown = singleFileBook(odd, planBook(odd, all));
    expect(brokenLinks(new Map([['all.md', markdown]]))).toEqual([]);
    const urls = linksOf(parseMarkdown(markdown)).map((l) => l.url);
    expect(urls).toContain('#examples-1'); // alpha's "Examples" section comes first
    expect(urls).toContain('#-delta-rtl');
    expect(markdown).toContain('### 🚀 (delta-rtl)');
  });
});
