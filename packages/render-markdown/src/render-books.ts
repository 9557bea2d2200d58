import type { Glossary, RenderedFile } from '@alignment-glossary/core';
import { bookFiles } from './book-files.js';
import { planBook } from './plan-book.js';

export interface RenderBooksOptions {
  /** Only these book ids (all when empty or absent). (optional) */
  readonly books?: readonly string[];
}

/**
 * Renders every book of the glossary (or those named in `options.books`) twice: as an mdBook folder
 * `<book-id>/` (book.toml, src/SUMMARY.md and one page per introduction, chapter, term and index) and as a
 * single file `<book-id>.md` for pandoc. Pure and deterministic: same glossary, same bytes.
 *
 * @param glossary the validated glossary.
 * @param options which books to render. (optional)
 * @returns the files, with paths relative to the output folder, in a stable order.
 * @throws when `options.books` names a book the glossary doesn't have.
 */
export function renderBooks(glossary: Glossary, options: RenderBooksOptions = {}): RenderedFile[] {
  const wanted = options.books ?? [];
  for (const id of wanted) {
    if (!glossary.books.some((b) => b.id === id)) {
      throw new Error(`render-markdown: unknown book "${id}" in options.books; the glossary has: ${glossary.books.map((b) => b.id).join(', ') || '(no books)'}`);
    }
  }
  const files: RenderedFile[] = [];
  for (const book of glossary.books) {
    if (wanted.length > 0 && !wanted.includes(book.id)) continue;
    const { pages, single } = bookFiles(glossary, planBook(glossary, book));
    files.push({ path: `${book.id}.md`, contents: single });
    for (const f of pages) files.push({ path: `${book.id}/${f.path}`, contents: f.contents });
  }
  return files;
}
