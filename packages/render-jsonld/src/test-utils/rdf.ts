import { fileURLToPath } from 'node:url';
import { loadGlossary, type Glossary, type RenderedFile } from '@alignment-glossary/core';
import jsonld from 'jsonld';
import { Parser, type Quad } from 'n3';
import rdf from 'rdf-ext';
import SHACLValidator from 'rdf-validate-shacl';

/** The real content (84 terms) and the mini fixture (awkward labels, an empty category). */
export const CONTENT = fileURLToPath(new URL('../../../../content', import.meta.url));
export const MINI = fileURLToPath(new URL('../../../core/test/fixtures/mini', import.meta.url));

export const SKOS = 'http://www.w3.org/2004/02/skos/core#';
export const SCHEMA = 'https://schema.org/';
export const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

/** Loads a glossary and fails on any error diagnostic. */
export async function load(folder: string): Promise<Glossary> {
  const { glossary, diagnostics } = await loadGlossary(folder);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (!glossary || errors.length > 0) throw new Error(`cannot load ${folder}: ${errors.map((d) => d.message).join('; ')}`);
  return glossary;
}

/** A JSON-LD document loader that refuses every fetch: documents must carry their contexts inline. */
export const offlineLoader = (url: string): never => {
  throw new Error(`refusing to fetch ${url}: documents must be processable offline`);
};

/** The text of one rendered file. */
export function fileText(files: readonly RenderedFile[], path: string): string {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`no file ${path} among ${files.map((f) => f.path).join(', ')}`);
  return String(file.contents);
}

/**
 * A JSON-LD document as quads, through the real processor: jsonld.toRDF in safe mode (which fails instead of
 * silently dropping a key the context does not define) with the offline loader, then parsed by n3. Safe mode
 * also rejects a document without data (such as context.jsonld), hence the option.
 */
export async function jsonLdQuads(text: string, { safe = true } = {}): Promise<Quad[]> {
  const nquads = await jsonld.toRDF(JSON.parse(text), {
    format: 'application/n-quads',
    documentLoader: offlineLoader as never,
    safe,
  } as jsonld.Options.ToRdf);
  return new Parser({ format: 'N-Quads' }).parse(String(nquads));
}

/** A Turtle document as quads, through n3's parser. */
export function turtleQuads(text: string): Quad[] {
  return new Parser({ format: 'Turtle' }).parse(text);
}

/** A triple pattern with full IRIs; `object` is an IRI, or a literal as `"value"@lang` / `"value"`. */
export function hasTriple(quads: readonly Quad[], subject: string, predicate: string, object: string): boolean {
  return quads.some((q) => q.subject.value === subject && q.predicate.value === predicate && termKey(q.object) === object);
}

function termKey(term: Quad['object']): string {
  if (term.termType !== 'Literal') return term.value;
  return term.language ? `"${term.value}"@${term.language}` : `"${term.value}"`;
}

/** The objects of a subject's property. */
export function objectsOf(quads: readonly Quad[], subject: string, predicate: string): string[] {
  return quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object.value).sort();
}

/** Validates quads against a SHACL shapes graph in Turtle, over rdf-ext datasets. */
export async function validateShacl(shapesTurtle: string, data: Iterable<Quad>) {
  const validator = new SHACLValidator(rdf.dataset(turtleQuads(shapesTurtle)));
  return validator.validate(rdf.dataset(data));
}
