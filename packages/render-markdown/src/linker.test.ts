import { describe, expect, it } from 'vitest';
import { mdBookLinker, mdBookPaths, relativePath, singleFileLinker, siteTermUrl } from './linker.js';
import type { BookPlan } from './plan-book.js';

const plan = {
  book: { id: 'b', title: 'B', description: 'd', siteUrl: 'https://example.org/glossary/', chapters: [], appendix: [] },
  chapters: [],
  homes: new Map([['alpha', 'basics'], ['beta', 'other']]),
} satisfies BookPlan;

describe('relativePath', () => {
  it('walks up and down between folders under src/', () => {
    expect(relativePath('basics/alpha.md', 'basics/beta.md')).toBe('beta.md');
    expect(relativePath('basics/alpha.md', 'other/beta.md')).toBe('../other/beta.md');
    expect(relativePath('introduction.md', 'basics/alpha.md')).toBe('basics/alpha.md');
    expect(relativePath('basics/alpha.md', 'a-z-index.md')).toBe('../a-z-index.md');
    expect(relativePath('basics.md', 'basics/alpha.md')).toBe('basics/alpha.md');
  });
});

describe('linkers', () => {
  it('send terms outside the book to <siteUrl>/terms/<id>/, whatever the trailing slash', () => {
    expect(siteTermUrl('https://example.org/glossary/', 'x')).toBe('https://example.org/glossary/terms/x/');
    expect(siteTermUrl('https://example.org', 'x')).toBe('https://example.org/terms/x/');
    expect(mdBookLinker(plan, 'basics/alpha.md').term('gamma')).toEqual({ url: 'https://example.org/glossary/terms/gamma/' });
    expect(singleFileLinker(plan).term('gamma')).toEqual({ url: 'https://example.org/glossary/terms/gamma/' });
  });

  it('link terms in the book by relative .md path (mdBook) or by anchor key (single file)', () => {
    expect(mdBookLinker(plan, mdBookPaths.term('basics', 'alpha')).term('beta')).toEqual({ url: '../other/beta.md' });
    expect(mdBookLinker(plan, mdBookPaths.index).term('alpha')).toEqual({ url: 'basics/alpha.md' });
    expect(mdBookLinker(plan, mdBookPaths.introduction).chapter('other')).toEqual({ url: 'other.md' });
    expect(singleFileLinker(plan).term('alpha')).toEqual({ url: '#', anchor: 'term:alpha' });
    expect(singleFileLinker(plan).chapter('basics')).toEqual({ url: '#', anchor: 'chapter:basics' });
  });
});
