/** What the generated declarations are built from: the id literals of the content and the schema's enums. */
export interface DeclarationInput {
  readonly termIds: readonly string[];
  readonly categoryIds: readonly string[];
  readonly comparisonIds: readonly string[];
  readonly relationKinds: readonly string[];
  readonly statuses: readonly string[];
  readonly sourceKinds: readonly string[];
}

/** The right-hand side of a type alias: a union of string literals, one per line; `never` when there are none. */
export function literalUnion(values: readonly string[]): string {
  return values.length === 0 ? ' never' : values.map((v) => `\n  | ${JSON.stringify(v)}`).join('');
}

/**
 * The text of `index.d.ts` and `index.d.cts` (the same text serves both: it only declares). Id unions come from
 * the content, so a misspelt id is a compile error; the rest documents the API with TSDoc.
 *
 * @param input the literals to declare
 * @returns the declaration source, ending with a newline
 */
export function apiDeclarations(input: DeclarationInput): string {
  return `/** The id of a term: the name of its file under content/terms/, e.g. "inner-alignment". Stable across releases. */
export type TermId =${literalUnion(input.termIds)};

/** The id of a category, e.g. "failure-modes". */
export type CategoryId =${literalUnion(input.categoryIds)};

/** The id of a comparison table, e.g. "outer-vs-inner-alignment". */
export type ComparisonId =${literalUnion(input.comparisonIds)};

/**
 * A kind of relation between two terms. "broader", "related", "contrasts" and "mitigates" are written by authors;
 * "narrower" and "mitigatedBy" are their derived inverses ("related" and "contrasts" are symmetric).
 */
export type RelationKind =${literalUnion(input.relationKinds)};

/** How finished a term is. A "deprecated" term names its successor in replacedBy. */
export type Status =${literalUnion(input.statuses)};

/** What kind of work a source is. */
export type SourceKind =${literalUnion(input.sourceKinds)};

/** A concrete case that illustrates a term. Plain text. */
export interface Example {
  readonly title: string;
  readonly text: string;
}

/** A question a learner would ask about a term, with its answer. Plain text. */
export interface Faq {
  readonly question: string;
  readonly answer: string;
}

/** A published work that supports a term's definition. Has a url, a doi, or both. */
export interface Source {
  readonly title: string;
  readonly authors: readonly string[];
  readonly year: number;
  readonly kind: SourceKind;
  readonly venue?: string;
  /** An absolute http(s) URL. */
  readonly url?: string;
  /** A bare DOI such as "10.23915/distill.00024.001" (prepend https://doi.org/ to link it). */
  readonly doi?: string;
}

/** Every relation of a term, authored and derived, each list sorted by id. */
export type TermRelations = { readonly [K in RelationKind]: readonly TermId[] };

/**
 * A term of the glossary. Objects are frozen. schema.json (exported as "alignment-glossary/schema.json") is the
 * JSON Schema of this type.
 */
export interface Term {
  /** The stable id. Never changes; a rename keeps the old id in formerIds. */
  readonly id: TermId;
  /** The display label in sentence case, e.g. "Goal misgeneralization". */
  readonly term: string;
  /** Other names of the term. Unique across the glossary. */
  readonly aliases: readonly string[];
  /** An abbreviation such as "RLHF", when the term has one. */
  readonly abbreviation?: string;
  /** One or two plain-text sentences, at most 280 characters. */
  readonly shortDefinition: string;
  readonly category: CategoryId;
  readonly status: Status;
  /** For a deprecated term: the term that replaces it. */
  readonly replacedBy?: TermId;
  /** Ids this term had before a rename. getTerm() still resolves them, with a one-time DeprecationWarning. */
  readonly formerIds: readonly string[];
  readonly relations: TermRelations;
  readonly examples: readonly Example[];
  readonly faq: readonly Faq[];
  readonly sources: readonly Source[];
  /**
   * The explanation in Markdown (CommonMark with GFM tables), 120–400 words for a stable term. Links to other
   * terms use the "term:" scheme, e.g. "[inner alignment](term:inner-alignment)": rewrite them to your own URLs.
   */
  readonly explanation: string;
}

/** A category of terms. */
export interface Category {
  readonly id: CategoryId;
  readonly title: string;
  readonly description: string;
  /** The category's position; categories are sorted by it. */
  readonly order: number;
  /** The ids of the category's terms, sorted by label. May be empty. */
  readonly terms: readonly TermId[];
}

/** One row of a comparison: an aspect, and the value of each compared term. */
export interface ComparisonRow {
  readonly aspect: string;
  readonly values: { readonly [K in TermId]?: string };
}

/** A side-by-side table of terms that are easily confused, e.g. "Outer vs inner alignment". */
export interface Comparison {
  readonly id: ComparisonId;
  readonly title: string;
  readonly description?: string;
  /** The compared terms, in column order. */
  readonly terms: readonly TermId[];
  readonly rows: readonly ComparisonRow[];
}

/** Options of searchTerms(). */
export interface SearchOptions {
  /** The most results to return: a whole number >= 0, or Infinity. Default 10. */
  readonly limit?: number;
}

/** The version of this package, e.g. "0.1.0". Content changes follow semver (see the README). */
export declare const version: string;

/** Every term, sorted by id. Frozen. */
export declare const terms: readonly Term[];

/** Every category, sorted by order. Frozen. */
export declare const categories: readonly Category[];

/** Every comparison table, sorted by id. Frozen. */
export declare const comparisons: readonly Comparison[];

/**
 * Finds a term by its id.
 *
 * @param id a term id
 * @returns the term
 * @example
 * getTerm('inner-alignment').shortDefinition
 */
export declare function getTerm(id: TermId): Term;
/**
 * Finds a term by id, label, alias, abbreviation or former id, case-insensitively. A former id (from a rename)
 * returns the renamed term and emits a DeprecationWarning once per id (process.emitWarning, or console.warn
 * outside Node).
 *
 * @param idOrName an id, label, alias, abbreviation or former id, e.g. "RLHF" or "objective misgeneralization"
 * @returns the term, or undefined when nothing matches
 * @throws TypeError when idOrName is not a string
 * @example
 * getTerm('rlhf')?.term
 */
export declare function getTerm(idOrName: string): Term | undefined;

/**
 * Searches terms by label, alias and short definition, case-insensitively. Ranking: exact label (or id) first, then
 * exact alias, label prefix, alias prefix, words of the label or aliases, and last words of the short definition
 * (every query word must start a word there). Ties are sorted by label.
 *
 * @param query the text to look for; an empty query returns no results
 * @param options (optional) limit: the most results to return (default 10)
 * @returns the matching terms, best first. Frozen.
 * @throws TypeError when query is not a string; RangeError when options.limit is not a whole number >= 0 or Infinity
 * @example
 * searchTerms('goodhart', { limit: 5 }).map((t) => t.id)
 */
export declare function searchTerms(query: string, options?: SearchOptions): readonly Term[];

/**
 * The terms related to a term, including derived inverses ("narrower" from the targets' "broader", "mitigatedBy"
 * from "mitigates").
 *
 * @param id a term id (a former id also works, with a one-time DeprecationWarning)
 * @param kind (optional) one relation kind; without it, every kind in the order broader, narrower, related,
 *   contrasts, mitigates, mitigatedBy, each term once
 * @returns the related terms. Frozen.
 * @throws RangeError for an unknown id or relation kind
 * @example
 * getRelated('reward-hacking', 'narrower').map((t) => t.term)
 */
export declare function getRelated(id: TermId, kind?: RelationKind): readonly Term[];

/**
 * The terms of a category, sorted by label.
 *
 * @param id a category id
 * @returns the category's terms (possibly none). Frozen.
 * @throws RangeError for an unknown category id
 * @example
 * getTermsByCategory('failure-modes').length
 */
export declare function getTermsByCategory(id: CategoryId): readonly Term[];
`;
}
