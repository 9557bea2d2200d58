import type { Glossary } from '@alignment-glossary/core';
import { readAnkiPackage } from 'anki-reader';
import { describe, expect, it } from 'vitest';
import { FIELD_FORMAT_SINCE } from './note-context.js';
import { NOTETYPES } from './notetypes.js';
import { renderAnki, type RenderAnkiOptions } from './render-anki.js';
import { expectValidCollection } from './test-utils/expect-valid-collection.js';
import { contentGlossary, miniGlossary, withTerm } from './test-utils/glossaries.js';
import { hostileGlossary } from './test-utils/hostile-glossary.js';
import { fieldsOf, readApkg } from './test-utils/read-apkg.js';
import { unsafeParts } from './test-utils/unsafe-parts.js';

const EPOCH = 1_800_000_000;
const T = FIELD_FORMAT_SINCE + 10_000;
const options = (overrides: Partial<RenderAnkiOptions> = {}): RenderAnkiOptions => ({ version: '1.0.0', modifiedAt: new Map(), sourceDateEpoch: EPOCH, ...overrides });

const bytesOf = (contents: string | Uint8Array) => {
  if (typeof contents === 'string') throw new Error('expected binary contents');
  return contents;
};

/** What a book's package must hold, counted from the glossary without the renderer's code. */
function expectedCounts(glossary: Glossary, bookId: string) {
  const book = glossary.books.find((b) => b.id === bookId)!;
  const ids = [...new Set([...book.chapters.flatMap((c) => c.terms), ...book.appendix])];
  let notes = 0;
  let cards = 0;
  for (const id of ids) {
    const term = glossary.termsById.get(id)!;
    notes += 1 + term.faq.length;
    cards += 2 + term.faq.length;
    for (const comparison of glossary.comparisons.filter((c) => c.terms.includes(id))) {
      notes += 1;
      cards += comparison.rows.length;
    }
  }
  return { notes, cards };
}

describe.each([['the mini fixture', miniGlossary], ['the real content', contentGlossary]])('renderAnki on %s', (_name, load) => {
  it('writes one valid package per book that holds every term, FAQ and comparison row', async () => {
    const glossary = await load();
    const files = renderAnki(glossary, options());
    expect(files.map((f) => f.path)).toEqual(glossary.books.map((b) => `${b.id}.apkg`));
    for (const [index, file] of files.entries()) {
      const apkg = readApkg(bytesOf(file.contents));
      expectValidCollection(apkg, EPOCH * 1000);
      expect({ notes: apkg.notes.length, cards: apkg.cards.length }).toEqual(expectedCounts(glossary, glossary.books[index]!.id));
      const book = glossary.books[index]!;
      expect(Object.values(apkg.decks).map((d) => d.name)).toContain(book.title.replace(/:{2,}/g, ':'));
      for (const note of apkg.notes) {
        const model = apkg.models[String(note.mid)]!;
        fieldsOf(note).forEach((field, i) => expect(unsafeParts(field, model.type === 1 && i === 0 ? (field.match(/\{\{c\d+::/g) ?? []).length : 0), `${note.guid} field ${i}`).toEqual([]));
      }
      apkg.db.close();
    }
  });

  it('gives byte-identical packages for the same input', async () => {
    const glossary = await load();
    const first = renderAnki(glossary, options());
    const second = renderAnki(glossary, options());
    expect(second.map((f) => bytesOf(f.contents))).toEqual(first.map((f) => bytesOf(f.contents)));
  });

  it('opens in the independent anki-reader package', async () => {
    const glossary = await load();
    for (const file of renderAnki(glossary, options())) {
      const { collection } = await readAnkiPackage(new Blob([bytesOf(file.contents)]));
      expect(collection.getVersion()).toBe(11);
      expect(Object.values(collection.getModels()).map((m) => m.getName()).sort()).toEqual(Object.values(NOTETYPES).map((d) => d.name).sort());
      const cards = Object.values(collection.getDecks()).flatMap((deck) => Object.values(deck.getCards()));
      const ours = readApkg(bytesOf(file.contents));
      expect(cards).toHaveLength(ours.cards.length);
      const termCards = cards.filter((card) => card.getModel().getName() === NOTETYPES.term.name);
      const ids = new Set(glossary.terms.map((t) => t.id));
      for (const card of termCards) {
        const fields = card.getFields();
        expect(ids.has(fields.Id!)).toBe(true);
        expect(card.getQuestions().length).toBeGreaterThan(0);
      }
      expect(new Set(termCards.map((c) => c.getFields().Id)).size).toBe(termCards.length / 2);
      ours.db.close();
    }
  });
});

describe('renderAnki across an edit', async () => {
  const glossary = await miniGlossary();
  const times = new Map([['alpha', T], ['beta', T], ['gamma-star', T], ['delta-rtl', T], ['comparisons/alpha-vs-beta', T]]);
  const before = readApkg(bytesOf(renderAnki(glossary, options({ modifiedAt: times, books: ['all'] }))[0]!.contents));
  const edited = withTerm(glossary, 'alpha', { shortDefinition: 'An edited definition.' });
  const after = readApkg(bytesOf(renderAnki(edited, options({ modifiedAt: new Map([...times, ['alpha', T + 60]]), books: ['all'] }))[0]!.contents));
  const byGuid = (notes: typeof before.notes) => new Map(notes.map((n) => [n.guid, n]));

  it('keeps GUIDs, notetype ids and deck ids', () => {
    expect([...byGuid(after.notes).keys()].sort()).toEqual([...byGuid(before.notes).keys()].sort());
    expect(Object.keys(after.models)).toEqual(Object.keys(before.models));
    expect(Object.keys(after.decks)).toEqual(Object.keys(before.decks));
  });

  it('changes only the edited note, and gives it (and the notes built from it) a later mod', () => {
    const old = byGuid(before.notes);
    const changed = after.notes.filter((n) => n.flds !== old.get(n.guid)!.flds);
    expect(changed.map((n) => fieldsOf(n)[0])).toEqual(['alpha']);
    expect(fieldsOf(changed[0]!)[2]).toBe('An edited definition.');
    const newer = after.notes.filter((n) => n.mod > old.get(n.guid)!.mod).map((n) => `${n.mid === NOTETYPES.term.id ? 'term' : n.mid === NOTETYPES.faq.id ? 'faq' : 'cloze'}:${n.tags.match(/term::(\S+)/)![1]}`);
    expect(newer.sort()).toEqual(['cloze:alpha', 'cloze:beta', 'faq:alpha', 'term:alpha']);
    for (const note of after.notes) expect(note.mod).toBeGreaterThanOrEqual(old.get(note.guid)!.mod);
    expect(changed[0]!.mod).toBe(T + 60);
  });
});

describe('renderAnki on hostile content', () => {
  it('lets no script, remote resource or stray Anki syntax reach any field', () => {
    const [file] = renderAnki(hostileGlossary(), options());
    const apkg = readApkg(bytesOf(file!.contents));
    expectValidCollection(apkg, EPOCH * 1000);
    expect(apkg.notes.length).toBe(5);
    for (const note of apkg.notes) {
      const cloze = note.mid === NOTETYPES.cloze.id;
      fieldsOf(note).forEach((field, i) => expect(unsafeParts(field, cloze && i === 0 ? 2 : 0), `${note.tags} field ${i}`).toEqual([]));
    }
    expect(Object.values(apkg.decks).map((d) => d.name).sort()).toEqual(['Default', 'Evil:Book <script>', 'Evil:Book <script>::<img src=x>']);
  });
});

describe('renderAnki options', async () => {
  const glossary = await miniGlossary();

  it('renders only the selected books', () => {
    expect(renderAnki(glossary, options({ books: ['small'] })).map((f) => f.path)).toEqual(['small.apkg']);
    expect(renderAnki(glossary, options({ books: [] })).map((f) => f.path)).toEqual(['all.apkg', 'small.apkg']);
  });

  it('rejects unknown books and implausible times, naming the option', () => {
    expect(() => renderAnki(glossary, options({ books: ['nope'] }))).toThrow(/unknown book "nope" in "books"; books: all, small/);
    expect(() => renderAnki(glossary, options({ sourceDateEpoch: 12 }))).toThrow(/"sourceDateEpoch" must be a whole number of seconds/);
    expect(() => renderAnki(glossary, options({ modifiedAt: new Map([['alpha', 1.5]]) }))).toThrow(/"modifiedAt" of "alpha"/);
  });
});
