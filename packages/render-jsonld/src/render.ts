import type { Glossary, RenderedFile } from '@alignment-glossary/core';
import type { RdfNode } from './graph.js';
import { glossaryGraph } from './glossary-graph.js';
import { glossaryIris } from './iris.js';
import { shaclShapes } from './shacl-shapes.js';
import { toJsonLd } from './to-json-ld.js';
import { scriptSafeJson, termDocuments } from './term-documents.js';
import { toQuads } from './to-quads.js';
import { vocabularyGraph } from './vocabulary-graph.js';
import { jsonLdContext, prefixes, TERM_PREFIX } from './vocabulary.js';
import { writeTurtle } from './write-turtle.js';

export interface RenderJsonLdOptions {
  /** The release version, stamped as schema:version / owl:versionInfo. */
  readonly version: string;
}

function jsonFile(path: string, value: unknown): RenderedFile {
  return { path, contents: scriptSafeJson(value) };
}

/**
 * Renders the glossary as linked data: a SKOS concept scheme that is also a schema.org DefinedTermSet.
 *
 * Files: `glossary.jsonld` (the whole graph), `glossary.ttl` (the same graph in Turtle), `terms/<id>.jsonld`
 * (one embeddable schema.org DefinedTerm per term, with the part of the context it uses and compact term IRIs),
 * `context.jsonld` (the JSON-LD context, inlined in the other documents), `vocab.jsonld` (the project's relation
 * properties) and `shapes.ttl` (SHACL shapes).
 * Pure and deterministic: the same glossary and version give byte-identical files.
 *
 * @param glossary the validated glossary.
 * @param options the release version.
 * @returns the files, paths relative to the target folder.
 * @throws when `options.version` is empty or `iriBase` is not a folder IRI (see `glossaryIris`).
 */
export async function renderJsonLd(glossary: Glossary, options: RenderJsonLdOptions): Promise<RenderedFile[]> {
  if (typeof options.version !== 'string' || options.version.trim() === '') {
    throw new Error(`renderJsonLd: options.version must be a non-empty version string such as "1.2.0"; got ${JSON.stringify(options.version)}`);
  }
  const { version } = options;
  const iris = glossaryIris(glossary.config);
  const context = jsonLdContext(iris);
  const graph = glossaryGraph(glossary, iris, version);
  const nodes = [graph.scheme, ...graph.terms, ...graph.collections];
  const definedTermSet: RdfNode = {
    id: iris.scheme,
    types: graph.scheme.types,
    properties: { name: graph.scheme.properties.name ?? [] },
  };
  const turtle = await writeTurtle(toQuads(nodes, prefixes(iris)), { ...prefixes(iris), [TERM_PREFIX]: iris.termBase });
  // The glossary's term nodes, each with the scheme described (not just named) so the document stands alone.
  const standalone = graph.terms.map((node): RdfNode => ({ ...node, properties: { ...node.properties, inDefinedTermSet: [definedTermSet] } }));
  const documents = termDocuments(standalone, context);
  return [
    jsonFile('context.jsonld', { '@context': context }),
    jsonFile('glossary.jsonld', { '@context': context, '@graph': nodes.map((node) => toJsonLd(node)) }),
    { path: 'glossary.ttl', contents: turtle },
    jsonFile('vocab.jsonld', { '@context': context, '@graph': vocabularyGraph(iris, version).map((node) => toJsonLd(node)) }),
    { path: 'shapes.ttl', contents: shaclShapes(iris, glossary.config.language) },
    ...glossary.terms.map((term, index) => ({ path: `terms/${term.id}.jsonld`, contents: documents[index]! })),
  ];
}
