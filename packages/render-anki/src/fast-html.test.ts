import type { Root, RootContent, Text } from 'mdast';
import { describe, expect, it } from 'vitest';
import { syntheticGlossary } from '../bench/make-glossary.mjs';
import { fastHtml } from './fast-html.js';
import type { LinkContext } from './resolve-href.js';
import { sanitizedHtml } from './sanitized-html.js';
import { contentGlossary, miniGlossary } from './test-utils/glossaries.js';
import { hostileExplanation } from './test-utils/hostile-glossary.js';

const context: LinkContext = {
  termUrl: (id) => (id === 'missing' ? undefined : `https://example.org/terms/${id}/`),
  baseUrl: 'https://example.org/terms/here/',
};

const text = (value: string): Text => ({ type: 'text', value });
const root = (...children: RootContent[]): Root => ({ type: 'root', children } as Root);

/** Trees that exercise every node type and whitespace rule the fast path claims to handle. */
const EDGE_CASES: Record<string, Root> = {
  'soft line breaks with spaces around them': root({ type: 'paragraph', children: [text('one  \n   two\t\r\n three \rfour ')] }),
  'hard break followed by indented text and elements': root({
    type: 'paragraph',
    children: [
      text('a'), { type: 'break' }, text('   b'), { type: 'break' }, { type: 'emphasis', children: [text('  c')] },
      { type: 'break' }, { type: 'link', url: 'term:missing', children: [text('  gone')] },
    ],
  } as RootContent),
  'inline formatting': root({
    type: 'paragraph',
    children: [
      { type: 'strong', children: [text('s')] }, { type: 'delete', children: [text('d')] },
      { type: 'inlineCode', value: 'x\ny\r\nz <&>' }, { type: 'image', url: 'x.png', alt: 'alt <text>' }, { type: 'image', url: 'y.png' },
    ],
  } as RootContent),
  'links of every kind': root({
    type: 'paragraph',
    children: [
      { type: 'link', url: 'term:a#section', children: [text('term')] },
      { type: 'link', url: 'https://example.org/a?b=1&c="2"', children: [text('query')] },
      { type: 'link', url: 'https://example.org/[x]{y}', children: [text('brackets')] },
      { type: 'link', url: 'HTTPS://Example.ORG:8080/p', children: [text('port')] },
      { type: 'link', url: '../up/page', title: 'ignored', children: [text('relative')] },
      { type: 'link', url: '#frag', children: [text('fragment')] },
      { type: 'link', url: 'mailto:a@b.c', children: [text('mail')] },
      { type: 'link', url: 'javascript:alert(1)', children: [text('js')] },
    ],
  } as RootContent),
  'headings, quotes, rules and code': root(
    { type: 'heading', depth: 1, children: [text('top')] },
    { type: 'heading', depth: 2, children: [text('two')] },
    { type: 'heading', depth: 6, children: [text('six')] },
    { type: 'blockquote', children: [{ type: 'paragraph', children: [text('q1')] }, { type: 'paragraph', children: [text('q2')] }] },
    { type: 'blockquote', children: [] },
    { type: 'thematicBreak' },
    { type: 'code', lang: 'js extra', meta: 'm', value: 'let a = 1 < 2;\n  b' },
    { type: 'code', value: '' },
    { type: 'html', value: '<div>dropped</div>' },
  ),
  'tight, loose and nested lists': root(
    {
      type: 'list', ordered: false, spread: false,
      children: [
        { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [text('tight')] }] },
        { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [text('with sub')] }, { type: 'list', ordered: true, start: 3, children: [{ type: 'listItem', children: [{ type: 'paragraph', children: [text('nested')] }] }] }] },
      ],
    },
    {
      type: 'list', ordered: true, start: 1, spread: true,
      children: [
        { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [text('loose')] }] },
        { type: 'listItem', spread: null, children: [{ type: 'paragraph', children: [text('a')] }, { type: 'paragraph', children: [text('b')] }] },
        { type: 'listItem', children: [] },
        { type: 'listItem', children: [{ type: 'code', value: 'c' }] },
      ],
    } as RootContent,
  ),
  'tables: alignments, missing and extra cells, inline content, no body, no rows': root(
    {
      type: 'table', align: ['left', null, 'center'],
      children: [
        { type: 'tableRow', children: [{ type: 'tableCell', children: [text('A <&>')] }, { type: 'tableCell', children: [text('B')] }, { type: 'tableCell', children: [text('C')] }] },
        { type: 'tableRow', children: [{ type: 'tableCell', children: [{ type: 'emphasis', children: [text('e')] }, text(' '), { type: 'inlineCode', value: 'x|y' }] }, { type: 'tableCell', children: [{ type: 'link', url: 'term:a', children: [text('a')] }] }] },
        { type: 'tableRow', children: [{ type: 'tableCell', children: [] }, { type: 'tableCell', children: [text('{{c1::x}}')] }, { type: 'tableCell', children: [text('z')] }, { type: 'tableCell', children: [text('dropped')] }] },
      ],
    } as RootContent,
    { type: 'table', align: ['right'], children: [{ type: 'tableRow', children: [{ type: 'tableCell', children: [text('head only')] }] }] } as RootContent,
    { type: 'table', children: [{ type: 'tableRow', children: [{ type: 'tableCell', children: [text('no align')] }] }, { type: 'tableRow', children: [{ type: 'tableCell', children: [text('1')] }, { type: 'tableCell', children: [text('2')] }] }] } as RootContent,
    { type: 'table', align: [], children: [] } as RootContent,
  ),
};

function expectSame(tree: Root): boolean {
  const fast = fastHtml(tree, context);
  if (fast === undefined) return false;
  expect(fast).toBe(sanitizedHtml(tree, context));
  return true;
}

describe('fastHtml gives exactly the reference (sanitizedHtml) output', () => {
  for (const [name, tree] of Object.entries(EDGE_CASES)) {
    it(name, () => {
      expect(expectSame(tree)).toBe(true);
    });
  }

  it('on every explanation of the real content and the mini fixture', async () => {
    let fast = 0;
    for (const glossary of [await contentGlossary(), await miniGlossary()]) {
      for (const term of glossary.terms) if (expectSame(term.explanation)) fast++;
    }
    expect(fast).toBeGreaterThan(80);
  });

  it('on synthetic explanations', () => {
    for (const term of syntheticGlossary(60).terms) expect(expectSame(term.explanation)).toBe(true);
  });
});

describe('fastHtml hands over what it does not cover', () => {
  it.each([
    ['a table cell with data.hName', root({ type: 'table', children: [{ type: 'tableRow', children: [{ type: 'tableCell', data: { hName: 'iframe' }, children: [] }] }] } as RootContent)],
    ['a table row with data.hProperties', root({ type: 'table', children: [{ type: 'tableRow', data: { hProperties: { id: 'x' } }, children: [] }] } as RootContent)],
    ['a footnote reference', root({ type: 'paragraph', children: [{ type: 'footnoteReference', identifier: '1' }] } as RootContent)],
    ['a link reference', root({ type: 'paragraph', children: [{ type: 'linkReference', identifier: 'x', referenceType: 'full', children: [] }] } as RootContent)],
    ['a task list', root({ type: 'list', children: [{ type: 'listItem', checked: true, children: [] }] } as RootContent)],
    ['data.hName', root({ type: 'paragraph', data: { hName: 'iframe' }, children: [] } as RootContent)],
    ['the hostile explanation', hostileExplanation],
  ])('%s', (_name, tree) => {
    expect(fastHtml(tree, context)).toBeUndefined();
  });
});
