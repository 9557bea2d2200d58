import { INVERSE_RELATION, RELATION_DESCRIPTIONS, RELATION_LABELS, type RelationKind } from '@alignment-glossary/core';
import { iris, texts, type RdfNode } from './graph.js';
import type { GlossaryIris } from './iris.js';
import { NAMESPACES, PROPERTIES, RELATION_PROPERTIES, VOCABULARY_PREFIX, expandIri, prefixes } from './vocabulary.js';

/** The relation kinds SKOS has no property for, which the project vocabulary defines. */
export function vocabularyRelationKinds(): RelationKind[] {
  return (Object.keys(RELATION_PROPERTIES) as RelationKind[])
    .filter((kind) => PROPERTIES[RELATION_PROPERTIES[kind]].id.startsWith(`${VOCABULARY_PREFIX}:`));
}

/**
 * The project vocabulary (`vocab.jsonld`): an owl:Ontology and one owl:ObjectProperty per relation kind SKOS
 * lacks, each a sub-property of skos:related, with owl:inverseOf or owl:SymmetricProperty from core's
 * INVERSE_RELATION. Labels and comments are core's (English) RELATION_LABELS and RELATION_DESCRIPTIONS.
 *
 * @param glossaryIris the IRIs derived from the glossary's configuration.
 * @param version the release version, stamped as owl:versionInfo.
 */
export function vocabularyGraph(glossaryIris: GlossaryIris, version: string): RdfNode[] {
  const prefixMap = prefixes(glossaryIris);
  const propertyIri = (kind: RelationKind) => expandIri(PROPERTIES[RELATION_PROPERTIES[kind]].id, prefixMap);
  const ontology: RdfNode = {
    id: glossaryIris.vocabulary,
    types: ['Ontology'],
    properties: {
      label: texts(['Alignment Glossary relation vocabulary'], 'en'),
      comment: texts(['Relations between glossary terms that SKOS has no property for. Each is a sub-property of skos:related.'], 'en'),
      versionInfo: [{ literal: version }],
    },
  };
  const properties = vocabularyRelationKinds().map((kind): RdfNode => {
    const inverse = INVERSE_RELATION[kind];
    return {
      id: propertyIri(kind),
      types: inverse === kind ? ['ObjectProperty', 'SymmetricProperty'] : ['ObjectProperty'],
      properties: {
        label: texts([RELATION_LABELS[kind]], 'en'),
        comment: texts([RELATION_DESCRIPTIONS[kind]], 'en'),
        subPropertyOf: iris([`${NAMESPACES.skos}related`]),
        inverseOf: inverse === kind ? [] : iris([propertyIri(inverse)]),
        isDefinedBy: iris([glossaryIris.vocabulary]),
      },
    };
  });
  return [ontology, ...properties];
}
