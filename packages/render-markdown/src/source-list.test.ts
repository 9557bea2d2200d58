import type { Source } from '@alignment-glossary/core';
import { describe, expect, it } from 'vitest';
import { root } from './build.js';
import { serialize } from './serialize.js';
import { formatAuthors, sourceList } from './source-list.js';

describe('formatAuthors', () => {
  it('joins one, two and more authors', () => {
    expect(formatAuthors(['A'])).toBe('A');
    expect(formatAuthors(['A', 'B'])).toBe('A and B');
    expect(formatAuthors(['A', 'B', 'C'])).toBe('A, B and C');
  });
});

describe('sourceList', () => {
  const base: Source = { title: 'Risks', authors: ['E. H.', 'C. v. M.'], year: 2019, kind: 'paper' };
  const render = (...sources: Source[]) => serialize(root([sourceList(sources)]));

  it('numbers the sources and links the title to the URL, else to the DOI resolver', () => {
    expect(render(
      { ...base, venue: 'arXiv', url: 'https://arxiv.org/abs/1906.01820' },
      { ...base, title: 'Why?', doi: '10.1000/x(1)' },
      { ...base, title: 'Plain' },
    )).toBe([
      '1. E. H. and C. v. M. (2019). [Risks](https://arxiv.org/abs/1906.01820). *arXiv*.',
      '2. E. H. and C. v. M. (2019). [Why?](https://doi.org/10.1000/x\\(1\\))',
      '3. E. H. and C. v. M. (2019). Plain.',
      '',
    ].join('\n'));
  });

  it('adds the DOI as its own link when there is a URL too', () => {
    expect(render({ ...base, venue: 'Proc. X.', url: 'https://example.org/p', doi: '10.1/abc' })).toBe(
      '1. E. H. and C. v. M. (2019). [Risks](https://example.org/p). *Proc. X.* DOI: [10.1/abc](https://doi.org/10.1/abc).\n',
    );
  });
});
