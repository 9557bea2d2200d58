import { compareLabels, type Glossary } from '@alignment-glossary/core';
import type { PhrasingContent, RootContent } from 'mdast';
import { heading, list, listItem, paragraph, text } from './build.js';
import type { Linker } from './linker.js';
import type { BookPlan } from './plan-book.js';
import { targetLink } from './resolve-anchors.js';

/** Title of the A–Z index. */
export const INDEX_TITLE = 'A–Z index';

/** The group an entry is filed under: its first letter without accents, upper-cased; "0–9" or "Other" otherwise. */
export function indexGroup(name: string): string {
  const first = [...name.normalize('NFD').replace(/\p{M}/gu, '')][0] ?? '';
  if (/\p{L}/u.test(first)) return first.toLocaleUpperCase('en');
  return /\p{N}/u.test(first) ? '0–9' : 'Other';
}

/**
 * The A–Z index of a book's terms (chapters and appendix): every label, alias and abbreviation, A–Z,
 * grouped under a heading per initial at level `depth + 1`. A label entry carries the short definition; an
 * alias points to its term with "see".
 */
export function azIndexContent(glossary: Glossary, plan: BookPlan, linker: Linker, depth: number): RootContent[] {
  const entries: { name: string; content: PhrasingContent[] }[] = [];
  for (const id of plan.homes.keys()) {
    const term = glossary.termsById.get(id);
    if (!term) continue;
    const to = () => targetLink(linker.term(id), term.term);
    entries.push({ name: term.term, content: [to(), text(` — ${term.shortDefinition}`)] });
    const others = new Set([...term.aliases, ...(term.abbreviation === undefined ? [] : [term.abbreviation])]);
    for (const alias of others) if (alias !== term.term) entries.push({ name: alias, content: [text(`${alias}, see `), to()] });
  }
  entries.sort((a, b) => compareLabels(a.name, b.name));
  const groups = new Map<string, PhrasingContent[][]>();
  for (const e of entries) {
    const key = indexGroup(e.name);
    groups.set(key, [...(groups.get(key) ?? []), e.content]);
  }
  const other = groups.get('Other');
  if (other) {
    groups.delete('Other');
    groups.set('Other', other);
  }
  return [
    heading(depth, INDEX_TITLE),
    paragraph('Every term in this book, with its other names.'),
    ...[...groups].flatMap(([key, items]) => [heading(depth + 1, key), list(items.map((c) => listItem(c)))]),
  ];
}
