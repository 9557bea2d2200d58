import type { Comparison, Glossary } from '@alignment-glossary/core';
import type { Element } from 'hast';
import { h } from 'hastscript';
import { scrollRegion } from './term-list.js';

/**
 * A comparison as an accessible table: one column per compared term (linked), one row per aspect, with header
 * cells scoped to their row or column. Values are plain text, escaped on serialization.
 *
 * @param href the href of a term page from the embedding page
 */
export function comparisonTable(glossary: Glossary, comparison: Comparison, href: (id: string) => string): Element {
  const label = (id: string) => glossary.termsById.get(id)?.term ?? id;
  const table = h('table', { className: ['comparison'] }, [
    h('caption', { className: ['visually-hidden'] }, comparison.title),
    h('thead', [
      h('tr', [
        h('th', { scope: 'col' }, 'Aspect'),
        ...comparison.terms.map((id) => h('th', { scope: 'col' }, [h('a', { href: href(id) }, [h('bdi', label(id))])])),
      ]),
    ]),
    h(
      'tbody',
      comparison.rows.map((row) =>
        h('tr', [h('th', { scope: 'row' }, row.aspect), ...comparison.terms.map((id) => h('td', row.values[id] ?? ''))]),
      ),
    ),
  ]);
  return scrollRegion(comparison.title, 'table-scroll', table);
}
