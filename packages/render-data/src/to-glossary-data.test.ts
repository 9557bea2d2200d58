import { describe, expect, it } from 'vitest';
import { load, MINI } from './test-utils/fixtures.js';
import { toDataTerm } from './to-data-term.js';
import { toGlossaryData } from './to-glossary-data.js';

const mini = await load(MINI);
const data = toGlossaryData(mini, mini.terms.map((t) => toDataTerm(t, mini.relations.get(t.id))), '1.2.3');

describe('toGlossaryData', () => {
  it('carries the version and the glossary metadata first', () => {
    expect(Object.keys(data)).toEqual(['version', 'title', 'description', 'language', 'license', 'siteUrl', 'iriBase', 'categories', 'comparisons', 'terms']);
    expect(data.version).toBe('1.2.3');
    expect(data.license).toBe('CC-BY-4.0');
  });

  it('lists categories by order with their terms by label, keeping an empty category', () => {
    expect(data.categories.map((c) => [c.id, c.terms])).toEqual([
      ['basics', ['alpha', 'beta']],
      ['edge-cases', ['gamma-star', 'delta-rtl']],
      ['empty', []],
    ]);
  });

  it('keys comparison values by term id in column order', () => {
    expect(data.comparisons).toEqual([
      {
        id: 'alpha-vs-beta',
        title: 'Alpha vs beta | pipes',
        terms: ['alpha', 'beta'],
        rows: [
          { aspect: 'Position', values: { alpha: 'first | one', beta: 'second' } },
          { aspect: 'Special *chars*', values: { alpha: 'a*b_c', beta: '`tick`' } },
        ],
      },
    ]);
  });

  it('keeps the terms in id order', () => {
    expect(data.terms.map((t) => t.id)).toEqual(['alpha', 'beta', 'delta-rtl', 'gamma-star']);
  });
});
