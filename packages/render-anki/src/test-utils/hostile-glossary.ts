import type { Glossary } from '@alignment-glossary/core';
import type { Root } from 'mdast';
import { makeGlossary } from '../../bench/make-glossary.mjs';

/** Everything a hostile or careless author could put into an explanation. */
export const hostileExplanation: Root = {
  type: 'root',
  children: [
    {
      type: 'paragraph',
      children: [
        { type: 'text', value: '<script>alert(1)</script> [sound:http://evil.example/a.mp3] {{c1::leak}} ' },
        { type: 'html', value: '<img src="http://evil.example/y.png" onerror="alert(2)">' },
        { type: 'link', url: 'javascript:alert(3)', children: [{ type: 'text', value: 'js link' }] },
        { type: 'text', value: ' ' },
        { type: 'image', url: 'http://evil.example/z.png', alt: 'an image' },
        { type: 'text', value: ' ' },
        { type: 'link', url: 'term:good', children: [{ type: 'text', value: 'good term' }] },
        { type: 'text', value: ' ' },
        { type: 'link', url: 'term:missing', children: [{ type: 'text', value: 'missing term' }] },
        { type: 'text', value: ' ' },
        { type: 'link', url: 'data:text/html,<script>alert(4)</script>', children: [{ type: 'text', value: 'data link' }] },
        { type: 'text', value: ' ' },
        { type: 'link', url: '../relative', title: 'x" onmouseover="alert(5)', children: [{ type: 'text', value: 'relative' }] },
      ],
    },
    { type: 'html', value: '<style>body { background: url(http://evil.example/bg.png) }</style>' },
    { type: 'paragraph', data: { hName: 'iframe', hProperties: { src: 'http://evil.example/frame' } }, children: [{ type: 'text', value: 'framed' }] },
    { type: 'code', lang: '"><script>alert(6)</script>', value: '<script>alert(7)</script>' },
    {
      type: 'table',
      children: [
        { type: 'tableRow', children: [{ type: 'tableCell', children: [{ type: 'text', value: '<script>cell</script>' }] }] },
      ],
    },
  ],
};

/** A Glossary-shaped object with hostile text in every field a renderer shows. */
export function hostileGlossary(): Glossary {
  return makeGlossary({
    categories: [{ id: 'evil', title: '<script>alert("category")</script>', description: 'x', order: 1 }],
    terms: [
      {
        id: 'evil',
        term: '<script>alert("label")</script> {{c1::label}}',
        aliases: ['<b>bold</b>', 'a::b'],
        abbreviation: '<i>',
        shortDefinition: '<img src=http://evil.example/x.png onerror=alert(1)> [sound:http://evil.example/a.mp3]',
        category: 'evil',
        relations: { related: ['good'] },
        explanation: hostileExplanation,
        examples: [{ title: '<iframe src=http://evil.example>', text: '[latex]\\input{/etc/passwd}[/latex]' }],
        faq: [{ question: '<script>alert("q")</script>', answer: '{{c1::x::y}} [sound:a.mp3]' }],
        sources: [{ title: '<script>s</script>', authors: ['<b>A</b>'], year: 2020, kind: 'paper', venue: '<style>', url: 'https://example.org/"><script>alert(8)</script>' }],
      },
      { id: 'good', term: 'Good', shortDefinition: 'A plain term.', category: 'evil', status: 'deprecated', replacedBy: 'evil' },
    ],
    comparisons: [
      {
        id: 'evil-vs-good',
        title: '<script>alert("comparison")</script>',
        terms: ['evil', 'good'],
        rows: [
          { aspect: '<b>Failure</b> type: {{c2::x}}', values: { evil: 'wrong }} target :: hint', good: '<img src=http://evil.example/c.png>' } },
          { aspect: 'Plain', values: { evil: 'a {{c3::b}} c', good: 'ok' } },
        ],
      },
    ],
    books: [{ id: 'evil', title: 'Evil::Book <script>', description: '<script>d</script>', chapters: [{ id: 'c', title: '<img src=x>', terms: ['evil', 'good'] }] }],
  });
}

