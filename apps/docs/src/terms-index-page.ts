import { compareLabels, type RenderedFile } from '@alignment-glossary/core';
import type { Element } from 'hast';
import { h } from 'hastscript';
import { renderPage, type SiteContext } from './layout.js';
import { relativeHref, termUrl } from './url.js';

interface Entry {
  readonly label: string;
  readonly id: string;
  /** Set for an alias: the label of the term it stands for. */
  readonly aliasOf?: string;
}

/** The A–Z letter a label is filed under: its first letter without accents, or `#` for anything else. */
export function indexLetter(label: string): string {
  const first = label.normalize('NFD').replace(/[\u0300-\u036f]/g, '').match(/\p{L}|\p{N}/u)?.[0]?.toUpperCase() ?? '#';
  return /^[A-Z]$/.test(first) ? first : '#';
}

/**
 * `terms/index.html`: every term and every alias A–Z, grouped under letter headings with a jump list. An alias
 * points to its term ("objective misgeneralization → Goal misgeneralization").
 */
export function termsIndexPage(ctx: SiteContext): RenderedFile {
  const file = 'terms/index.html';
  const { glossary } = ctx;
  const entries: Entry[] = glossary.terms.flatMap((t) => [
    { label: t.term, id: t.id },
    ...t.aliases.map((alias) => ({ label: alias, id: t.id, aliasOf: t.term })),
  ]);
  entries.sort((a, b) => compareLabels(a.label, b.label) || compareLabels(a.id, b.id));
  const groups = new Map<string, Entry[]>();
  for (const e of entries) {
    const letter = indexLetter(e.label);
    groups.set(letter, [...(groups.get(letter) ?? []), e]);
  }
  const letters = [...groups.keys()].sort((a, b) => (a === '#' ? 1 : b === '#' ? -1 : a < b ? -1 : 1));
  const anchor = (letter: string) => (letter === '#' ? 'letter-other' : `letter-${letter.toLowerCase()}`);
  const item = (e: Entry): Element => {
    const term = glossary.termsById.get(e.id)!;
    const link = h('a', { href: relativeHref(file, termUrl(e.id)) }, [h('bdi', e.aliasOf ?? e.label)]);
    return e.aliasOf
      ? h('li', { className: ['alias'] }, [h('bdi', e.label), ' → see ', link])
      : h('li', [link, h('span', { className: ['definition'] }, term.shortDefinition)]);
  };
  return renderPage(ctx, {
    file,
    title: 'Terms A–Z',
    description: `All ${glossary.terms.length} terms of the ${glossary.config.title}, A–Z, with their aliases.`,
    section: 'terms',
    content: [
      h('h1', 'Terms A–Z'),
      h('p', { className: ['lead'] }, `All ${glossary.terms.length} terms, with their other names.`),
      h('nav', { ariaLabel: 'Letters', className: ['letters'] }, [
        h('ul', letters.map((l) => h('li', [h('a', { href: `#${anchor(l)}` }, l === '#' ? 'Other' : l)]))),
      ]),
      ...letters.flatMap((l) => [
        h('h2', { id: anchor(l) }, l === '#' ? 'Other' : l),
        h('ul', { className: ['term-list', 'az'] }, (groups.get(l) ?? []).map(item)),
      ]),
    ],
  });
}
