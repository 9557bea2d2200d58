import type { Source } from '@alignment-glossary/core';
import type { List, PhrasingContent } from 'mdast';
import { link, list, listItem, stopAfter, text } from './build.js';

/** "A", "A and B", "A, B and C". */
export function formatAuthors(authors: readonly string[]): string {
  return authors.length <= 1 ? (authors[0] ?? '') : `${authors.slice(0, -1).join(', ')} and ${authors.at(-1)}`;
}

/** The resolver URL of a bare DOI. */
export const doiUrl = (doi: string) => `https://doi.org/${doi}`;

/**
 * Sources as a numbered reference list: "Authors (year). Title. *Venue*." The title links to the source's
 * `url`, else to its DOI at https://doi.org/; a DOI next to a URL is added as its own link.
 */
export function sourceList(sources: readonly Source[]): List {
  return list(
    sources.map((s) => {
      const href = s.url ?? (s.doi === undefined ? undefined : doiUrl(s.doi));
      const parts: PhrasingContent[] = [text(`${formatAuthors(s.authors)} (${s.year}). `)];
      parts.push(href === undefined ? text(s.title) : link(href, s.title));
      let after = stopAfter(s.title);
      if (s.venue !== undefined) {
        parts.push(text(`${after} `), { type: 'emphasis', children: [text(s.venue)] });
        after = stopAfter(s.venue);
      }
      if (s.url !== undefined && s.doi !== undefined) {
        parts.push(text(`${after} DOI: `), link(doiUrl(s.doi), s.doi));
        after = '.';
      }
      if (after !== '') parts.push(text(after));
      return listItem(parts);
    }),
    true,
  );
}
