import type { Glossary } from '@alignment-glossary/core';
import type { Element } from 'hast';
import { h } from 'hastscript';

/**
 * A list of term links, each followed by the term's short definition; labels sit in `<bdi>` so right-to-left
 * labels do not reorder the text around them.
 *
 * @param ids the terms, in the order to show them
 * @param href the href of a term page from the embedding page
 */
export function termList(glossary: Glossary, ids: readonly string[], href: (id: string) => string): Element {
  return h(
    'ul',
    { className: ['term-list'] },
    ids.flatMap((id) => {
      const term = glossary.termsById.get(id);
      if (!term) return [];
      return [
        h('li', [
          h('a', { href: href(id) }, [h('bdi', term.term)]),
          term.status === 'stable' ? '' : h('span', { className: ['badge', `badge-${term.status}`] }, term.status),
          h('span', { className: ['definition'] }, term.shortDefinition),
        ]),
      ];
    }),
  );
}

/** A labelled horizontal scroll container, focusable so keyboard users can scroll it. */
export function scrollRegion(label: string, className: string, child: Element): Element {
  return h('div', { className: ['scroll', className], role: 'region', ariaLabel: label, tabIndex: 0 }, [child]);
}
