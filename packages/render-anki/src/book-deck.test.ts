import { describe, expect, it } from 'vitest';
import { makeGlossary } from '../bench/make-glossary.mjs';
import { bookDeck } from './book-deck.js';
import { createNoteContext } from './note-context.js';
import { stableId } from './stable-id.js';
import { miniGlossary } from './test-utils/glossaries.js';

describe('bookDeck', async () => {
  const glossary = await miniGlossary();
  const context = createNoteContext(glossary, new Map(), 1_800_000_000);
  const book = (id: string) => glossary.books.find((b) => b.id === id)!;

  it('names a top deck after the book and a subdeck per non-empty chapter', () => {
    const deck = bookDeck(book('all'), context, '1.2.3');
    expect(deck.decks.map((d) => d.name)).toEqual(['Everything', 'Everything::Basics', 'Everything::Edge cases']);
    expect(deck.decks.map((d) => d.id)).toEqual([stableId('deck:all'), stableId('deck:all/basics'), stableId('deck:all/edge-cases')]);
    expect(deck.decks[0]!.description).toContain('Mini Glossary 1.2.3');
  });

  it('places each term once, in reading order: Term note, FAQ notes, comparison clozes', () => {
    const notes = [...bookDeck(book('all'), context, '1').notes];
    const basics = stableId('deck:all/basics');
    expect(notes.map((n) => [n.key, n.deckId === basics ? 'basics' : 'edge'])).toEqual([
      ['term:alpha', 'basics'], ['term:alpha:faq:0', 'basics'], ['comparison:alpha-vs-beta:term:alpha', 'basics'],
      ['term:beta', 'basics'], ['comparison:alpha-vs-beta:term:beta', 'basics'],
      ...glossary.termsByCategory.get('edge-cases')!.flatMap((id) => [[`term:${id}`, 'edge'], ...(id === 'gamma-star' ? [['term:gamma-star:faq:0', 'edge']] : [])]),
    ]);
  });

  it('puts appendix terms into their own subdeck', () => {
    const deck = bookDeck(book('small'), context, '1');
    expect(deck.decks.map((d) => d.name)).toEqual(['Small book', 'Small book::The only chapter', 'Small book::Appendix: neighbouring terms']);
    const appendix = deck.decks[2]!.id;
    expect([...deck.notes].filter((n) => n.kind === 'term' && n.deckId === appendix).map((n) => n.key).sort()).toEqual(['term:alpha', 'term:gamma-star']);
  });

  it('builds notes afresh on every iteration', () => {
    const deck = bookDeck(book('all'), context, '1');
    expect([...deck.notes]).toEqual([...deck.notes]);
  });

  it('keeps `::` in titles from nesting, and duplicate chapter titles apart', () => {
    const g = makeGlossary({
      categories: [{ id: 'c', title: 'C', description: 'd', order: 1 }],
      terms: [{ id: 'a', term: 'A', shortDefinition: 'a', category: 'c' }, { id: 'b', term: 'B', shortDefinition: 'b', category: 'c' }],
      books: [{ id: 'x', title: ' Part::One ', description: 'd', chapters: [{ id: 'one', title: 'Same', terms: ['a'] }, { id: 'two', title: 'same', terms: ['a', 'b'] }] }],
    });
    const deck = bookDeck(g.books[0]!, createNoteContext(g, new Map(), 1_800_000_000), '1');
    expect(deck.decks.map((d) => d.name)).toEqual(['Part:One', 'Part:One::Same', 'Part:One::same (2)']);
    expect([...deck.notes].map((n) => n.key)).toEqual(['term:a', 'term:b']);
  });
});
