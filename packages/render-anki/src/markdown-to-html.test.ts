import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { markdownToHtml } from './markdown-to-html.js';
import { hostileExplanation } from './test-utils/hostile-glossary.js';
import { unsafeParts } from './test-utils/unsafe-parts.js';

const context = {
  termUrl: (id: string) => (id === 'missing' ? undefined : `https://example.org/terms/${id}/`),
  baseUrl: 'https://example.org/terms/here/',
};

describe('markdownToHtml', () => {
  it('renders common Markdown with term links to the docs site', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Why' }] },
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: 'See ' },
            { type: 'link', url: 'term:inner-alignment', children: [{ type: 'text', value: 'inner alignment' }] },
            { type: 'text', value: ' and ' },
            { type: 'emphasis', children: [{ type: 'text', value: '1 < 2' }] },
            { type: 'text', value: '.' },
          ],
        },
        { type: 'list', ordered: false, spread: false, children: [{ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'inlineCode', value: 'a&b' }] }] }] },
      ],
    };
    expect(markdownToHtml(tree, context)).toBe(
      '<h2>Why</h2>\n<p>See <a href="https://example.org/terms/inner-alignment/">inner alignment</a> and <em>1 &lt; 2</em>.</p>\n'
      + '<ul>\n<li><code>a&amp;b</code></li>\n</ul>',
    );
  });

  it('lets no script, remote resource or Anki syntax through hostile input', () => {
    const html = markdownToHtml(hostileExplanation, context);
    expect(unsafeParts(html)).toEqual([]);
    expect(html).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &#91;sound:http://evil.example/a.mp3&#93; &#123;&#123;c1::leak&#125;&#125; js link an image '
      + '<a href="https://example.org/terms/good/">good term</a> missing term data link <a href="https://example.org/terms/relative">relative</a></p>\n\n'
      + '<pre><code>&lt;script&gt;alert(7)&lt;/script&gt;\n</code></pre>\n'
      + '<table>\n<thead>\n<tr>\n<th>&lt;script&gt;cell&lt;/script&gt;</th>\n</tr>\n</thead>\n</table>',
    );
  });

  it('does not modify the tree', () => {
    const before = JSON.stringify(hostileExplanation);
    markdownToHtml(hostileExplanation, context);
    expect(JSON.stringify(hostileExplanation)).toBe(before);
  });
});
