import type { Glossary } from '@alignment-glossary/core';
import type { DataTerm } from './to-data-term.js';

/** A category as shipped in the package, with its term ids in label order. */
export interface DataCategory {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly order: number;
  readonly terms: readonly string[];
}

/** A comparison as shipped in the package; each row's values are keyed by term id, in the order of `terms`. */
export interface DataComparison {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly terms: readonly string[];
  readonly rows: readonly { readonly aspect: string; readonly values: Readonly<Record<string, string>> }[];
}

/** The whole of `glossary.json`: the data behind the package's API. */
export interface GlossaryData {
  readonly version: string;
  readonly title: string;
  readonly description: string;
  readonly language: string;
  readonly license: string;
  readonly siteUrl: string;
  readonly iriBase: string;
  readonly categories: readonly DataCategory[];
  readonly comparisons: readonly DataComparison[];
  readonly terms: readonly DataTerm[];
}

/**
 * Assembles `glossary.json` from the glossary and its already converted terms. Keys are in a fixed order and lists
 * keep the glossary's stable order (terms by id, categories by `order`, comparisons by id).
 *
 * @param glossary the validated glossary
 * @param terms the terms converted with `toDataTerm`, in the glossary's order
 * @param version the package version stamped into the data
 * @returns the JSON-ready object
 */
export function toGlossaryData(glossary: Glossary, terms: readonly DataTerm[], version: string): GlossaryData {
  const { config } = glossary;
  return {
    version,
    title: config.title,
    description: config.description,
    language: config.language,
    license: config.license,
    siteUrl: config.siteUrl,
    iriBase: config.iriBase,
    categories: glossary.categories.map((c) => ({
      id: c.id,
      title: c.title,
      description: c.description,
      order: c.order,
      terms: [...(glossary.termsByCategory.get(c.id) ?? [])],
    })),
    comparisons: glossary.comparisons.map((c) => ({
      id: c.id,
      title: c.title,
      ...(c.description === undefined ? {} : { description: c.description }),
      terms: [...c.terms],
      rows: c.rows.map((row) => ({
        aspect: row.aspect,
        values: Object.fromEntries(c.terms.flatMap((id) => (row.values[id] === undefined ? [] : [[id, row.values[id]!]]))),
      })),
    })),
    terms,
  };
}
