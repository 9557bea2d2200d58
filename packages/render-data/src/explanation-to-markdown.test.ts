import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { explanationToMarkdown } from './explanation-to-markdown.js';
import { load, MINI } from './test-utils/fixtures.js';

const mini = await load(MINI);
const explanation = (id: string) => explanationToMarkdown(mini.termsById.get(id)!.explanation);

describe('explanationToMarkdown', () => {
  it('keeps term: links, web links, strong text, headings and lists', () => {
    const text = explanation('alpha');
    expect(text.startsWith('Alpha is the first term. It relates to [beta](term:beta) and to [the starred one](term:gamma-star).\n')).toBe(true);
    expect(text).toContain('[web link](https://example.org/alpha) and **bold** text');
    expect(text.endsWith('\n\n## A subheading\n\n- a list item\n- another item with `code`')).toBe(true);
  });

  it('writes GFM tables', () => {
    expect(explanation('beta')).toBe(
      'Beta is narrower than [alpha](term:alpha). A table:\n\n| column a | column b |\n| -------- | -------- |\n| 1        | 2        |',
    );
  });

  it('escapes text that would otherwise become Markdown syntax', () => {
    expect(explanation('gamma-star')).toBe('The starred term mitigates [beta](term:beta). Some \\[\\[brackets]] and a_b_c and 1 < 2 > 0 & done.');
  });

  it('returns an empty string for an empty explanation', () => {
    const empty: Root = { type: 'root', children: [] };
    expect(explanationToMarkdown(empty)).toBe('');
  });
});
