import { RELATION_KINDS, RELATION_LABELS, type RelationKind, type Source, type Term } from '@alignment-glossary/core';
import { escapeHtml } from './escape-html.js';
import { markdownToHtml } from './markdown-to-html.js';
import { identityOf, tag, type NoteContext, type NoteDraft } from './note-context.js';

/** An `<a>` to a term's docs page, or its escaped label when the term has no page. */
export function termLink(context: NoteContext, id: string): string {
  return context.termLink(id);
}

/** The escaped label of each relation kind, as the Related field shows it. */
const RELATION_HEADINGS = Object.fromEntries(RELATION_KINDS.map((kind) => [kind, escapeHtml(RELATION_LABELS[kind])])) as Record<RelationKind, string>;

function authors(list: readonly string[]): string {
  if (list.length > 3) return `${list[0]} et al.`;
  if (list.length <= 2) return list.join(' and ');
  return `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

function sourceItem(source: Source): string {
  const url = source.url ?? (source.doi ? `https://doi.org/${source.doi}` : undefined);
  const title = escapeHtml(source.title);
  const parts = [
    `${escapeHtml(authors(source.authors))} (${source.year}).`,
    url ? `<a href="${escapeHtml(url)}">${title}</a>.` : `${title}.`,
  ];
  if (source.venue) parts.push(`<em>${escapeHtml(source.venue)}</em>.`);
  return `<li>${parts.join(' ')}</li>`;
}

function explanation(term: Term, context: NoteContext): string {
  const parts: string[] = [];
  if (term.status === 'deprecated' && term.replacedBy) {
    parts.push(`<p><strong>Deprecated:</strong> use ${termLink(context, term.replacedBy)} instead.</p>`);
  }
  const body = markdownToHtml(term.explanation, { termUrl: context.termUrl, baseUrl: context.termUrl(term.id) ?? context.glossary.config.siteUrl });
  if (body) parts.push(body);
  for (const example of term.examples) {
    parts.push(`<p><em>Example: ${escapeHtml(example.title)}.</em> ${escapeHtml(example.text)}</p>`);
  }
  return parts.join('\n');
}

/**
 * The Term note of a glossary term. Fields: Id, Term, Definition, Explanation (Markdown rendered to sanitized HTML,
 * then the examples), Aliases (abbreviation first), Category, Related (every relation, derived ones included, as
 * links to the docs site) and Sources. Tags: `term::<id>`, `category::<id>`, `status::<status>` and
 * `related::<id>` for every neighbour. Its `mod` follows the term file and its category file.
 *
 * @param term the term.
 * @param context the shared note context.
 * @returns the note draft, with both cards (Term → Definition, Definition → Term).
 */
export function termNote(term: Term, context: NoteContext): NoteDraft {
  const relations = context.glossary.relations.get(term.id);
  let related = '';
  const tags = new Set([tag('term', term.id), tag('category', term.category), tag('status', term.status)]);
  for (const kind of RELATION_KINDS) {
    const ids = relations?.[kind];
    if (!ids || ids.length === 0) continue;
    let links = '';
    for (const id of ids) {
      tags.add(tag('related', id));
      links += links ? `, ${context.termLink(id)}` : context.termLink(id);
    }
    related += `${related ? '\n' : ''}<div><strong>${RELATION_HEADINGS[kind]}:</strong> ${links}</div>`;
  }
  const aliases = term.abbreviation ? [term.abbreviation, ...term.aliases] : term.aliases;
  return {
    key: `term:${identityOf(term)}`,
    kind: 'term',
    fields: [
      escapeHtml(term.id),
      escapeHtml(term.term),
      escapeHtml(term.shortDefinition),
      explanation(term, context),
      aliases.map(escapeHtml).join(', '),
      escapeHtml(context.categoryTitle(term.category)),
      related,
      term.sources.length ? `<ul>${term.sources.map(sourceItem).join('')}</ul>` : '',
    ],
    tags: [...tags].sort(),
    mod: context.modOf([term.id], [`categories/${term.category}`]),
    ords: [0, 1],
  };
}
