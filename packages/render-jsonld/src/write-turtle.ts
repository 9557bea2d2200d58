import { Writer, type Quad, type Term } from 'n3';

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const TERM_TYPE_ORDER: Readonly<Record<string, number>> = { NamedNode: 0, BlankNode: 1, Literal: 2 };

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function compareTerms(a: Term, b: Term): number {
  const byType = (TERM_TYPE_ORDER[a.termType] ?? 3) - (TERM_TYPE_ORDER[b.termType] ?? 3);
  if (byType !== 0 || a.termType !== 'Literal' || b.termType !== 'Literal') return byType || compareStrings(a.value, b.value);
  return compareStrings(a.value, b.value) || compareStrings(a.language, b.language) || compareStrings(a.datatype.value, b.datatype.value);
}

/** Orders quads by subject (IRIs before blank nodes), then predicate (rdf:type first), then object. */
export function compareQuads(a: Quad, b: Quad): number {
  const predicateKey = (q: Quad) => (q.predicate.value === RDF_TYPE ? '' : q.predicate.value);
  return compareTerms(a.subject, b.subject)
    || compareStrings(predicateKey(a), predicateKey(b))
    || compareTerms(a.object, b.object);
}

/**
 * Writes quads as Turtle with n3's Writer: sorted (so the output does not depend on the input order) and with
 * the given prefixes, so subjects group into `;` and `,` lists.
 *
 * @param quads the quads (default graph).
 * @param prefixes prefix → namespace IRI.
 * @returns the Turtle document.
 */
export function writeTurtle(quads: readonly Quad[], prefixes: Readonly<Record<string, string>>): Promise<string> {
  const writer = new Writer({ prefixes: { ...prefixes }, format: 'Turtle' });
  writer.addQuads([...quads].sort(compareQuads));
  return new Promise((resolve, reject) => {
    writer.end((error, result: string) => (error ? reject(error) : resolve(result)));
  });
}
