import type { Glossary, RenderedFile } from '@alignment-glossary/core';
import { glossaryGraph, termNode } from './glossary-graph.js';
import { glossaryIris } from './iris.js';
import { shaclShapes } from './shacl-shapes.js';
import { toJsonLd } from './to-json-ld.js';
import { toQuads } from './to-quads.js';
import { vocabularyGraph } from './vocabulary-graph.js';
import { jsonLdContext, prefixes } from './vocabulary.js';
import { writeTurtle } from './write-turtle.js';

export interface RenderJsonLdOptions {
  /** The release version, stamped as schema:version / owl:versionInfo. */
  readonly version: string;
}

/**
 * JSON text with `<` escaped as `\u003c`: the same JSON value, and safe to paste into
 * `<script type="application/ld+json">` (no `</script>` can end the element early).
 */
function jsonFile(path: string, value: unknown): RenderedFile {
  return { path, contents: `${JSON.stringify(value, null, 2).replaceAll('<', '\\u003c')}\n` };
}

/**
 * Renders the glossary as linked data: a SKOS concept scheme that is also a schema.org DefinedTermSet.
 *
 * Files: `glossary.jsonld` (the whole graph), `glossary.ttl` (the same graph in Turtle), `terms/<id>.jsonld`
 * (one embeddable schema.org DefinedTerm per term), `context.jsonld` (the JSON-LD context, inlined in every
 * document), `vocab.jsonld` (the project's relation properties) and `shapes.ttl` (SHACL shapes).
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
  const definedTermSet = {
    id: iris.scheme,
    types: graph.scheme.types,
    properties: { name: graph.scheme.properties.name ?? [] },
  };
  const turtle = await writeTurtle(toQuads(nodes, prefixes(iris)), { ...prefixes(iris), term: iris.termBase });
  return [
    jsonFile('context.jsonld', { '@context': context }),
    jsonFile('glossary.jsonld', { '@context': context, '@graph': nodes.map(toJsonLd) }),
    { path: 'glossary.ttl', contents: turtle },
    jsonFile('vocab.jsonld', { '@context': context, '@graph': vocabularyGraph(iris, version).map(toJsonLd) }),
    { path: 'shapes.ttl', contents: shaclShapes(iris, glossary.config.language) },
    ...glossary.terms.map((term) =>
      jsonFile(`terms/${term.id}.jsonld`, { '@context': context, ...toJsonLd(termNode(glossary, iris, term, definedTermSet)) })),
  ];
}
