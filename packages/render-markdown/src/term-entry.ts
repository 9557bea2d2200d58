import type { Glossary } from '@alignment-glossary/core';
import type { ListItem, Paragraph } from 'mdast';
import { listItem } from './build.js';
import type { Linker } from './linker.js';
import { targetLink } from './resolve-anchors.js';

/**
 * Paragraphs that stand, as the same node, in many places of a book: the marking serializer may reuse what it
 * wrote for one (see markPart). They are never changed.
 */
export const SHARED_PARAGRAPHS = new WeakSet<Paragraph>();

const entries = new WeakMap<Glossary, WeakMap<Linker, Map<string, ListItem>>>();

/**
 * "[Label](link) — short definition" as a list item, for a term that is in the glossary: how chapter
 * openings, relation lists and the A–Z index list a term. Built once per glossary, linker and term, so
 * that a book holds one node per term for all of them (a term sits in several relation lists, its chapter's
 * list and the index).
 */
export function termEntry(glossary: Glossary, linker: Linker, id: string): ListItem | undefined {
  let byLinker = entries.get(glossary);
  if (byLinker === undefined) entries.set(glossary, (byLinker = new WeakMap()));
  let byId = byLinker.get(linker);
  if (byId === undefined) byLinker.set(linker, (byId = new Map()));
  let entry = byId.get(id);
  if (entry === undefined) {
    const term = glossary.termsById.get(id);
    if (term === undefined) return undefined;
    entry = listItem([targetLink(linker.term(id), term.term), ` — ${term.shortDefinition}`]);
    SHARED_PARAGRAPHS.add(entry.children[0] as Paragraph);
    byId.set(id, entry);
  }
  return entry;
}
