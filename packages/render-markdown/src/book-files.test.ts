import type { Glossary } from '@alignment-glossary/core';
import { describe, expect, it } from 'vitest';
import { bookFiles, pageMarkdown, singleMarkdown } from './book-files.js';
import { bookParts } from './book-parts.js';
import { mdBookLinker, singleFileLinker } from './linker.js';
import { planBook, type BookPlan } from './plan-book.js';
import { anchoredLinker, HeadingIds } from './resolve-anchors.js';
import { joinParts } from './serialize.js';
import { CONTENT_DIR, glossaryFrom, MINI_DIR, withTerm } from './test-utils/fixtures.js';
import { brokenLinks, headingsOf, linksOf, parseMarkdown } from './test-utils/parse.js';
import { checkSummary } from './test-utils/summary-grammar.js';

/** Both forms rendered the plain way: every part built and serialized per form, the single file numbered on its own. */
function serializedPerForm(glossary: Glossary, plan: BookPlan) {
  const parts = bookParts(glossary, plan);
  const ids = new HeadingIds();
  for (const part of parts) ids.add(part.blocks(singleFileLinker(plan), 'single'));
  const anchored = anchoredLinker(singleFileLinker(plan), ids);
  return {
    pages: parts.map((part) => ({ path: `src/${part.page}`, contents: joinParts([pageMarkdown(part, mdBookLinker(plan, part.page))]) })),
    single: joinParts(parts.map((part) => singleMarkdown(part, anchored))),
  };
}

describe('bookFiles', async () => {
  const glossary = await glossaryFrom(MINI_DIR);
  const small = planBook(glossary, glossary.books.find((b) => b.id === 'small')!);
  const all = planBook(glossary, glossary.books.find((b) => b.id === 'all')!);

  it('writes exactly what serializing each form on its own writes, on the real content and the mini fixture', async () => {
    for (const dir of [MINI_DIR, CONTENT_DIR]) {
      const g = await glossaryFrom(dir);
      for (const book of g.books) {
        const plan = planBook(g, book);
        const { pages, single } = bookFiles(g, plan);
        const expected = serializedPerForm(g, plan);
        expect(pages.slice(2), `${dir} ${book.id}`).toEqual(expected.pages);
        expect(single, `${dir} ${book.id}`).toBe(expected.single);
      }
    }
  });

  it('writes exactly that too where parts cannot share their Markdown', () => {
    const cases = [
      withTerm(glossary, 'beta', { term: '🚀' }), // no letters: the single file adds the fallback id
      // The book "small" leaves delta-rtl out and links it to the site: with its URL as its label, as an autolink.
      withTerm(glossary, 'delta-rtl', { term: `${small.book.siteUrl}/terms/delta-rtl/` }),
      withTerm(glossary, 'gamma-star', { term: 'Γ \uE0021 \uE0000\uE001' }), // the marks' own characters
    ];
    for (const odd of cases) {
      for (const plan of odd.books.map((b) => planBook(odd, b))) {
        const { pages, single } = bookFiles(odd, plan);
        const expected = serializedPerForm(odd, plan);
        expect(pages.slice(2)).toEqual(expected.pages);
        expect(single).toBe(expected.single);
      }
    }
    expect(bookFiles(cases[1]!, small).single).toContain(`<${small.book.siteUrl}/terms/delta-rtl/>`);
  });

  it('emits book.toml, SUMMARY.md and exactly the pages SUMMARY.md lists', () => {
    const { pages } = bookFiles(glossary, small);
    expect(pages.slice(0, 2).map((f) => f.path)).toEqual(['book.toml', 'src/SUMMARY.md']);
    const summary = checkSummary(String(pages[1]!.contents));
    expect(summary.errors).toEqual([]);
    expect(summary.entries.map((e) => `src/${e.path}`).sort()).toEqual(pages.slice(2).map((f) => f.path).sort());
  });

  it('starts every page with one level-1 heading', () => {
    for (const f of bookFiles(glossary, small).pages.filter((f) => f.path.endsWith('.md'))) {
      const levels = headingsOf(parseMarkdown(String(f.contents))).map((h) => h.depth);
      expect(levels[0], f.path).toBe(1);
      expect(levels.filter((d) => d === 1).length, f.path).toBe(1);
    }
  });

  it('keeps a hostile label intact on its page and in every link to it', () => {
    const label = '[x](y.md) {#id} {{#include z}} <b> | `c` *e* 🚀 דלתא';
    const odd = withTerm(glossary, 'alpha', { term: label });
    const { pages } = bookFiles(odd, planBook(odd, small.book));
    const page = pages.find((f) => f.path === 'src/appendix/alpha.md')!;
    expect(headingsOf(parseMarkdown(String(page.contents)))[0]!.text).toBe(label);
    for (const f of pages) expect(String(f.contents), f.path).not.toContain('{{#');
    const md = new Map(pages.filter((f) => f.path.endsWith('.md')).map((f) => [f.path, String(f.contents)]));
    expect(brokenLinks(md)).toEqual([]);
  });

  it('gives the single file one level-1 heading, chapters at level 2 and terms at level 3', () => {
    const headings = headingsOf(parseMarkdown(bookFiles(glossary, all).single));
    expect(headings.filter((h) => h.depth <= 3).map((h) => `${h.depth} ${h.text}`)).toEqual([
      '1 Everything', '2 Contents', '2 Terms outside this book',
      '2 Basics', '3 Alpha', '3 Beta',
      '2 Edge cases', '3 a*b_c | `γ` 🚀', '3 דלתא',
      '2 A–Z index', '3 A', '3 B', '3 D', '3 F', '3 Γ', '3 ד',
    ]);
  });

  it('links the single file to headings by their GitHub ids, repeats included', () => {
    const markdown = bookFiles(glossary, all).single;
    expect(brokenLinks(new Map([['all.md', markdown]]))).toEqual([]);
    const urls = new Set(linksOf(parseMarkdown(markdown)).map((l) => l.url));
    expect([...urls].filter((u) => u.startsWith('#')).sort()).toEqual(['#ab_c--γ-', '#alpha', '#basics', '#beta', '#edge-cases', '#דלתא']);
  });

  it('keeps anchors right when a term label repeats a section heading or has no letters', () => {
    let odd = withTerm(glossary, 'beta', { term: 'Examples' });
    odd = withTerm(odd, 'delta-rtl', { term: '🚀' });
    const markdown = bookFiles(odd, planBook(odd, all.book)).single;
    expect(brokenLinks(new Map([['all.md', markdown]]))).toEqual([]);
    const urls = linksOf(parseMarkdown(markdown)).map((l) => l.url);
    expect(urls).toContain('#examples-1'); // alpha's "Examples" section comes first
    expect(urls).toContain('#-delta-rtl');
    expect(markdown).toContain('### 🚀 (delta-rtl)');
  });
});
