import { compareLabels, type Glossary } from '@alignment-glossary/core';
import type { ListItem, RootContent } from 'mdast';
import { heading, list, listItem, paragraph, text } from './build.js';
import type { Linker } from './linker.js';
import type { BookPlan } from './plan-book.js';
import { targetLink } from './resolve-anchors.js';
import { termEntry } from './term-entry.js';

/** Title of the A–Z index. */
export const INDEX_TITLE = 'A–Z index';

/** The group an entry is filed under: its first letter without accents, upper-cased; "0–9" or "Other" otherwise. */
export function indexGroup(name: string): string {
  const first = [...name.normalize('NFD').replace(/\p{M}/gu, '')][0] ?? '';
  if (/\p{L}/u.test(first)) return first.toLocaleUpperCase('en');
  return /\p{N}/u.test(first) ? '0–9' : 'Other';
}

/** One line of the index: a term's label (`alias` false) or one of its other names. */
interface IndexEntry {
  readonly name: string;
  readonly id: string;
  readonly alias: boolean;
}

type IndexGroups = readonly (readonly [string, readonly IndexEntry[]])[];
const groupsOf = new WeakMap<Glossary, WeakMap<BookPlan, IndexGroups>>();

/**
 * The index entries of a book, sorted A–Z and grouped by initial ("Other" last). They don't depend on how the
 * entries link, so the mdBook page and the single file share them (cached per glossary and plan).
 */
function indexGroups(glossary: Glossary, plan: BookPlan): IndexGroups {
  let byPlan = groupsOf.get(glossary);
  if (byPlan === undefined) groupsOf.set(glossary, (byPlan = new WeakMap()));
  let cached = byPlan.get(plan);
  if (cached !== undefined) return cached;
  const entries: IndexEntry[] = [];
  for (const id of plan.homes.keys()) {
    const term = glossary.termsById.get(id);
    if (!term) continue;
    entries.push({ name: term.term, id, alias: false });
    const others = new Set([...term.aliases, ...(term.abbreviation === undefined ? [] : [term.abbreviation])]);
    for (const alias of others) if (alias !== term.term) entries.push({ name: alias, id, alias: true });
  }
  entries.sort((a, b) => compareLabels(a.name, b.name));
  const groups = new Map<string, IndexEntry[]>();
  for (const e of entries) {
    const key = indexGroup(e.name);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [e]);
    else group.push(e);
  }
  const other = groups.get('Other');
  if (other) {
    groups.delete('Other');
    groups.set('Other', other);
  }
  byPlan.set(plan, (cached = [...groups]));
  return cached;
}

/**
 * The A–Z index of a book's terms (chapters and appendix): every label, alias and abbreviation, A–Z,
 * grouped under a heading per initial at level `depth + 1`. A label entry carries the short definition; an
 * alias points to its term with "see".
 */
export function azIndexContent(glossary: Glossary, plan: BookPlan, linker: Linker, depth: number): RootContent[] {
  const item = (e: IndexEntry): ListItem => {
    const term = glossary.termsById.get(e.id)!;
    return e.alias ? listItem([text(`${e.name}, see `), targetLink(linker.term(e.id), term.term)]) : termEntry(glossary, linker, e.id)!;
  };
  return [
    heading(depth, INDEX_TITLE),
    paragraph('Every term in this book, with its other names.'),
    ...indexGroups(glossary, plan).flatMap(([key, entries]) => [heading(depth + 1, key), list(entries.map(item))]),
  ];
}
