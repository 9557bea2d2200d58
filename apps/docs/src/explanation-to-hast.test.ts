import type { Root } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { explanationToHast } from './explanation-to-hast.js';
import { glossaryFrom, MINI_DIR } from './test-utils/fixtures.js';

const html = (tree: Root, known = ['beta', 'gamma-star']) =>
  toHtml({ type: 'root', children: explanationToHast(tree, { termHref: (id) => (known.includes(id) ? `../${id}/` : undefined) }) });

const para = (...children: Root['children'][number][]): Root => ({ type: 'root', children: [{ type: 'paragraph', children } as Root['children'][number]] });

describe('explanationToHast', () => {
  it('resolves term: links in the parsed fixture to relative term links', async () => {
    const glossary = await glossaryFrom(MINI_DIR);
    const out = html(glossary.termsById.get('alpha')!.explanation);
    expect(out).toContain('<a href="../beta/" class="term-link">beta</a>');
    expect(out).toContain('<a href="../gamma-star/" class="term-link">the starred one</a>');
    expect(out).toContain('<a href="https://example.org/alpha">web link</a>');
    expect(out).not.toContain('term:');
  });

  it('moves body headings one level down, under the section heading', async () => {
    const glossary = await glossaryFrom(MINI_DIR);
    expect(html(glossary.termsById.get('alpha')!.explanation)).toContain('<h3>A subheading</h3>');
  });

  it('keeps the fragment of a term link and unwraps links to unknown terms', () => {
    const tree = para(
      { type: 'link', url: 'term:beta#faq', children: [{ type: 'text', value: 'b' }] },
      { type: 'text', value: ' and ' },
      { type: 'link', url: 'term:nowhere', children: [{ type: 'text', value: 'gone' }] },
    );
    expect(html(tree)).toBe('<p><a href="../beta/#faq" class="term-link">b</a> and gone</p>');
  });

  it('drops raw HTML and script URLs, and escapes text', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'html', value: '<script>alert(1)</script><img src=x onerror=alert(1)>' },
        {
          type: 'paragraph',
          children: [
            { type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', value: 'click' }] },
            { type: 'text', value: ' 1 < 2 & <b>' },
          ],
        },
      ],
    };
    const out = html(tree);
    expect(out).not.toMatch(/<script|onerror|javascript:|<img|<b>/i);
    expect(out).toContain('<a>click</a> 1 &#x3C; 2 &#x26; &#x3C;b>');
  });

  it('keeps GFM tables from the fixture', async () => {
    const glossary = await glossaryFrom(MINI_DIR);
    expect(html(glossary.termsById.get('beta')!.explanation)).toMatch(/<table>[\s\S]*<th>column a<\/th>[\s\S]*<td>1<\/td>/);
  });
});
