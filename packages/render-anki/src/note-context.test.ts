import type { Glossary } from '@alignment-glossary/core';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeGlossary } from '../bench/make-glossary.mjs';
import { bookDeck } from './book-deck.js';
import { createNoteContext, FIELD_FORMAT_SINCE, identityOf, tag } from './note-context.js';

const glossary = makeGlossary({
  categories: [{ id: 'cat', title: 'Category & co', description: 'd', order: 1 }],
  terms: [
    {
      id: 'alpha', term: 'Alpha', abbreviation: 'A', aliases: ['first'], shortDefinition: 'The "first" term.', category: 'cat',
      relations: { related: ['beta'] },
      explanation: {
        type: 'root',
        children: [
          { type: 'paragraph', children: [{ type: 'text', value: 'See ' }, { type: 'link', url: 'term:beta', children: [{ type: 'text', value: 'beta' }] }, { type: 'text', value: '.\nNext line.' }] },
          { type: 'list', ordered: false, spread: false, children: [{ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: 'item' }] }] }] }] },
          { type: 'table', children: [{ type: 'tableRow', children: [{ type: 'tableCell', children: [{ type: 'text', value: 'cell' }] }] }] },
        ],
      },
      examples: [{ title: 'An example', text: 'Example text.' }],
      faq: [{ question: 'Why?', answer: 'Because.' }],
      sources: [
        { title: 'A paper', authors: ['A. One', 'B. Two', 'C. Three'], year: 2020, kind: 'paper', venue: 'Venue', url: 'https://example.org/paper' },
        { title: 'A DOI', authors: ['A. One', 'B. Two', 'C. Three', 'D. Four'], year: 2021, kind: 'article', doi: '10.1000/xyz' },
      ],
    },
    { id: 'beta', term: 'Beta', shortDefinition: 'The second term.', category: 'cat', status: 'deprecated', replacedBy: 'alpha' },
  ],
  comparisons: [{ id: 'a-vs-b', title: 'Alpha vs beta', description: 'Two.', terms: ['alpha', 'beta'], rows: [{ aspect: 'Order', values: { alpha: 'first', beta: 'second' } }] }],
  books: [{ id: 'book', title: 'Book', description: 'A book.', chapters: [{ category: 'cat' }] }],
});

/**
 * The field HTML of the fixed glossary above. If it changes, learners only receive the new format when notes get a
 * newer `mod`, so every format change must come with a later FIELD_FORMAT_SINCE.
 */
function fieldFormatHash(g: Glossary): string {
  const deck = bookDeck(g.books[0]!, createNoteContext(g, new Map(), 1_800_000_000), '1.0.0');
  return createHash('sha256').update(JSON.stringify([...deck.notes].map((n) => n.fields))).digest('hex');
}

describe('FIELD_FORMAT_SINCE', () => {
  it('grows whenever the field HTML format changes', () => {
    const history = (JSON.parse(readFileSync(new URL('./field-format.golden.json', import.meta.url), 'utf8')) as { history: { since: number; hash: string }[] }).history;
    const latest = history.at(-1)!;
    const hash = fieldFormatHash(glossary);
    const message = hash === latest.hash
      ? 'FIELD_FORMAT_SINCE changed although the field format did not'
      : 'the HTML written into fields changed: set FIELD_FORMAT_SINCE in note-context.ts to the current time in seconds '
        + `and append { "since": <that>, "hash": "${hash}" } to history in field-format.golden.json`;
    expect({ since: FIELD_FORMAT_SINCE, hash }, message).toEqual(latest);
    history.slice(1).forEach((entry, i) => expect(entry.since, 'history: since must grow').toBeGreaterThan(history[i]!.since));
  });
});

describe('modOf', () => {
  const context = createNoteContext(glossary, new Map([['alpha', FIELD_FORMAT_SINCE + 100], ['categories/cat', FIELD_FORMAT_SINCE + 200]]), FIELD_FORMAT_SINCE + 50);

  it('takes the latest time of the files a note is built from', () => {
    expect(context.modOf(['alpha'])).toBe(FIELD_FORMAT_SINCE + 100);
    expect(context.modOf(['alpha'], ['categories/cat'])).toBe(FIELD_FORMAT_SINCE + 200);
  });

  it('falls back to sourceDateEpoch for terms only, and never goes below FIELD_FORMAT_SINCE', () => {
    expect(context.modOf(['beta'])).toBe(FIELD_FORMAT_SINCE + 50);
    expect(context.modOf(['alpha'], ['comparisons/none'])).toBe(FIELD_FORMAT_SINCE + 100);
    expect(createNoteContext(glossary, new Map([['alpha', 5]]), 6).modOf(['alpha', 'beta'])).toBe(FIELD_FORMAT_SINCE);
  });
});

describe('termUrl, termLink, categoryTitle and tag', () => {
  it('link known terms to the docs site', () => {
    const context = createNoteContext({ ...glossary, config: { ...glossary.config, siteUrl: 'https://example.org/g/' } }, new Map(), 0);
    expect(context.termUrl('alpha')).toBe('https://example.org/g/terms/alpha/');
    expect(context.termUrl('nope')).toBeUndefined();
  });

  it('link terms by label, escaped, and leave unknown ids as plain text', () => {
    const context = createNoteContext(glossary, new Map(), 0);
    expect(context.termLink('alpha')).toBe('<a href="https://example.org/glossary/terms/alpha/">Alpha</a>');
    expect(context.termLink('alpha')).toBe(context.termLink('alpha'));
    expect(context.termLink('<nope>')).toBe('&lt;nope&gt;');
  });

  it('name categories by title, or by id when there is no such category', () => {
    const context = createNoteContext(glossary, new Map(), 0);
    expect(context.categoryTitle('cat')).toBe('Category & co');
    expect(context.categoryTitle('gone')).toBe('gone');
  });

  it('build tags without spaces', () => {
    expect(tag('category', 'failure-modes')).toBe('category::failure-modes');
    expect(tag('status', 'very stable')).toBe('status::very-stable');
  });
});

describe('identityOf', () => {
  it('keeps the original id of a renamed term, so its notes keep their GUIDs', () => {
    expect(identityOf({ id: 'inner-misalignment', formerIds: ['mesa-misalignment', 'inner-failure'] })).toBe('mesa-misalignment');
    expect(identityOf({ id: 'inner-alignment', formerIds: [] })).toBe('inner-alignment');
  });
});
