import type { Book, Glossary } from '@alignment-glossary/core';

/** A chapter as laid out in a book: a unique folder slug, the terms it lists, and the terms whose page it holds. */
export interface PlannedChapter {
  /** Unique within the book and never a reserved file name; the folder of its term pages under `src/`. */
  readonly slug: string;
  readonly title: string;
  readonly description?: string;
  /** Every term the chapter lists, in reading order. */
  readonly terms: readonly string[];
  /** The terms whose page lives in this chapter (a term listed by two chapters lives in the first). */
  readonly homed: readonly string[];
  /** True for the appendix of one-hop neighbours. */
  readonly appendix: boolean;
}

/** Where every page of a book goes, and which terms the book holds. */
export interface BookPlan {
  readonly book: Book;
  readonly chapters: readonly PlannedChapter[];
  /** Term id → slug of the chapter holding its page. Terms absent from this map are outside the book. */
  readonly homes: ReadonlyMap<string, string>;
}

/** Title of the appendix chapter of one-hop neighbours. */
export const APPENDIX_TITLE = 'Appendix: neighbouring terms';

/** Top-level page names of an mdBook folder that a chapter slug must not take (mdBook reserves print and toc). */
const RESERVED = new Set(['introduction', 'a-z-index', 'appendix', 'summary', 'readme', 'index', 'print', 'toc', '404']);

/**
 * Lays out one book: gives each chapter a unique slug, homes every term in the first chapter that lists it, and
 * adds the appendix (the book's `appendix` terms) as a last chapter when there is one. Core already dropped
 * empty chapters.
 */
export function planBook(glossary: Glossary, book: Book): BookPlan {
  const used = new Set(RESERVED);
  const unique = (base: string) => {
    let slug = RESERVED.has(base) ? `${base}-chapter` : base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    return slug;
  };
  const homes = new Map<string, string>();
  const chapters: PlannedChapter[] = [];
  const add = (slug: string, title: string, description: string | undefined, terms: readonly string[], appendix: boolean) => {
    const homed = terms.filter((id) => glossary.termsById.has(id) && !homes.has(id));
    for (const id of homed) homes.set(id, slug);
    chapters.push({ slug, title, ...(description === undefined ? {} : { description }), terms, homed, appendix });
  };
  for (const chapter of book.chapters) add(unique(chapter.id), chapter.title, chapter.description, chapter.terms, false);
  // "appendix" is reserved, so no chapter has taken it.
  if (book.appendix.length > 0) add('appendix', APPENDIX_TITLE, undefined, book.appendix, true);
  return { book, chapters, homes };
}
