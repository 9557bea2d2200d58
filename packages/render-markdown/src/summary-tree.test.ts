import { describe, expect, it } from 'vitest';
import { planBook } from './plan-book.js';
import { serialize } from './serialize.js';
import { summaryTree } from './summary-tree.js';
import { glossaryFrom, MINI_DIR, withTerm } from './test-utils/fixtures.js';
import { checkSummary } from './test-utils/summary-grammar.js';

describe('summaryTree', async () => {
  const glossary = await glossaryFrom(MINI_DIR);

  it('writes SUMMARY.md in mdBook grammar: title, prefix introduction, nested numbered chapters, suffix index', () => {
    const markdown = serialize(summaryTree(glossary, planBook(glossary, glossary.books.find((b) => b.id === 'all')!)));
    expect(markdown).toBe([
      '# Summary',
      '',
      '[Introduction](introduction.md)',
      '',
      '- [Basics](basics.md)',
      '  - [Alpha](basics/alpha.md)',
      '  - [Beta](basics/beta.md)',
      '- [Edge cases](edge-cases.md)',
      '  - [a\\*b_c | \\`γ\\` 🚀](edge-cases/gamma-star.md)',
      '  - [דלתא](edge-cases/delta-rtl.md)',
      '',
      '[A–Z index](a-z-index.md)',
      '',
    ].join('\n'));
    const check = checkSummary(markdown);
    expect(check.errors).toEqual([]);
    expect(check.entries.map((e) => e.kind)).toEqual(['prefix', 'numbered', 'numbered', 'numbered', 'numbered', 'numbered', 'numbered', 'suffix']);
  });

  it('keeps chapter names that look like Markdown or links as plain names', () => {
    const odd = withTerm(glossary, 'alpha', { term: '[not](a-link.md) **bold** - list? {{#include x}}' });
    const check = checkSummary(serialize(summaryTree(odd, planBook(odd, odd.books.find((b) => b.id === 'all')!))));
    expect(check.errors).toEqual([]);
    expect(check.entries[2]).toEqual({ kind: 'numbered', name: '[not](a-link.md) **bold** - list? {{#include x}}', path: 'basics/alpha.md', number: '1.1' });
  });
});
