import type { ClassName, PropertyName } from './vocabulary.js';

/** A reference to a resource by IRI. */
export interface IriValue {
  readonly iri: string;
}

/** A literal: a language-tagged string, a plain string (no language, no datatype), or a typed value. */
export interface LiteralValue {
  readonly literal: string;
  readonly language?: string;
  readonly datatype?: 'xsd:boolean' | 'xsd:gYear';
}

/** A value of a property: an IRI, a literal or a nested node. */
export type RdfValue = IriValue | LiteralValue | RdfNode;

/**
 * A node of the output graph, independent of syntax: `toJsonLd` writes it as a JSON-LD node object and
 * `toQuads` as RDF quads. A node without `id` is a blank node (written nested).
 */
export interface RdfNode {
  readonly id?: string;
  readonly types: readonly ClassName[];
  /** Property → values, in the order they are written. Empty lists are skipped. */
  readonly properties: Readonly<Partial<Record<PropertyName, readonly RdfValue[]>>>;
}

/** IRI references for a list of IRIs. */
export const iris = (values: readonly string[]): IriValue[] => values.map((iri) => ({ iri }));

/** Language-tagged literals for a list of strings. */
export const texts = (values: readonly string[], language: string): LiteralValue[] =>
  values.map((literal) => ({ literal, language }));
