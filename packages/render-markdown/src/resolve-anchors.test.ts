import { describe, expect, it } from 'vitest';
import { heading, paragraph, root } from './build.js';
import { resolveAnchors, targetLink } from './resolve-anchors.js';
import { serialize } from './serialize.js';
import { headingsOf, linksOf, parseMarkdown } from './test-utils/parse.js';

describe('resolveAnchors', () => {
  it('points anchor links at the GitHub id of their heading, counting repeats in document order', () => {
    const tree = root([
      heading(1, 'Examples'),
      { ...heading(2, 'Examples'), data: { anchor: 'term:examples' } },
      { ...heading(2, 'a*b_c | `γ` 🚀'), data: { anchor: 'term:gamma' } },
      { ...heading(2, 'דלתא'), data: { anchor: 'term:delta' } },
      paragraph(
        targetLink({ url: '#', anchor: 'term:examples' }, 'e'),
        targetLink({ url: '#', anchor: 'term:gamma' }, 'g'),
        targetLink({ url: '#', anchor: 'term:delta' }, 'd'),
        targetLink({ url: 'https://example.org/' }, 'x'),
      ),
    ]);
    const markdown = serialize(resolveAnchors(tree));
    const reparsed = parseMarkdown(markdown);
    expect(linksOf(reparsed).map((l) => l.url)).toEqual(['#examples-1', '#ab_c--γ-', '#דלתא', 'https://example.org/']);
    const ids = headingsOf(reparsed).map((h) => h.id);
    for (const l of linksOf(reparsed).slice(0, 3)) expect(ids).toContain(l.url.slice(1));
  });

  it('adds the fallback id to a heading whose slug would have no letters or digits (GitHub: "", pandoc: "section")', () => {
    const tree = resolveAnchors(root([
      { ...heading(2, '🚀'), data: { anchor: 'term:rocket', anchorFallback: 'rocket' } },
      { ...heading(2, '🚀 🚀'), data: { anchor: 'term:two', anchorFallback: 'two' } },
      { ...heading(2, 'Fine 🚀'), data: { anchor: 'term:fine', anchorFallback: 'fine' } },
      paragraph(...['rocket', 'two', 'fine'].map((k) => targetLink({ url: '#', anchor: `term:${k}` }, k))),
    ]));
    expect(serialize(tree)).toBe('## 🚀 (rocket)\n\n## 🚀 🚀 (two)\n\n## Fine 🚀\n\n[rocket](#-rocket)[two](#--two)[fine](#fine-)\n');
  });

  it('throws on an anchor no heading carries', () => {
    expect(() => resolveAnchors(root([paragraph(targetLink({ url: '#', anchor: 'term:none' }, 'x'))]))).toThrow('no heading has the anchor "term:none"');
  });
});
