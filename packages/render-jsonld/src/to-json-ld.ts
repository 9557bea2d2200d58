import type { LiteralValue, RdfNode, RdfValue } from './graph.js';
import { PROPERTIES, type PropertyDefinition, type PropertyName } from './vocabulary.js';

/** A JSON-LD node object in the compact form of the project context. */
export type JsonLdNode = { [key: string]: unknown };

/**
 * Writes a node as a JSON-LD node object using the terms of the project context (`jsonLdContext`): IRIs as
 * strings under `@id`-typed terms, language-tagged text as language maps, nested nodes inline.
 *
 * @param node the node.
 * @param compactIri writes an IRI (of `@id` or an `@id`-typed value) shorter, e.g. as a compact IRI; the default
 *   leaves it as it is.
 * @returns the node object, without `@context`.
 * @throws when a value does not fit its property's term definition (a bug in the graph builder).
 */
export function toJsonLd(node: RdfNode, compactIri: (iri: string) => string = (iri) => iri): JsonLdNode {
  const out: JsonLdNode = {};
  if (node.id !== undefined) out['@id'] = compactIri(node.id);
  if (node.types.length > 0) out['@type'] = node.types.length === 1 ? node.types[0] : [...node.types];
  for (const [name, values] of Object.entries(node.properties) as [PropertyName, readonly RdfValue[]][]) {
    if (values.length === 0) continue;
    const definition: PropertyDefinition = PROPERTIES[name];
    const tagged = values.filter(isTagged);
    if (tagged.length > 0) {
      if (!definition.language || tagged.length !== values.length) {
        throw new Error(`"${name}" cannot hold language-tagged text here: it needs a language container and only tagged values`);
      }
      const map: Record<string, string[]> = {};
      for (const v of tagged) (map[v.language] ??= []).push(v.literal);
      out[name] = Object.fromEntries(Object.entries(map).map(([lang, list]) => [lang, shape(list, definition)]));
    } else {
      out[name] = shape(values.map((v) => jsonValue(name, definition, v, compactIri)), definition);
    }
  }
  return out;
}

const isTagged = (value: RdfValue): value is LiteralValue & { language: string } =>
  'literal' in value && value.language !== undefined;

function shape<T>(list: T[], definition: PropertyDefinition): T | T[] {
  return definition.set || list.length > 1 ? list : list[0]!;
}

function jsonValue(name: string, definition: PropertyDefinition, value: RdfValue, compactIri: (iri: string) => string): unknown {
  if ('iri' in value) {
    if (definition.type !== '@id') throw new Error(`"${name}" is not @id-typed, so it cannot hold the IRI ${value.iri}`);
    return compactIri(value.iri);
  }
  if ('types' in value) return toJsonLd(value, compactIri);
  const expected = value.datatype === 'xsd:boolean' ? undefined : value.datatype;
  if (definition.type !== expected) {
    throw new Error(`"${name}" is typed ${definition.type ?? 'as plain text'}, so it cannot hold the literal "${value.literal}"`);
  }
  return value.datatype === 'xsd:boolean' ? value.literal === 'true' : value.literal;
}
