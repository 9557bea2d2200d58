import { describe, expect, it } from 'vitest';
import { root } from './build.js';
import { comparisonTable } from './comparison-table.js';
import { serialize } from './serialize.js';
import { glossaryFrom, MINI_DIR, plainLinker } from './test-utils/fixtures.js';
import { parseMarkdown, tablesOf } from './test-utils/parse.js';

const linker = plainLinker;

describe('comparisonTable', async () => {
  const glossary = await glossaryFrom(MINI_DIR);
  const comparison = glossary.comparisons.find((c) => c.id === 'alpha-vs-beta')!;

  it('has an aspect column and one column per compared term, and cells survive pipes and specials', () => {
    const markdown = serialize(root([comparisonTable(glossary, comparison, linker)]));
    expect(markdown.split('\n')[0]).toBe('| Aspect            | [Alpha](alpha.md) | [Beta](beta.md) |');
    expect(tablesOf(parseMarkdown(markdown))).toEqual([[
      ['Aspect', 'Alpha', 'Beta'],
      ['Position', 'first | one', 'second'],
      ['Special *chars*', 'a*b_c', '`tick`'],
    ]]);
  });

  it('does not link the column of the page it sits on', () => {
    const markdown = serialize(root([comparisonTable(glossary, comparison, linker, 'beta')]));
    expect(markdown.split('\n')[0]).toMatch(/^\| Aspect +\| \[Alpha\]\(alpha\.md\) \| Beta +\|$/);
  });
});
