import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { heading, paragraph, root } from './build.js';
import type { Linker } from './linker.js';
import { addAnchorFallbacks, anchoredLinker, HeadingIds, targetLink } from './resolve-anchors.js';
import { serialize } from './serialize.js';
import { headingsOf, linksOf, parseMarkdown } from './test-utils/parse.js';

/** Links by anchor key `term:<id>`, like the single-file linker. */
const placeholders: Linker = {
  term: (id) => ({ url: '#', anchor: `term:${id}` }),
  chapter: (slug) => ({ url: '#', anchor: `chapter:${slug}` }),
};

describe('HeadingIds and anchoredLinker', () => {
  it('point anchor links at the GitHub id of their heading, counting repeats in document order', () => {
    const headings = [
      heading(1, 'Examples'),
      { ...heading(2, 'Examples'), data: { anchor: 'term:examples' } },
      { ...heading(2, 'a*b_c | `γ` 🚀'), data: { anchor: 'term:gamma' } },
      { ...heading(2, 'דלתא'), data: { anchor: 'term:delta' } },
    ];
    const ids = new HeadingIds();
    ids.add(headings);
    const linker = anchoredLinker(placeholders, ids);
    const links = paragraph(
      targetLink(linker.term('examples'), 'e'),
      targetLink(linker.term('gamma'), 'g'),
      targetLink(linker.term('delta'), 'd'),
      targetLink({ url: 'https://example.org/' }, 'x'),
    );
    const reparsed = parseMarkdown(serialize(root([...headings, links])));
    expect(linksOf(reparsed).map((l) => l.url)).toEqual(['#examples-1', '#ab_c--γ-', '#דלתא', 'https://example.org/']);
    const headingIds = headingsOf(reparsed).map((h) => h.id);
    for (const l of linksOf(reparsed).slice(0, 3)) expect(headingIds).toContain(l.url.slice(1));
  });

  it('keep counting repeats across the parts of a document', () => {
    const ids = new HeadingIds();
    ids.add([heading(2, 'FAQ'), { ...heading(3, 'Alpha'), data: { anchor: 'term:alpha' } }]);
    ids.add([heading(2, 'FAQ'), { ...heading(3, 'FAQ'), data: { anchor: 'term:faq' } }, { ...heading(3, 'Alpha'), data: { anchor: 'term:alpha' } }]);
    const linker = anchoredLinker(placeholders, ids);
    expect([linker.term('alpha'), linker.term('faq')]).toEqual([{ url: '#alpha' }, { url: '#faq-2' }]);
  });

  it('add the fallback id to a heading whose slug would have no letters or digits (GitHub: "", pandoc: "section")', () => {
    const headings = [
      { ...heading(2, '🚀'), data: { anchor: 'term:rocket', anchorFallback: 'rocket' } },
      { ...heading(2, '🚀 🚀'), data: { anchor: 'term:two', anchorFallback: 'two' } },
      { ...heading(2, 'Fine 🚀'), data: { anchor: 'term:fine', anchorFallback: 'fine' } },
    ];
    const ids = new HeadingIds();
    ids.add(headings);
    expect(headings[0]!.children).toHaveLength(1); // numbering leaves the headings as they are
    addAnchorFallbacks(headings);
    addAnchorFallbacks(headings); // nothing is added twice
    const linker = anchoredLinker(placeholders, ids);
    const links = paragraph(...['rocket', 'two', 'fine'].map((k) => targetLink(linker.term(k), k)));
    expect(serialize(root([...headings, links]))).toBe('## 🚀 (rocket)\n\n## 🚀 🚀 (two)\n\n## Fine 🚀\n\n[rocket](#-rocket)[two](#--two)[fine](#fine-)\n');
  });

  it('addAnchorFallbacks gives rebuilt headings the same fallback, also inside lists', () => {
    const nested = { ...heading(3, '🚀'), data: { anchorFallback: 'rocket' } };
    addAnchorFallbacks([{ type: 'list', children: [{ type: 'listItem', children: [nested] }] }]);
    expect(serialize(root([nested]))).toBe('### 🚀 (rocket)\n');
  });

  it('give exactly the ids of github-slugger, repeats and odd names included', () => {
    const texts = ['A', 'a', 'A-1', 'a 1', 'a', 'a-1', 'a-2', 'A', '__proto__', 'constructor', 'hasOwnProperty', 'constructor', '', '', '-1', 'Ünïcode ✓', 'ünïcode-'];
    const reference = new GithubSlugger();
    const ids = new HeadingIds();
    ids.add(texts.map((t, i) => ({ ...heading(2, t), data: { anchor: `h:${i}` } })));
    expect(texts.map((_, i) => ids.id(`h:${i}`))).toEqual(texts.map((t) => reference.slug(t)));
  });

  it('throw on an anchor no heading carries', () => {
    expect(() => anchoredLinker(placeholders, new HeadingIds()).term('none')).toThrow('no heading has the anchor "term:none"');
  });
});
