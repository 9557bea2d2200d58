import { RELATION_DESCRIPTIONS, RELATION_KINDS } from '@alignment-glossary/core';

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Fields that always hold a value in the package (core fills in their defaults). */
const ALWAYS_PRESENT = ['aliases', 'formerIds', 'relations', 'examples', 'faq', 'sources'];

const EXPLANATION = {
  type: 'string',
  description:
    'The explanation in Markdown (CommonMark with GFM tables). Links to other terms keep the "term:<id>" scheme, e.g. [inner alignment](term:inner-alignment).',
};

/**
 * The JSON Schema of a term as shipped in the npm package, derived from the JSON Schema of a term's front matter
 * (core's `termJsonSchema()`): adds `explanation` (Markdown), the derived relation kinds (`narrower`,
 * `mitigatedBy`) and marks the fields that always hold a value as required. Every object in `glossary.json`'s
 * `terms` validates against it.
 *
 * @param frontmatter the JSON Schema (draft 2020-12) of a term's front matter; not modified
 * @returns a new schema object
 * @throws when `frontmatter` lacks `properties.relations.properties.broader`, i.e. is not a term schema
 */
export function dataTermSchema(frontmatter: Readonly<JsonObject>): JsonObject {
  const schema = structuredClone(frontmatter) as JsonObject;
  const properties = schema.properties;
  const relations = isObject(properties) ? properties.relations : undefined;
  const relationProperties = isObject(relations) ? relations.properties : undefined;
  const broader = isObject(relationProperties) ? relationProperties.broader : undefined;
  if (!isObject(properties) || !isObject(relations) || !isObject(relationProperties) || !isObject(broader)) {
    throw new Error('render-data: options.schema is not the JSON Schema of a term: it needs properties.relations.properties.broader (pass termJsonSchema() from @alignment-glossary/core)');
  }
  relations.properties = Object.fromEntries(
    RELATION_KINDS.map((kind) => [kind, { ...(isObject(relationProperties[kind]) ? relationProperties[kind] : broader), description: RELATION_DESCRIPTIONS[kind] }]),
  );
  relations.required = [...RELATION_KINDS];
  delete relations.default;
  properties.explanation = EXPLANATION;
  const required = new Set([...(Array.isArray(schema.required) ? (schema.required as string[]) : []), ...ALWAYS_PRESENT, 'explanation']);
  schema.required = Object.keys(properties).filter((key) => required.has(key));

  const id = typeof schema.$id === 'string' ? schema.$id : undefined;
  const { $id: _unused, $schema, ...rest } = schema;
  return {
    ...(id === undefined ? {} : { $id: new URL('data-term.json', id).href }),
    ...($schema === undefined ? {} : { $schema }),
    ...rest,
    title: 'Alignment Glossary term (npm package)',
    description:
      'A term as shipped in the alignment-glossary package: the front matter of content/terms/<id>.md with defaults applied, every relation including the derived inverses (narrower, mitigatedBy), and the explanation as Markdown.',
  };
}
