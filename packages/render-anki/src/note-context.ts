import type { Glossary, Term } from '@alignment-glossary/core';
import { escapeHtml } from './escape-html.js';
import type { NotetypeKind } from './notetypes.js';

/**
 * The earliest `mod` of any note, in seconds: the time the current field HTML format was introduced. Bump it to
 * the current time whenever the HTML this package writes into fields changes, so that learners receive the new
 * format on their next import (Anki only updates notes whose incoming `mod` is newer). note-context.test.ts fails
 * until you do.
 */
export const FIELD_FORMAT_SINCE = 1795564800; // 2026-11-25T00:00:00Z

/** A note before it gets ids: what the deck builder and the collection writer need. */
export interface NoteDraft {
  /** The stable key its GUID is derived from, e.g. `term:inner-alignment`. */
  readonly key: string;
  readonly kind: NotetypeKind;
  /** Field HTML in notetype order, not yet normalized. */
  readonly fields: readonly string[];
  /** Anki tags (no spaces), sorted. */
  readonly tags: readonly string[];
  /** Modification time in seconds; grows whenever the note's content may have changed. */
  readonly mod: number;
  /** The card ordinals to ship (template index, or cloze number − 1). */
  readonly ords: readonly number[];
}

/** What the note builders share. */
export interface NoteContext {
  readonly glossary: Glossary;
  /** The docs-site page of a term. */
  termUrl(id: string): string | undefined;
  /** An `<a>` to a term's docs page, or its escaped label (the id for an unknown term) when it has no page. */
  termLink(id: string): string;
  /** The title of a category, or its id when there is no such category. */
  categoryTitle(id: string): string;
  /**
   * The `mod` of a note built from these content files: the latest of their modification times and
   * {@link FIELD_FORMAT_SINCE}. Term ids fall back to `sourceDateEpoch` when they have no time; other keys
   * (`categories/<id>`, `comparisons/<id>`) are skipped when absent.
   */
  modOf(termIds: readonly string[], otherKeys?: readonly string[]): number;
}

/**
 * Creates the shared context of the note builders.
 *
 * @param glossary the validated glossary.
 * @param modifiedAt content key → last modification time in seconds (term ids, `categories/<id>`, `comparisons/<id>`).
 * @param sourceDateEpoch the fallback time for terms without history, in seconds.
 */
export function createNoteContext(glossary: Glossary, modifiedAt: ReadonlyMap<string, number>, sourceDateEpoch: number): NoteContext {
  const site = glossary.config.siteUrl.replace(/\/+$/, '');
  const termUrl = (id: string) => (glossary.termsById.has(id) ? `${site}/terms/${id}/` : undefined);
  // A term is linked from each of its neighbours' notes: build each link once.
  const links = new Map<string, string>();
  const categoryTitles = new Map<string, string>();
  for (const c of glossary.categories) if (!categoryTitles.has(c.id)) categoryTitles.set(c.id, c.title);
  return {
    glossary,
    termUrl,
    termLink(id) {
      let link = links.get(id);
      if (link === undefined) {
        const label = escapeHtml(glossary.termsById.get(id)?.term ?? id);
        const url = termUrl(id);
        link = url === undefined ? label : `<a href="${escapeHtml(url)}">${label}</a>`;
        links.set(id, link);
      }
      return link;
    },
    categoryTitle: (id) => categoryTitles.get(id) ?? id,
    modOf(termIds, otherKeys = []) {
      let mod = FIELD_FORMAT_SINCE;
      for (const id of termIds) mod = Math.max(mod, modifiedAt.get(id) ?? sourceDateEpoch);
      for (const key of otherKeys) mod = Math.max(mod, modifiedAt.get(key) ?? 0);
      return mod;
    },
  };
}

/** A tag-safe form of an id or word: Anki tags cannot hold spaces. */
export function tag(namespace: string, value: string): string {
  return `${namespace}::${value.replace(/\s+/g, '-')}`;
}

/**
 * The id a term's GUID keys are built from: its first (oldest) former id when its id was ever renamed, else its
 * id. Learners' notes were created under the original id, so a renamed id keeps updating them instead of adding a
 * second copy. Former ids stay reserved, so no other term can take them.
 *
 * @param term the term.
 * @returns the id to build `term:<id>` keys from.
 */
export function identityOf(term: Pick<Term, 'id' | 'formerIds'>): string {
  return term.formerIds[0] ?? term.id;
}
