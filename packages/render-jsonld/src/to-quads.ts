import { DataFactory, type Quad, type Quad_Object, type Quad_Subject } from 'n3';
import type { RdfNode, RdfValue } from './graph.js';
import { CLASSES, NAMESPACES, PROPERTIES, expandIri, type PropertyName } from './vocabulary.js';

const { blankNode, literal, namedNode, quad } = DataFactory;

/**
 * Converts nodes to RDF quads (default graph). Blank nodes get labels derived from their parent, such as
 * `inner-alignment-citation2-author1`, so adding a term or a source leaves the other labels unchanged.
 *
 * @param nodes the top-level nodes.
 * @param prefixMap the prefixes that expand the compact IRIs of the property and class tables.
 * @returns the quads, in traversal order.
 */
export function toQuads(nodes: readonly RdfNode[], prefixMap: Readonly<Record<string, string>>): Quad[] {
  const quads: Quad[] = [];
  const type = namedNode(`${NAMESPACES.rdf}type`);
  const visit = (node: RdfNode, subject: Quad_Subject, label: string) => {
    for (const name of node.types) quads.push(quad(subject, type, namedNode(expandIri(CLASSES[name], prefixMap))));
    for (const [name, values] of Object.entries(node.properties) as [PropertyName, readonly RdfValue[]][]) {
      const predicate = namedNode(expandIri(PROPERTIES[name].id, prefixMap));
      values.forEach((value, index) => {
        let object: Quad_Object;
        if ('iri' in value) {
          object = namedNode(value.iri);
        } else if ('literal' in value) {
          object = literal(value.literal, value.language ?? (value.datatype ? namedNode(expandIri(value.datatype, prefixMap)) : undefined));
        } else {
          const childLabel = `${label}-${name}${index + 1}`;
          object = value.id === undefined ? blankNode(childLabel) : namedNode(value.id);
          visit(value, object, childLabel);
        }
        quads.push(quad(subject, predicate, object));
      });
    }
  };
  for (const node of nodes) {
    if (node.id === undefined) throw new Error('a top-level node needs an IRI');
    visit(node, namedNode(node.id), node.id.slice(Math.max(node.id.lastIndexOf('/'), node.id.lastIndexOf('#')) + 1));
  }
  return quads;
}
