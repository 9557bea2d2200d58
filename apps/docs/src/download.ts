import { createHash } from 'node:crypto';
import type { Glossary } from '@alignment-glossary/core';

/** What a downloadable file is. */
export type DownloadKind = 'book-markdown' | 'book-epub' | 'anki' | 'jsonld' | 'turtle';

/** A file built by another target (books, Anki, JSON-LD) that the site republishes under `downloads/`. */
export interface Download {
  /** The file name under `downloads/`, e.g. `primer.md`, `full.apkg`, `glossary.ttl`. */
  readonly name: string;
  readonly kind: DownloadKind;
  readonly contents: string | Uint8Array;
}

/** The kinds in the order they are listed, with a heading and what each format is for. */
export const DOWNLOAD_GROUPS: readonly { kinds: readonly DownloadKind[]; id: string; title: string; text: string }[] = [
  {
    kinds: ['book-markdown', 'book-epub'],
    id: 'books',
    title: 'Books',
    text: 'The glossary arranged as books, chapter by chapter, each in a single file you can read offline or convert with your own tools.',
  },
  {
    kinds: ['anki'],
    id: 'anki',
    title: 'Anki decks',
    text: 'Flashcards for spaced repetition, one deck per book. Open a .apkg file with Anki (File → Import).',
  },
  {
    kinds: ['jsonld', 'turtle'],
    id: 'linked-data',
    title: 'Linked data',
    text: 'The whole glossary as a SKOS concept scheme, in JSON-LD and in Turtle. Every term page also embeds its own JSON-LD.',
  },
];

const FORMAT: Readonly<Record<DownloadKind, string>> = {
  'book-markdown': 'Markdown',
  'book-epub': 'EPUB',
  anki: 'Anki deck',
  jsonld: 'JSON-LD',
  turtle: 'Turtle',
};

/** A human title for a download: the book's title for books and decks named after a book, else the file name. */
export function downloadTitle(glossary: Glossary, download: Download): string {
  const base = download.name.replace(/\.[^.]+$/, '');
  const book = glossary.books.find((b) => b.id === base);
  if (download.kind === 'jsonld' || download.kind === 'turtle') return `${glossary.config.title} (${FORMAT[download.kind]})`;
  return `${book?.title ?? base} (${FORMAT[download.kind]})`;
}

/** Size of a download, e.g. `12.3 KB`. */
export function formatSize(download: Download): string {
  const n = typeof download.contents === 'string' ? Buffer.byteLength(download.contents) : download.contents.byteLength;
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** SHA-256 of a download, hex. */
export function sha256(download: Download): string {
  return createHash('sha256').update(download.contents).digest('hex');
}
