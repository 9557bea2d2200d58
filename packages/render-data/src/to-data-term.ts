import { RELATION_KINDS, type RelationKind, type Term, type TermRelations } from '@alignment-glossary/core';
import { explanationToMarkdown } from './explanation-to-markdown.js';

/** A source as shipped in the package (keys in a fixed order; absent optional fields are left out). */
export interface DataSource {
  readonly title: string;
  readonly authors: readonly string[];
  readonly year: number;
  readonly kind: string;
  readonly venue?: string;
  readonly url?: string;
  readonly doi?: string;
}

/**
 * A term as shipped in the npm package (`glossary.json` and `terms/<id>`): the front matter with defaults applied,
 * every relation including the derived inverses, and the explanation as Markdown. Plain JSON.
 */
export interface DataTerm {
  readonly id: string;
  readonly term: string;
  readonly aliases: readonly string[];
  readonly abbreviation?: string;
  readonly shortDefinition: string;
  readonly category: string;
  readonly status: string;
  readonly replacedBy?: string;
  readonly formerIds: readonly string[];
  readonly relations: Readonly<Record<RelationKind, readonly string[]>>;
  readonly examples: readonly { readonly title: string; readonly text: string }[];
  readonly faq: readonly { readonly question: string; readonly answer: string }[];
  readonly sources: readonly DataSource[];
  readonly explanation: string;
}

/**
 * Turns a validated term into the package's plain-JSON term, with keys in a fixed order so the output is
 * byte-stable.
 *
 * @param term a term of the validated glossary
 * @param relations the term's relations from `glossary.relations` (authored and derived, each list sorted)
 * @returns the term object written to `glossary.json` and `terms/<id>.cjs`
 */
export function toDataTerm(term: Term, relations: TermRelations | undefined): DataTerm {
  const allRelations = Object.fromEntries(RELATION_KINDS.map((kind) => [kind, [...(relations?.[kind] ?? [])]])) as Record<RelationKind, string[]>;
  return {
    id: term.id,
    term: term.term,
    aliases: [...term.aliases],
    ...(term.abbreviation === undefined ? {} : { abbreviation: term.abbreviation }),
    shortDefinition: term.shortDefinition,
    category: term.category,
    status: term.status,
    ...(term.replacedBy === undefined ? {} : { replacedBy: term.replacedBy }),
    formerIds: [...term.formerIds],
    relations: allRelations,
    examples: term.examples.map((e) => ({ title: e.title, text: e.text })),
    faq: term.faq.map((f) => ({ question: f.question, answer: f.answer })),
    sources: term.sources.map((s) => ({
      title: s.title,
      authors: [...s.authors],
      year: s.year,
      kind: s.kind,
      ...(s.venue === undefined ? {} : { venue: s.venue }),
      ...(s.url === undefined ? {} : { url: s.url }),
      ...(s.doi === undefined ? {} : { doi: s.doi }),
    })),
    explanation: explanationToMarkdown(term.explanation),
  };
}
