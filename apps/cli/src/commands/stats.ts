import { RELATION_KINDS, type Glossary } from '@alignment-glossary/core';
import { UsageError, type Options } from '../cli.js';
import { validateCommand } from './validate.js';
import { contentDirFrom, load } from './shared.js';

/** Counts of everything in a glossary, for `glossary stats` and the docs. */
export function glossaryStats(g: Glossary) {
  const relationsByKind = Object.fromEntries(RELATION_KINDS.map((k) => [k, 0])) as Record<string, number>;
  for (const e of g.edges) relationsByKind[e.kind] = (relationsByKind[e.kind] ?? 0) + 1;
  relationsByKind.narrower = relationsByKind.broader ?? 0;
  relationsByKind.mitigatedBy = relationsByKind.mitigates ?? 0;
  const sources = new Set(g.terms.flatMap((t) => t.sources.map((s) => s.url ?? s.doi ?? `${s.title}|${s.year}`)));
  return {
    terms: g.terms.length,
    byStatus: Object.fromEntries(['stable', 'draft', 'deprecated'].map((s) => [s, g.terms.filter((t) => t.status === s).length])),
    byCategory: Object.fromEntries(g.categories.map((c) => [c.id, g.termsByCategory.get(c.id)?.length ?? 0])),
    relations: g.edges.length,
    relationsByKind,
    citations: g.terms.reduce((n, t) => n + t.sources.length, 0),
    distinctSources: sources.size,
    examples: g.terms.reduce((n, t) => n + t.examples.length, 0),
    faq: g.terms.reduce((n, t) => n + t.faq.length, 0),
    comparisons: g.comparisons.length,
    diagrams: g.diagrams.length,
    books: g.books.length,
  };
}

/** `glossary stats [dir] [--format json]` */
export async function statsCommand(positionals: readonly string[], options: Options): Promise<number> {
  const dir = contentDirFrom(positionals);
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be "text" or "json", not "${format}"`);
  const result = await load(dir);
  if (!result.glossary) return validateCommand([dir], { format });
  const s = glossaryStats(result.glossary);
  if (format === 'json') {
    console.log(JSON.stringify(s, null, 2));
    return 0;
  }
  const rows: [string, string | number][] = [
    ['terms', `${s.terms} (${Object.entries(s.byStatus).map(([k, v]) => `${v} ${k}`).join(', ')})`],
    ...Object.entries(s.byCategory).map(([k, v]): [string, number] => [`  ${k}`, v]),
    ['relations (authored)', s.relations],
    ...Object.entries(s.relationsByKind).map(([k, v]): [string, number] => [`  ${k}`, v]),
    ['citations', `${s.citations} (${s.distinctSources} distinct works)`],
    ['examples', s.examples],
    ['faq entries', s.faq],
    ['comparisons', s.comparisons],
    ['diagrams', s.diagrams],
    ['books', s.books],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
  return 0;
}
