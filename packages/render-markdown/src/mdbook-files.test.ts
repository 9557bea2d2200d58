import { describe, expect, it } from 'vitest';
import { mdBookFiles } from './mdbook-files.js';
import { planBook } from './plan-book.js';
import { glossaryFrom, MINI_DIR, withTerm } from './test-utils/fixtures.js';
import { brokenLinks, headingsOf, parseMarkdown } from './test-utils/parse.js';
import { checkSummary } from './test-utils/summary-grammar.js';

describe('mdBookFiles', async () => {
  const glossary = await glossaryFrom(MINI_DIR);
  const small = glossary.books.find((b) => b.id === 'small')!;

  it('emits book.toml, SUMMARY.md and exactly the pages SUMMARY.md lists', () => {
    const files = mdBookFiles(glossary, planBook(glossary, small));
    expect(files.slice(0, 2).map((f) => f.path)).toEqual(['book.toml', 'src/SUMMARY.md']);
    const summary = checkSummary(String(files[1]!.contents));
    expect(summary.errors).toEqual([]);
    expect(summary.entries.map((e) => `src/${e.path}`).sort()).toEqual(files.slice(2).map((f) => f.path).sort());
  });

  it('starts every page with one level-1 heading', () => {
    for (const f of mdBookFiles(glossary, planBook(glossary, small)).filter((f) => f.path.endsWith('.md'))) {
      const levels = headingsOf(parseMarkdown(String(f.contents))).map((h) => h.depth);
      expect(levels[0], f.path).toBe(1);
      expect(levels.filter((d) => d === 1).length, f.path).toBe(1);
    }
  });

  it('keeps a hostile label intact on its page and in every link to it', () => {
    const label = '[x](y.md) {#id} {{#include z}} <b> | `c` *e* 🚀 דלתא';
    const odd = withTerm(glossary, 'alpha', { term: label });
    const files = mdBookFiles(odd, planBook(odd, small));
    const page = files.find((f) => f.path === 'src/appendix/alpha.md')!;
    expect(headingsOf(parseMarkdown(String(page.contents)))[0]!.text).toBe(label);
    for (const f of files) expect(String(f.contents), f.path).not.toContain('{{#');
    const md = new Map(files.filter((f) => f.path.endsWith('.md')).map((f) => [f.path, String(f.contents)]));
    expect(brokenLinks(md)).toEqual([]);
  });
});
