import { compareLabels, RELATION_KINDS, RELATION_LABELS, type Glossary, type Term } from '@alignment-glossary/core';
import type { RootContent } from 'mdast';
import { code, heading, joinPhrasing, list, listItem, paragraph, strong, withStop } from './build.js';
import { comparisonTable } from './comparison-table.js';
import { termAnchor, type Linker } from './linker.js';
import { mermaidFlowchart } from './mermaid-flowchart.js';
import { targetLink } from './resolve-anchors.js';
import { rewriteExplanation } from './rewrite-explanation.js';
import { sourceList } from './source-list.js';
import { termEntry } from './term-entry.js';

/** Section headings of a term page, in page order. */
export const TERM_SECTIONS = {
  examples: 'Examples',
  comparisons: 'Comparisons',
  diagrams: 'Diagrams',
  faq: 'FAQ',
  relations: 'Related terms',
  sources: 'Sources',
} as const;

const byId = new WeakMap<readonly { readonly id: string }[], Map<string, { readonly id: string }[]>>();

/** The items of `items` with the given ids, in the order of `ids` (through an index built once per list). */
function withIds<T extends { readonly id: string }>(items: readonly T[], ids: readonly string[]): T[] {
  let index = byId.get(items) as Map<string, T[]> | undefined;
  if (index === undefined) {
    index = new Map();
    for (const item of items) {
      const same = index.get(item.id);
      if (same === undefined) index.set(item.id, [item]);
      else same.push(item);
    }
    byId.set(items, index);
  }
  return ids.flatMap((id) => index.get(id) ?? []);
}

const labelRanks = new WeakMap<Glossary, ReadonlyMap<string, number>>();

/** Each term's place in A–Z order of labels (compareLabels), equal labels sharing one; computed once per glossary. */
function labelRank(glossary: Glossary): ReadonlyMap<string, number> {
  let ranks = labelRanks.get(glossary);
  if (ranks === undefined) {
    const sorted = [...glossary.terms].sort((a, b) => compareLabels(a.term, b.term));
    const byId = new Map<string, number>();
    let rank = 0;
    sorted.forEach((term, index) => {
      if (index > 0 && compareLabels(sorted[index - 1]!.term, term.term) !== 0) rank++;
      byId.set(term.id, rank);
    });
    labelRanks.set(glossary, (ranks = byId));
  }
  return ranks;
}

/** Term ids sorted A–Z by label (a stable sort, as with compareLabels itself). */
function byLabel(glossary: Glossary, ids: readonly string[]): readonly string[] {
  const ranks = labelRank(glossary);
  if (ids.every((id) => ranks.has(id))) return [...ids].sort((a, b) => ranks.get(a)! - ranks.get(b)!);
  const label = (id: string) => glossary.termsById.get(id)?.term ?? id;
  return [...ids].sort((a, b) => compareLabels(label(a), label(b)));
}

/**
 * Everything about one term, as mdast blocks: its title at heading level `depth` (carrying the term's anchor
 * key), the short definition as the lead, aliases, abbreviation and status, the explanation, then the sections
 * Examples (a paragraph each, led by its title in bold), Comparisons (one table per comparison the term takes part in), Diagrams (Mermaid flowcharts),
 * FAQ, Related terms (grouped by relation kind) and Sources — each only when it has something in it.
 */
export function termContent(glossary: Glossary, term: Term, linker: Linker, depth: number): RootContent[] {
  const label = (id: string) => glossary.termsById.get(id)?.term ?? id;
  const termLink = (id: string) => targetLink(linker.term(id), label(id));
  const out: RootContent[] = [];
  const section = (title: string) => out.push(heading(depth + 1, title));

  out.push({ ...heading(depth, term.term), data: { anchor: termAnchor(term.id), anchorFallback: term.id } });
  out.push(paragraph(term.shortDefinition));
  if (term.aliases.length > 0) out.push(paragraph(strong('Also known as:'), ` ${term.aliases.join(', ')}`));
  if (term.abbreviation !== undefined) out.push(paragraph(strong('Abbreviation:'), ` ${term.abbreviation}`));
  if (term.status === 'deprecated' && term.replacedBy !== undefined) {
    out.push(paragraph(strong('Deprecated:'), ' use ', termLink(term.replacedBy), ' instead.'));
  } else if (term.status === 'draft') {
    out.push(paragraph(strong('Status:'), ' draft — this entry is still being written and checked.'));
  }
  out.push(...rewriteExplanation(term, linker, depth));

  if (term.examples.length > 0) {
    section(TERM_SECTIONS.examples);
    for (const example of term.examples) out.push(paragraph(strong(withStop(example.title)), ` ${example.text}`));
  }

  const comparisons = withIds(glossary.comparisons, glossary.comparisonsByTerm.get(term.id) ?? []);
  if (comparisons.length > 0) {
    section(TERM_SECTIONS.comparisons);
    for (const c of comparisons) {
      out.push(heading(depth + 2, c.title));
      if (c.description !== undefined) out.push(paragraph(c.description));
      out.push(comparisonTable(glossary, c, linker, term.id));
    }
  }

  const diagrams = withIds(glossary.diagrams, glossary.diagramsByTerm.get(term.id) ?? []);
  if (diagrams.length > 0) {
    section(TERM_SECTIONS.diagrams);
    for (const d of diagrams) {
      out.push(heading(depth + 2, d.title));
      if (d.description !== undefined) out.push(paragraph(d.description));
      const others = [...new Set(d.nodes.flatMap((n) => (n.term !== undefined && n.term !== term.id ? [n.term] : [])))];
      if (others.length > 0) out.push(paragraph('Also in this diagram: ', ...joinPhrasing(others.map(termLink), ', '), '.'));
      out.push(code('mermaid', mermaidFlowchart(d)));
    }
  }

  if (term.faq.length > 0) {
    section(TERM_SECTIONS.faq);
    for (const item of term.faq) out.push(heading(depth + 2, item.question), paragraph(item.answer));
  }

  const relations = glossary.relations.get(term.id);
  const kinds = RELATION_KINDS.filter((kind) => (relations?.[kind].length ?? 0) > 0);
  if (relations !== undefined && kinds.length > 0) {
    section(TERM_SECTIONS.relations);
    for (const kind of kinds) {
      out.push(heading(depth + 2, RELATION_LABELS[kind]));
      const ids = byLabel(glossary, relations[kind]);
      out.push(list(ids.map((id) => termEntry(glossary, linker, id) ?? listItem([termLink(id)]))));
    }
  }

  if (term.sources.length > 0) {
    section(TERM_SECTIONS.sources);
    out.push(sourceList(term.sources));
  }
  return out;
}
