import type { Glossary, RenderedFile } from '@alignment-glossary/core';
import { bookDeck } from './book-deck.js';
import { createNoteContext } from './note-context.js';
import { writeCollection } from './write-collection.js';
import { zipApkg } from './zip-apkg.js';

/** Options of {@link renderAnki}. */
export interface RenderAnkiOptions {
  /** The release version, shown in the description of each book's top-level deck. */
  readonly version: string;
  /**
   * Content key → last-modified time in seconds; becomes the notes' `mod`. Keys are term ids, plus
   * `categories/<id>` and `comparisons/<id>` for those files (optional; absent keys are ignored).
   */
  readonly modifiedAt: ReadonlyMap<string, number>;
  /** Fallback time in seconds for terms without history; also the collection's creation time and id ceiling. */
  readonly sourceDateEpoch: number;
  /** Only these book ids (all when empty or absent). */
  readonly books?: readonly string[];
}

/** 2001-09-09T01:46:40Z: Anki ids are ms timestamps, and anything earlier is implausible for a build time. */
const MIN_EPOCH = 1_000_000_000;

function checkOptions(glossary: Glossary, options: RenderAnkiOptions): void {
  if (!Number.isInteger(options.sourceDateEpoch) || options.sourceDateEpoch < MIN_EPOCH) {
    throw new Error(`render-anki: "sourceDateEpoch" must be a whole number of seconds after ${MIN_EPOCH} (2001-09-09), got ${options.sourceDateEpoch}`);
  }
  for (const [key, value] of options.modifiedAt) {
    if (!Number.isInteger(value) || value < 0) throw new Error(`render-anki: "modifiedAt" of "${key}" must be a whole number of seconds, got ${value}`);
  }
  for (const id of options.books ?? []) {
    if (!glossary.books.some((b) => b.id === id)) {
      throw new Error(`render-anki: unknown book "${id}" in "books"; books: ${glossary.books.map((b) => b.id).join(', ')}`);
    }
  }
}

/**
 * Renders one Anki package per book: `<book id>.apkg`, a legacy (schema 11) `.apkg` that every current Anki
 * imports, with a deck named after the book, a subdeck per chapter, and Term, FAQ and comparison-cloze notes.
 * Re-importing a newer build updates the notes in place: GUIDs come from term, FAQ and comparison ids, and a note's
 * `mod` is the latest modification time of the content files it is built from. Pure and deterministic.
 *
 * @param glossary the validated glossary.
 * @param options times and the book selection.
 * @returns one file per selected book.
 */
export function renderAnki(glossary: Glossary, options: RenderAnkiOptions): RenderedFile[] {
  checkOptions(glossary, options);
  const context = createNoteContext(glossary, options.modifiedAt, options.sourceDateEpoch);
  const selected = options.books?.length ? glossary.books.filter((b) => options.books!.includes(b.id)) : glossary.books;
  return selected.map((book) => {
    const deck = bookDeck(book, context, options.version);
    const collection = writeCollection(deck, { created: options.sourceDateEpoch, idCeiling: options.sourceDateEpoch * 1000 });
    return { path: `${book.id}.apkg`, contents: zipApkg(collection, options.sourceDateEpoch) };
  });
}
