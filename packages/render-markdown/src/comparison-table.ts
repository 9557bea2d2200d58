import type { Comparison, Glossary } from '@alignment-glossary/core';
import type { Table, TableCell, PhrasingContent } from 'mdast';
import { text } from './build.js';
import type { Linker } from './linker.js';
import { targetLink } from './resolve-anchors.js';

const cell = (children: PhrasingContent[]): TableCell => ({ type: 'tableCell', children });

/**
 * A comparison as a GFM table: an "Aspect" column, then one column per compared term, headed by the term's
 * label (linked, except for `self`, the term whose page this is). Cells are plain text; the serializer escapes
 * pipes and other specials.
 */
export function comparisonTable(glossary: Glossary, comparison: Comparison, linker: Linker, self?: string): Table {
  const label = (id: string) => glossary.termsById.get(id)?.term ?? id;
  const header = comparison.terms.map((id) =>
    cell([id === self ? text(label(id)) : targetLink(linker.term(id), label(id))]));
  return {
    type: 'table',
    align: comparison.terms.map(() => null).concat(null),
    children: [
      { type: 'tableRow', children: [cell([text('Aspect')]), ...header] },
      ...comparison.rows.map((row) => ({
        type: 'tableRow' as const,
        children: [cell([text(row.aspect)]), ...comparison.terms.map((id) => cell([text(row.values[id] ?? '')]))],
      })),
    ],
  };
}
