import Database from 'better-sqlite3';
import { fieldChecksum, normalizeFields, stripHtml } from './anki-text.js';
import type { BookDeck } from './book-deck.js';
import { collectionJson } from './collection-json.js';
import { NOTETYPES } from './notetypes.js';
import { noteGuid } from './stable-id.js';

/** Anki's schema-11 tables (rslib/src/storage/schema11.sql). */
const TABLES = `
create table col
(
    id     integer primary key,
    crt    integer not null,
    mod    integer not null,
    scm    integer not null,
    ver    integer not null,
    dty    integer not null,
    usn    integer not null,
    ls     integer not null,
    conf   text    not null,
    models text    not null,
    decks  text    not null,
    dconf  text    not null,
    tags   text    not null
);

create table notes
(
    id    integer primary key,
    guid  text    not null,
    mid   integer not null,
    mod   integer not null,
    usn   integer not null,
    tags  text    not null,
    flds  text    not null,
    sfld  integer not null,
    csum  integer not null,
    flags integer not null,
    data  text    not null
);

create table cards
(
    id     integer primary key,
    nid    integer not null,
    did    integer not null,
    ord    integer not null,
    mod    integer not null,
    usn    integer not null,
    type   integer not null,
    queue  integer not null,
    due    integer not null,
    ivl    integer not null,
    factor integer not null,
    reps   integer not null,
    lapses integer not null,
    left   integer not null,
    odue   integer not null,
    odid   integer not null,
    flags  integer not null,
    data   text    not null
);

create table revlog
(
    id      integer primary key,
    cid     integer not null,
    usn     integer not null,
    ease    integer not null,
    ivl     integer not null,
    lastIvl integer not null,
    factor  integer not null,
    time    integer not null,
    type    integer not null
);

create table graves
(
    usn  integer not null,
    oid  integer not null,
    type integer not null
);
`;

/** Anki's schema-11 indexes; created after the rows are in, which is faster and packs the pages tighter. */
const INDEXES = `
create index ix_notes_usn on notes (usn);
create index ix_cards_usn on cards (usn);
create index ix_revlog_usn on revlog (usn);
create index ix_cards_nid on cards (nid);
create index ix_cards_sched on cards (did, queue, due);
create index ix_revlog_cid on revlog (cid);
create index ix_notes_csum on notes (csum);
`;

/**
 * SQLite's page size, by the number of terms: it decides how the rows are laid out, and with that how well the
 * file deflates (the raw size hardly matters). Measured on synthetic decks, the bench content and the real
 * content: below 2,000 terms 2 KB pages give the smallest packages (the real decks 4–5% smaller than with 8 KB
 * pages, decks of short notes 9% smaller); from 2,000 terms 16 KB pages do (3–7% smaller than 64 KB or 8 KB).
 */
function pageSize(termCount: number): number {
  return termCount >= 2000 ? 16384 : 2048;
}

/**
 * How far below the id ceiling the first note and card ids start, in milliseconds (about 28 hours): room for
 * 100 million notes and cards without knowing their number in advance.
 */
const ID_RANGE = 100_000_000;

/** Times of a collection. */
export interface CollectionTimes {
  /** `col.crt`, in seconds. */
  readonly created: number;
  /**
   * The upper end of the note and card ids, in milliseconds. Ids are ms timestamps; notes and cards count up
   * from `idCeiling - ID_RANGE` in study order, so that Anki (which renumbers new cards in id order when it
   * imports without scheduling) keeps the book's order. Anki refuses packages with ids more than a day in the
   * future, so this must not be later than the build.
   */
  readonly idCeiling: number;
}

/**
 * Writes one book's notes and cards into an in-memory Anki collection at schema 11 and returns its bytes.
 * Fields are normalized as Anki would (control characters removed, NFC); `sfld` and `csum` follow Anki's rules.
 * Every card is new (type 0, queue 0) and `due` is its position in the book. Each note is stored as soon as it is
 * built.
 *
 * @param deck the book's decks and notes, in study order.
 * @param times the creation time and id ceiling.
 * @returns the SQLite database file.
 */
export function writeCollection(deck: BookDeck, times: CollectionTimes): Uint8Array {
  const db = new Database(':memory:');
  try {
    db.pragma(`page_size = ${pageSize(deck.termCount)}`);
    db.pragma('journal_mode = OFF');
    db.exec(TABLES);
    const insertNote = db.prepare('insert into notes values (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, \'\')');
    const insertCard = db.prepare('insert into cards values (?, ?, ?, ?, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, \'\')');
    db.transaction(() => {
      let noteId = times.idCeiling - ID_RANGE;
      let cardId = times.idCeiling - ID_RANGE;
      let position = 0;
      let mod = times.created;
      for (const note of deck.notes) {
        const notetype = NOTETYPES[note.kind];
        const { fields, joined } = normalizeFields(note.fields);
        const first = stripHtml(fields[0]!);
        const sortField = notetype.sortField === 0 ? first : stripHtml(fields[notetype.sortField]!);
        const tags = note.tags.length ? ` ${note.tags.join(' ')} ` : '';
        insertNote.run(noteId, noteGuid(note.key), notetype.id, note.mod, tags, joined, sortField, fieldChecksum(first));
        for (const ord of note.ords) insertCard.run(cardId++, noteId, note.deckId, ord, note.mod, ++position);
        noteId++;
        mod = Math.max(mod, note.mod);
      }
      if (noteId > times.idCeiling || cardId > times.idCeiling) throw new Error(`render-anki: more than ${ID_RANGE} notes or cards`);
      const json = collectionJson(deck, mod, position);
      db.prepare('insert into col values (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)')
        .run(times.created, mod * 1000, mod * 1000, json.conf, json.models, json.decks, json.dconf, json.tags);
    })();
    db.exec(INDEXES);
    return db.serialize();
  } finally {
    db.close();
  }
}
