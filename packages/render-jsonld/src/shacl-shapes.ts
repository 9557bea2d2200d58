import type { GlossaryIris } from './iris.js';
import { NAMESPACES, VOCABULARY_PREFIX } from './vocabulary.js';

/**
 * The SHACL shapes (`shapes.ttl`) that the glossary graph conforms to. They use SHACL Core only (no SPARQL
 * constraints), so any SHACL processor can run them, rdf-validate-shacl included. Besides the shape of a
 * glossary concept they encode the SKOS integrity conditions S13, S14 and S27 and the absence of
 * skos:broader cycles.
 *
 * @param iris the IRIs derived from the glossary's configuration (the scheme IRI and the namespaces).
 * @param language the glossary language (every concept needs one skos:prefLabel in it).
 * @returns the Turtle document.
 */
export function shaclShapes(iris: GlossaryIris, language: string): string {
  const prefixes = {
    sh: 'http://www.w3.org/ns/shacl#',
    ...NAMESPACES,
    [VOCABULARY_PREFIX]: iris.vocabularyNamespace,
    shape: iris.shapesNamespace,
  };
  const header = Object.entries(prefixes).map(([prefix, namespace]) => `@prefix ${prefix}: <${namespace}> .`).join('\n');
  const scheme = `<${iris.scheme}>`;
  const ag = VOCABULARY_PREFIX;
  return `# SHACL shapes for the concept scheme ${scheme}.
# SHACL Core only: run them with any SHACL processor over glossary.ttl or glossary.jsonld.
${header}

# A concept: labelled, defined, in the scheme, and related only to concepts of the scheme.
shape:Concept a sh:NodeShape ;
  sh:targetClass skos:Concept ;
  sh:property shape:PrefLabel, shape:AltLabel, shape:Definition, shape:InScheme, shape:RelationTarget,
    shape:NarrowerIsInverseOfBroader, shape:RelatedIsSymmetric, shape:ContrastsIsSymmetric,
    shape:MitigatedByIsInverseOfMitigates, shape:NoBroaderCycle, shape:RelatedDisjointFromBroaderTransitive .

# S14: at most one skos:prefLabel per language (sh:uniqueLang), and exactly one in "${language}".
# S13: skos:prefLabel and skos:altLabel are disjoint.
shape:PrefLabel a sh:PropertyShape ;
  sh:path skos:prefLabel ;
  sh:datatype rdf:langString ;
  sh:minCount 1 ;
  sh:uniqueLang true ;
  sh:qualifiedValueShape [ sh:languageIn ( "${language}" ) ] ;
  sh:qualifiedMinCount 1 ;
  sh:disjoint skos:altLabel .

shape:AltLabel a sh:PropertyShape ;
  sh:path skos:altLabel ;
  sh:datatype rdf:langString .

shape:Definition a sh:PropertyShape ;
  sh:path skos:definition ;
  sh:datatype rdf:langString ;
  sh:minCount 1 ;
  sh:uniqueLang true .

shape:InScheme a sh:PropertyShape ;
  sh:path skos:inScheme ;
  sh:hasValue ${scheme} .

shape:RelationTarget a sh:PropertyShape ;
  sh:path [ sh:alternativePath ( skos:broader skos:narrower skos:related ${ag}:contrasts ${ag}:mitigates ${ag}:mitigatedBy dct:isReplacedBy ) ] ;
  sh:node shape:SchemeConcept .

# Both directions of every relation are stated, so consumers need no reasoner.
shape:NarrowerIsInverseOfBroader a sh:PropertyShape ;
  sh:path [ sh:inversePath skos:broader ] ;
  sh:equals skos:narrower .

shape:RelatedIsSymmetric a sh:PropertyShape ;
  sh:path [ sh:inversePath skos:related ] ;
  sh:equals skos:related .

shape:ContrastsIsSymmetric a sh:PropertyShape ;
  sh:path [ sh:inversePath ${ag}:contrasts ] ;
  sh:equals ${ag}:contrasts .

shape:MitigatedByIsInverseOfMitigates a sh:PropertyShape ;
  sh:path [ sh:inversePath ${ag}:mitigates ] ;
  sh:equals ${ag}:mitigatedBy .

# No skos:broader cycles. Since skos:narrower equals the inverse of skos:broader (above), a concept reaches
# one of its own narrower concepts through skos:broader+ exactly when it lies on a cycle (or is its own broader).
shape:NoBroaderCycle a sh:PropertyShape ;
  sh:path [ sh:oneOrMorePath skos:broader ] ;
  sh:disjoint skos:narrower .

# S27: skos:related is disjoint from skos:broaderTransitive (the values of skos:broader+). The project's
# relations are sub-properties of skos:related, so the condition covers them too.
shape:RelatedDisjointFromBroaderTransitive a sh:PropertyShape ;
  sh:path [ sh:oneOrMorePath skos:broader ] ;
  sh:disjoint skos:related, ${ag}:contrasts, ${ag}:mitigates, ${ag}:mitigatedBy .

# The target of a relation: a concept of this scheme.
shape:SchemeConcept a sh:NodeShape ;
  sh:class skos:Concept ;
  sh:property [ sh:path skos:inScheme ; sh:hasValue ${scheme} ] .

# Top concepts have no broader concept, and skos:hasTopConcept mirrors skos:topConceptOf.
shape:TopConcept a sh:NodeShape ;
  sh:targetSubjectsOf skos:topConceptOf ;
  sh:property [ sh:path skos:broader ; sh:maxCount 0 ] ;
  sh:property [ sh:path skos:topConceptOf ; sh:hasValue ${scheme} ] ;
  sh:property [ sh:path [ sh:inversePath skos:hasTopConcept ] ; sh:equals skos:topConceptOf ] .

shape:Scheme a sh:NodeShape ;
  sh:targetNode ${scheme} ;
  sh:class skos:ConceptScheme, schema:DefinedTermSet ;
  sh:property [ sh:path skos:prefLabel ; sh:minCount 1 ; sh:uniqueLang true ] ;
  sh:property [ sh:path skos:hasTopConcept ; sh:minCount 1 ; sh:node shape:SchemeConcept ] .

# A category: a skos:Collection (never also a concept) of concepts of the scheme.
shape:Collection a sh:NodeShape ;
  sh:targetClass skos:Collection ;
  sh:not [ sh:class skos:Concept ] ;
  sh:property [ sh:path skos:prefLabel ; sh:minCount 1 ; sh:uniqueLang true ] ;
  sh:property [ sh:path skos:member ; sh:minCount 1 ; sh:node shape:SchemeConcept ] .

# A deprecated concept names its replacement.
shape:Deprecated a sh:NodeShape ;
  sh:targetSubjectsOf owl:deprecated ;
  sh:property [ sh:path owl:deprecated ; sh:hasValue true ] ;
  sh:property [ sh:path dct:isReplacedBy ; sh:minCount 1 ] .

# A cited work: a title, at least one author (a schema:Person with a name) and a year.
shape:Citation a sh:NodeShape ;
  sh:targetObjectsOf schema:citation ;
  sh:property [ sh:path schema:name ; sh:minCount 1 ; sh:maxCount 1 ] ;
  sh:property [ sh:path schema:author ; sh:minCount 1 ; sh:class schema:Person ] ;
  sh:property [ sh:path schema:datePublished ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:gYear ] .

shape:Person a sh:NodeShape ;
  sh:targetClass schema:Person ;
  sh:property [ sh:path schema:name ; sh:minCount 1 ; sh:maxCount 1 ] .
`;
}
