import { describe, expect, it } from 'vitest';
import { bookDeck } from './book-deck.js';
import { createNoteContext, FIELD_FORMAT_SINCE } from './note-context.js';
import { NOTETYPES } from './notetypes.js';
import { noteGuid } from './stable-id.js';
import { expectValidCollection } from './test-utils/expect-valid-collection.js';
import { miniGlossary } from './test-utils/glossaries.js';
import { openCollection } from './test-utils/read-apkg.js';
import { writeCollection } from './write-collection.js';

const CREATED = 1_800_000_000;
const CEILING = CREATED * 1000;

describe('writeCollection', async () => {
  const glossary = await miniGlossary();
  const T = FIELD_FORMAT_SINCE + 1000;
  const deck = bookDeck(glossary.books.find((b) => b.id === 'all')!, createNoteContext(glossary, new Map([['alpha', T]]), T - 1), '1');
  const bytes = writeCollection(deck, { created: CREATED, idCeiling: CEILING });
  const apkg = openCollection(bytes);
  const drafts = [...deck.notes];

  it('writes a valid schema-11 collection', () => {
    expectValidCollection(apkg, CEILING);
    expect(apkg.db.prepare('select crt, ver, dty, usn, ls from col').get()).toEqual({ crt: CREATED, ver: 11, dty: 0, usn: 0, ls: 0 });
  });

  it('stores every note with its GUID, notetype, mod and tags, in study order', () => {
    expect(apkg.notes.map((n) => [n.guid, n.mid, n.mod, n.tags])).toEqual(
      drafts.map((d) => [noteGuid(d.key), NOTETYPES[d.kind].id, d.mod, ` ${d.tags.join(' ')} `]),
    );
    expect(apkg.notes.map((n) => n.flds)).toEqual(drafts.map((d) => d.fields.join('\x1f')));
  });

  it('gives ids that count up just below the ceiling', () => {
    const ids = apkg.notes.map((n) => n.id);
    expect(ids[0]).toBeGreaterThan(CEILING - 100_000_000 - 1);
    expect(ids).toEqual(ids.map((_, i) => ids[0]! + i));
    expect(apkg.cards.map((c) => c.id)).toEqual(apkg.cards.map((_, i) => apkg.cards[0]!.id + i));
  });

  it('ships every card of every note, with the note\'s mod and deck', () => {
    expect(apkg.cards.map((c) => [c.ord, c.mod, c.did])).toEqual(drafts.flatMap((d) => d.ords.map((ord) => [ord, d.mod, d.deckId])));
  });

  it('uses 2 KB pages for a small deck (16 KB from 2,000 terms)', () => {
    expect(Buffer.from(bytes).readUInt16BE(16)).toBe(2048);
    const big = writeCollection({ ...deck, termCount: 2000 }, { created: CREATED, idCeiling: CEILING });
    expect(Buffer.from(big).readUInt16BE(16)).toBe(16384);
    expect(openCollection(big).notes.map((n) => n.flds)).toEqual(drafts.map((d) => d.fields.join('\x1f')));
  });

  it('stores the number of cards for the next new-card position', () => {
    expect(apkg.conf.nextPos).toBe(apkg.cards.length + 1);
  });
});
