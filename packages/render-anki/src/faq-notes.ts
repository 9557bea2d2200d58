import type { Term } from '@alignment-glossary/core';
import { escapeHtml } from './escape-html.js';
import { identityOf, tag, type NoteContext, type NoteDraft } from './note-context.js';

/**
 * One FAQ note per FAQ entry of a term. The GUID key is the term id plus the entry's index, so append new
 * questions at the end: inserting one in the middle gives the following notes (and their review history) the
 * next question's text. Tags: `faq`, `term::<id>`, `category::<id>`. `mod` follows the term file.
 *
 * @param term the term.
 * @param context the shared note context.
 * @returns one draft per FAQ entry, each with one card.
 */
export function faqNotes(term: Term, context: NoteContext): NoteDraft[] {
  const tags = ['faq', tag('term', term.id), tag('category', term.category)].sort();
  const mod = context.modOf([term.id]);
  return term.faq.map((faq, index) => ({
    key: `term:${identityOf(term)}:faq:${index}`,
    kind: 'faq',
    fields: [escapeHtml(faq.question), escapeHtml(faq.answer), escapeHtml(term.term)],
    tags,
    mod,
    ords: [0],
  }));
}
