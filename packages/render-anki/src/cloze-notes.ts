import type { Comparison, Term } from '@alignment-glossary/core';
import { escapeCloze, escapeHtml } from './escape-html.js';
import { identityOf, tag, type NoteContext, type NoteDraft } from './note-context.js';

function label(context: NoteContext, id: string): string {
  return context.glossary.termsById.get(id)?.term ?? id;
}

/** The whole comparison as an HTML table, shown on the back of every card. */
function table(comparison: Comparison, context: NoteContext): string {
  const head = `<tr><th></th>${comparison.terms.map((id) => `<th>${escapeHtml(label(context, id))}</th>`).join('')}</tr>`;
  const rows = comparison.rows.map(
    (row) => `<tr><th>${escapeHtml(row.aspect)}</th>${comparison.terms.map((id) => `<td>${escapeHtml(row.values[id] ?? '')}</td>`).join('')}</tr>`,
  );
  const description = comparison.description ? `<p>${escapeHtml(comparison.description)}</p>` : '';
  return `${description}<table><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`;
}

/**
 * One cloze note per (comparison, term) for every comparison the term is in: a line per row,
 * "Outer alignment — Failure type: {{c1::wrong target}}", row i being cloze c(i+1), so each row is one card.
 * Keyed by comparison id and term id (never by row text or position), so editing a value updates the note. Values
 * are escaped with {@link escapeCloze}, so `}}` or `::` inside them cannot end the deletion or start a hint.
 * Tags: `comparison::<id>`, `term::<id>`, `category::<id>`. `mod` is the latest of every compared term's file and
 * the comparison file.
 *
 * @param term the term whose values are hidden.
 * @param context the shared note context.
 * @returns one draft per comparison the term appears in.
 */
export function clozeNotes(term: Term, context: NoteContext): NoteDraft[] {
  const { glossary } = context;
  const notes: NoteDraft[] = [];
  for (const comparisonId of glossary.comparisonsByTerm.get(term.id) ?? []) {
    const comparison = glossary.comparisons.find((c) => c.id === comparisonId);
    if (!comparison) continue;
    const lines: string[] = [];
    const ords: number[] = [];
    comparison.rows.forEach((row, index) => {
      const value = row.values[term.id];
      if (value === undefined) return;
      lines.push(`<div>${escapeHtml(term.term)} — ${escapeHtml(row.aspect)}: {{c${index + 1}::${escapeCloze(value)}}}</div>`);
      ords.push(index);
    });
    if (ords.length === 0) continue;
    notes.push({
      key: `comparison:${comparison.id}:term:${identityOf(term)}`,
      kind: 'cloze',
      fields: [lines.join('\n'), escapeHtml(comparison.title), table(comparison, context)],
      tags: [tag('comparison', comparison.id), tag('term', term.id), tag('category', term.category)].sort(),
      mod: context.modOf(comparison.terms, [`comparisons/${comparison.id}`]),
      ords,
    });
  }
  return notes;
}
