import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { sanitizedHtml } from './sanitized-html.js';
import { unsafeParts } from './test-utils/unsafe-parts.js';

const context = { termUrl: (id: string) => `https://example.org/terms/${id}/`, baseUrl: 'https://example.org/terms/here/' };

describe('sanitizedHtml (the reference rendering)', () => {
  it('renders GFM tables with their alignment', () => {
    const tree: Root = {
      type: 'root',
      children: [{
        type: 'table', align: ['left', 'right'],
        children: [
          { type: 'tableRow', children: [{ type: 'tableCell', children: [{ type: 'text', value: 'a' }] }, { type: 'tableCell', children: [{ type: 'text', value: 'b' }] }] },
          { type: 'tableRow', children: [{ type: 'tableCell', children: [{ type: 'text', value: '1 | 2' }] }, { type: 'tableCell', children: [{ type: 'text', value: '{3}' }] }] },
        ],
      }],
    };
    expect(sanitizedHtml(tree, context)).toBe(
      '<table>\n<thead>\n<tr>\n<th align="left">a</th>\n<th align="right">b</th>\n</tr>\n</thead>\n'
      + '<tbody>\n<tr>\n<td align="left">1 | 2</td>\n<td align="right">&#123;3&#125;</td>\n</tr>\n</tbody>\n</table>',
    );
  });

  it('resolves link references and footnotes to absolute links, without ids or classes', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'linkReference', identifier: 'x', label: 'x', referenceType: 'full', children: [{ type: 'text', value: 'ref' }] },
            { type: 'footnoteReference', identifier: '1', label: '1' },
          ],
        },
        { type: 'definition', identifier: 'x', label: 'x', url: 'term:outer-alignment' },
        { type: 'footnoteDefinition', identifier: '1', label: '1', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'note' }] }] },
      ],
    };
    const html = sanitizedHtml(tree, context);
    expect(html).toContain('<a href="https://example.org/terms/outer-alignment/">ref</a>');
    expect(html).toContain('<a href="https://example.org/terms/here/#user-content-fn-1">1</a>');
    expect(html).not.toMatch(/\b(id|class|data-[a-z-]+)=/);
    expect(unsafeParts(html)).toEqual([]);
  });

  it('drops elements that carry remote resources, even when requested through data.hName', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'paragraph', data: { hName: 'script' }, children: [{ type: 'text', value: 'alert(1)' }] },
        { type: 'paragraph', data: { hName: 'img', hProperties: { src: 'http://evil.example/x.png' } }, children: [] },
        { type: 'paragraph', data: { hName: 'span', hProperties: { style: 'background:url(http://evil.example/y.png)', onclick: 'alert(2)' } }, children: [{ type: 'text', value: 'kept text' }] },
        { type: 'list', ordered: false, children: [{ type: 'listItem', checked: true, children: [{ type: 'paragraph', children: [{ type: 'text', value: 'done' }] }] }] },
      ],
    };
    const html = sanitizedHtml(tree, context);
    expect(html).toBe('kept text\n<ul>\n<li> done</li>\n</ul>');
  });
});
