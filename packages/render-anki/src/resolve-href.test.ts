import { describe, expect, it } from 'vitest';
import { resolveHref } from './resolve-href.js';

const context = {
  termUrl: (id: string) => (id === 'missing' ? undefined : `https://example.org/terms/${id}/`),
  baseUrl: 'https://example.org/terms/here/',
};

describe('resolveHref', () => {
  it.each([
    ['term:inner-alignment', 'https://example.org/terms/inner-alignment/'],
    ['term:inner-alignment#history', 'https://example.org/terms/inner-alignment/#history'],
    ['term:missing', undefined],
    ['https://arxiv.org/abs/1906.01820', 'https://arxiv.org/abs/1906.01820'],
    ['HTTPS://Example.ORG:8080/a b', 'https://example.org:8080/a%20b'],
    ['https://example.org/[x]{y}', 'https://example.org/%5Bx%5D%7By%7D'],
    ['../other/', 'https://example.org/terms/other/'],
    ['#part', 'https://example.org/terms/here/#part'],
    ['javascript:alert(1)', undefined],
    ['data:text/html,x', undefined],
    ['mailto:a@example.org', undefined],
    ['http://[bad', undefined],
  ])('%s', (href, expected) => {
    expect(resolveHref(href, context)).toBe(expected);
  });
});
