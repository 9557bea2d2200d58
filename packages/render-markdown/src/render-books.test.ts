import type { RenderedFile } from '@alignment-glossary/core';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { renderBooks } from './render-books.js';
import { CONTENT_DIR, contentsOf, glossaryFrom, MINI_DIR } from './test-utils/fixtures.js';
import { brokenLinks, headingsOf, linksOf, parseMarkdown, tablesOf } from './test-utils/parse.js';
import { checkSummary } from './test-utils/summary-grammar.js';

const markdownFiles = (files: readonly RenderedFile[]) =>
  new Map(files.filter((f) => f.path.endsWith('.md')).map((f) => [f.path, String(f.contents)]));

describe('renderBooks on the mini fixture', async () => {
  const glossary = await glossaryFrom(MINI_DIR);
  const files = renderBooks(glossary);

  it('lays out an mdBook folder and a single file per book', () => {
    expect(files.map((f) => f.path)).toEqual([
      'all.md',
      'all/book.toml',
      'all/src/SUMMARY.md',
      'all/src/introduction.md',
      'all/src/basics.md',
      'all/src/basics/alpha.md',
      'all/src/basics/beta.md',
      'all/src/edge-cases.md',
      'all/src/edge-cases/gamma-star.md',
      'all/src/edge-cases/delta-rtl.md',
      'all/src/a-z-index.md',
      'small.md',
      'small/book.toml',
      'small/src/SUMMARY.md',
      'small/src/introduction.md',
      'small/src/only.md',
      'small/src/only/beta.md',
      'small/src/appendix.md',
      'small/src/appendix/gamma-star.md',
      'small/src/appendix/alpha.md',
      'small/src/a-z-index.md',
    ]);
  });

  it('skips the empty category: core drops the chapter, and no file or heading mentions it', () => {
    const all = glossary.books.find((b) => b.id === 'all')!;
    expect(all.chapters.map((c) => c.id)).toEqual(['basics', 'edge-cases']);
    expect(files.some((f) => /(^|\/)empty/.test(f.path))).toBe(false);
    const headings = headingsOf(parseMarkdown(contentsOf(files, 'all.md'))).map((h) => h.text);
    expect(headings).not.toContain('Empty');
    expect(contentsOf(files, 'all/src/SUMMARY.md')).not.toContain('Empty');
  });

  it('renders byte-identical output twice', () => {
    expect(renderBooks(glossary)).toEqual(files);
  });

  it('renders only the books asked for, and names the books it has when asked for an unknown one', () => {
    expect(new Set(renderBooks(glossary, { books: ['small'] }).map((f) => f.path.split(/[/.]/)[0]))).toEqual(new Set(['small']));
    expect(renderBooks(glossary, { books: [] })).toEqual(files);
    expect(() => renderBooks(glossary, { books: ['nope'] })).toThrow('unknown book "nope" in options.books; the glossary has: all, small');
  });

  it('resolves every relative link and every anchor to an emitted file and heading', () => {
    expect(brokenLinks(markdownFiles(files))).toEqual([]);
    // And the check can fail: a wrong anchor is reported.
    expect(brokenLinks(new Map([['x.md', '# A\n\n[b](#b) [c](y.md)\n']]))).toEqual([
      'x.md: link "#b" points to a missing heading in "x.md"',
      'x.md: link "y.md" points to a missing file "y.md"',
    ]);
  });

  it('links terms the book leaves out to the docs site, never to a dead relative path (small leaves out delta-rtl)', () => {
    const book = glossary.books.find((b) => b.id === 'small')!;
    const outside = `${book.siteUrl}/terms/delta-rtl/`;
    for (const file of ['small.md', 'small/src/appendix/alpha.md', 'small/src/appendix/gamma-star.md']) {
      const urls = linksOf(parseMarkdown(contentsOf(files, file))).map((l) => l.url);
      expect(urls, file).toContain(outside);
      expect(new Set(urls.filter((u) => u.includes('delta-rtl'))), file).toEqual(new Set([outside]));
    }
    // In the "all" book, the same term is inside: linked relatively.
    const alpha = linksOf(parseMarkdown(contentsOf(files, 'all/src/basics/alpha.md'))).map((l) => l.url);
    expect(alpha).toContain('../edge-cases/delta-rtl.md');
    expect(alpha.some((u) => u.startsWith('https://example.org/glossary/terms/'))).toBe(false);
  });

  it('renders the appendix of one-hop neighbours as the last chapter', () => {
    const small = glossary.books.find((b) => b.id === 'small')!;
    expect(small.appendix).toEqual(['gamma-star', 'alpha']);
    const summary = checkSummary(contentsOf(files, 'small/src/SUMMARY.md'));
    expect(summary.entries.filter((e) => e.kind === 'numbered').map((e) => [e.number, e.path])).toEqual([
      ['1', 'only.md'],
      ['1.1', 'only/beta.md'],
      ['2', 'appendix.md'],
      ['2.1', 'appendix/gamma-star.md'],
      ['2.2', 'appendix/alpha.md'],
    ]);
    const single = headingsOf(parseMarkdown(contentsOf(files, 'small.md'))).filter((h) => h.depth <= 3).map((h) => `${h.depth} ${h.text}`);
    expect(single).toEqual([
      '1 Small book', '2 Contents', '2 Terms outside this book',
      '2 The only chapter', '3 Beta',
      '2 Appendix: neighbouring terms', '3 a*b_c | `γ` 🚀', '3 Alpha',
      '2 A–Z index', '3 A', '3 B', '3 F', '3 Γ',
    ]);
  });

  it('gives each comparison table one column per compared term plus the aspect column, with cells intact', () => {
    const tables = tablesOf(parseMarkdown(contentsOf(files, 'all/src/basics/alpha.md')));
    expect(tables).toEqual([[
      ['Aspect', 'Alpha', 'Beta'],
      ['Position', 'first | one', 'second'],
      ['Special *chars*', 'a*b_c', '`tick`'],
    ]]);
  });

  it('keeps unusual labels intact through a round-trip: Markdown specials, pipes, backticks, emoji, RTL', () => {
    for (const term of glossary.terms) {
      const home = files.find((f) => f.path.startsWith('all/src/') && f.path.endsWith(`/${term.id}.md`))!;
      const tree = parseMarkdown(String(home.contents));
      const [title] = headingsOf(tree);
      expect(title).toMatchObject({ depth: 1, text: term.term });
      const lead = tree.children[1];
      expect(lead?.type === 'paragraph' && lead.children.map((c) => ('value' in c ? c.value : '')).join('')).toBe(term.shortDefinition);
    }
    const gamma = parseMarkdown(contentsOf(files, 'all/src/edge-cases/gamma-star.md'));
    expect(headingsOf(gamma).map((h) => h.text)).toContain('Does the label survive?');
    expect(JSON.stringify(gamma)).toContain('It must: a*b_c | `γ` 🚀 renders literally everywhere.');
    const summary = checkSummary(contentsOf(files, 'all/src/SUMMARY.md'));
    expect(summary.entries.map((e) => e.name)).toEqual([
      'Introduction', 'Basics', 'Alpha', 'Beta', 'Edge cases', 'a*b_c | `γ` 🚀', 'דלתא', 'A–Z index',
    ]);
  });

  it('writes every term page section in order, with relations grouped by kind and sources numbered', () => {
    const tree = parseMarkdown(contentsOf(files, 'all/src/basics/alpha.md'));
    expect(headingsOf(tree).map((h) => `${h.depth} ${h.text}`)).toEqual([
      '1 Alpha', '2 A subheading', '2 Examples', '2 Comparisons', '3 Alpha vs beta | pipes', '2 Diagrams', '3 A small chain',
      '2 FAQ', '3 Is alpha the same as beta?', '2 Related terms', '3 Narrower', '3 Related', '3 Contrasts with', '2 Sources',
    ]);
    const sources = tree.children.at(-1)!;
    expect(sources).toMatchObject({ type: 'list', ordered: true });
    const text = contentsOf(files, 'all/src/basics/alpha.md');
    expect(text).toContain('**Also known as:** first letter');
    expect(text).toContain('```mermaid\nflowchart LR\n  n1["Start #34;here#34;"]');
    expect(text).toContain('**An example with \\<script>alert(1)\\</script> in it.** Text with a | pipe');
  });
});

describe('renderBooks on the real content', async () => {
  const glossary = await glossaryFrom(CONTENT_DIR);
  const files = renderBooks(glossary);

  it('renders full and primer, deterministically', () => {
    expect(glossary.books.map((b) => b.id)).toEqual(['full', 'primer']);
    expect(files.filter((f) => !f.path.includes('/')).map((f) => f.path)).toEqual(['full.md', 'primer.md']);
    expect(renderBooks(glossary)).toEqual(files);
  }, 60_000);

  it('resolves every relative link and anchor', () => {
    expect(brokenLinks(markdownFiles(files))).toEqual([]);
  }, 60_000);

  it('gives every term of a book a page listed in SUMMARY.md, and every SUMMARY.md entry a file', () => {
    for (const book of glossary.books) {
      const summary = checkSummary(contentsOf(files, `${book.id}/src/SUMMARY.md`));
      expect(summary.errors).toEqual([]);
      const listed = summary.entries.map((e) => `${book.id}/src/${e.path}`);
      const pages = files.filter((f) => f.path.startsWith(`${book.id}/src/`) && f.path !== `${book.id}/src/SUMMARY.md`).map((f) => f.path);
      expect(listed.sort()).toEqual(pages.sort());
      const inBook = new Set([...book.chapters.flatMap((c) => c.terms), ...book.appendix]);
      const termPages = pages.filter((p) => p.split('/').length === 4).map((p) => p.replace(/^.*\//, '').replace(/\.md$/, ''));
      expect(new Set(termPages)).toEqual(inBook);
      expect(termPages.length).toBe(inBook.size);
    }
  }, 60_000);

  it('puts every term of the book under a heading of the single file, and links outside terms to the site', () => {
    for (const book of glossary.books) {
      const tree = parseMarkdown(contentsOf(files, `${book.id}.md`));
      const termHeadings = headingsOf(tree).filter((h) => h.depth === 3).map((h) => h.text);
      const inBook = [...book.chapters.flatMap((c) => c.terms), ...book.appendix];
      for (const id of inBook) expect(termHeadings).toContain(glossary.termsById.get(id)!.term);
      for (const { url } of linksOf(tree)) {
        const m = /\/terms\/([a-z0-9-]+)\/$/.exec(url);
        if (m && url.startsWith(book.siteUrl)) expect(inBook, url).not.toContain(m[1]);
      }
    }
  }, 60_000);

  it('gives every table one column per compared term plus the aspect column', () => {
    let checked = 0;
    for (const c of glossary.comparisons) {
      const [first] = c.terms;
      const home = files.find((f) => f.path.startsWith('full/src/') && f.path.endsWith(`/${first}.md`))!;
      const table = tablesOf(parseMarkdown(String(home.contents))).find((t) => t.length === c.rows.length + 1 && t[1]![0] === c.rows[0]!.aspect);
      expect(table, c.id).toBeDefined();
      for (const row of table!) expect(row.length).toBe(c.terms.length + 1);
      expect(table![0]).toEqual(['Aspect', ...c.terms.map((id) => glossary.termsById.get(id)!.term)]);
      checked++;
    }
    expect(checked).toBe(glossary.comparisons.length);
  }, 60_000);

  it('writes a book.toml with the documented [book] keys', () => {
    for (const book of glossary.books) {
      const toml = parseToml(contentsOf(files, `${book.id}/book.toml`)) as { book: Record<string, unknown> };
      expect(toml.book).toEqual({
        title: book.title, authors: ['Alignment Glossary contributors'], description: book.description, language: 'en', src: 'src',
      });
    }
  }, 60_000);
});
