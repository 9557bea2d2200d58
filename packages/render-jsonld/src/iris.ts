import type { GlossaryConfig } from '@alignment-glossary/core';

/** Every IRI the JSON-LD output mints, derived from `glossary.yaml` (`iriBase` and `siteUrl`). */
export interface GlossaryIris {
  /** The configured `iriBase`, normalised, e.g. `https://alignment-glossary.org/terms/`. */
  readonly termBase: string;
  /** The folder above `termBase`, e.g. `https://alignment-glossary.org/`. The other IRIs live below it. */
  readonly root: string;
  /** The concept scheme and schema.org DefinedTermSet: `<root>scheme`. */
  readonly scheme: string;
  /** The project vocabulary (an owl:Ontology): `<root>vocab`. */
  readonly vocabulary: string;
  /** The namespace of the project's own properties: `<root>vocab#`. */
  readonly vocabularyNamespace: string;
  /** The namespace of the SHACL shapes: `<root>shapes#`. */
  readonly shapesNamespace: string;
  /** The home page of the docs site, with a trailing slash. */
  readonly site: string;
  /** A term: `<iriBase><id>`, e.g. `https://alignment-glossary.org/terms/inner-alignment`. */
  term(id: string): string;
  /** A category as a skos:Collection: `<root>categories/<id>`. */
  collection(id: string): string;
  /** A term's page on the docs site: `<siteUrl>/terms/<id>/`. */
  page(id: string): string;
}

/**
 * Derives the IRIs of the JSON-LD output from the glossary's configuration.
 *
 * `iriBase` must end in `/` and name a folder below the site root (e.g. `https://alignment-glossary.org/terms/`),
 * so that term IRIs (`<iriBase><id>`) can never collide with the scheme, vocabulary or category IRIs, which live
 * in the folder above it.
 *
 * @param config the glossary's configuration (`glossary.config`).
 * @returns the IRIs and IRI builders.
 * @throws when `iriBase` has no folder of its own, does not end in `/`, or is the categories folder.
 */
export function glossaryIris(config: Pick<GlossaryConfig, 'iriBase' | 'siteUrl'>): GlossaryIris {
  const termBase = new URL(config.iriBase).href;
  const root = new URL('..', termBase).href;
  if (!termBase.endsWith('/') || root === termBase || termBase === `${root}categories/`) {
    throw new Error(
      `glossary.yaml: iriBase must be a folder below the site root that ends in "/", such as ` +
        `"https://alignment-glossary.org/terms/" (term IRIs are <iriBase><id>; the scheme, vocabulary and ` +
        `categories live in the folder above it); got "${config.iriBase}"`,
    );
  }
  const site = new URL(config.siteUrl).href.replace(/\/*$/, '/');
  return {
    termBase,
    root,
    scheme: `${root}scheme`,
    vocabulary: `${root}vocab`,
    vocabularyNamespace: `${root}vocab#`,
    shapesNamespace: `${root}shapes#`,
    site,
    term: (id) => `${termBase}${id}`,
    collection: (id) => `${root}categories/${id}`,
    page: (id) => `${site}terms/${id}/`,
  };
}
