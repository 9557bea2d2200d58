import type { Book, Term } from '@alignment-glossary/core';
import { clozeNotes } from './cloze-notes.js';
import { escapeHtml } from './escape-html.js';
import { faqNotes } from './faq-notes.js';
import type { NoteContext, NoteDraft } from './note-context.js';
import { stableId } from './stable-id.js';
import { termNote } from './term-note.js';

/** A deck of the package. */
export interface DeckDef {
  readonly id: number;
  /** Full name with `::` between levels, e.g. `Alignment Glossary::Failure modes`. */
  readonly name: string;
  /** HTML shown on the deck overview. */
  readonly description: string;
}

/** A note placed in a deck. */
export interface PlacedNote extends NoteDraft {
  readonly deckId: number;
}

/**
 * Everything one `.apkg` holds: its decks (parent first) and its notes in study order. `notes` is lazy (each
 * iteration builds the notes afresh), so a writer can store each note and let it go: holding 30,000 rendered
 * notes at once costs more in garbage collection than building them.
 */
export interface BookDeck {
  readonly decks: readonly DeckDef[];
  /** How many terms the book holds (each gives a Term note, its FAQ notes and its clozes). */
  readonly termCount: number;
  readonly notes: Iterable<PlacedNote>;
}

/** One level of a deck name: `::` would nest, so it is flattened; Anki trims the levels itself. */
function deckLevel(title: string): string {
  return title.replace(/:{2,}/g, ':').replace(/\s+/g, ' ').trim() || '-';
}

/**
 * The decks and notes of one book: a top-level deck named after the book, one subdeck per chapter and one for the
 * appendix (when the book has one). Each term appears once, in its first chapter, with its Term note, then its FAQ
 * notes, then its comparison clozes. Deck ids are stable hashes of the book and chapter ids (Anki matches decks
 * by name, so the ids only matter inside the package).
 *
 * @param book the resolved book.
 * @param context the shared note context.
 * @param version the release version, shown in the top deck's description.
 * @returns the book's decks and notes.
 */
export function bookDeck(book: Book, context: NoteContext, version: string): BookDeck {
  const top = deckLevel(book.title);
  const site = escapeHtml(context.glossary.config.siteUrl);
  const about = `<p>${escapeHtml(book.description)}</p>\n<p>${escapeHtml(context.glossary.config.title)} ${escapeHtml(version)}: <a href="${site}">${site}</a></p>`;
  const decks: DeckDef[] = [{ id: stableId(`deck:${book.id}`), name: top, description: about }];
  const taken = new Set([top.toLowerCase()]);
  const sections = [
    ...book.chapters.map((c) => ({ key: c.id, title: c.title, description: c.description ?? '', terms: c.terms })),
    { key: '#appendix', title: 'Appendix: neighbouring terms', description: '', terms: book.appendix },
  ];
  const seen = new Set<string>();
  const placements: { readonly term: Term; readonly deckId: number }[] = [];
  for (const section of sections) {
    const terms = section.terms.filter((id) => !seen.has(id) && context.glossary.termsById.has(id));
    if (terms.length === 0) continue;
    let name = `${top}::${deckLevel(section.title)}`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${top}::${deckLevel(section.title)} (${n})`;
    taken.add(name.toLowerCase());
    const deckId = stableId(`deck:${book.id}/${section.key}`);
    decks.push({ id: deckId, name, description: escapeHtml(section.description) });
    for (const id of terms) {
      seen.add(id);
      placements.push({ term: context.glossary.termsById.get(id)!, deckId });
    }
  }
  function* notes(): Generator<PlacedNote> {
    for (const { term, deckId } of placements) {
      yield { ...termNote(term, context), deckId };
      for (const note of faqNotes(term, context)) yield { ...note, deckId };
      for (const note of clozeNotes(term, context)) yield { ...note, deckId };
    }
  }
  return { decks, termCount: placements.length, notes: { [Symbol.iterator]: notes } };
}
