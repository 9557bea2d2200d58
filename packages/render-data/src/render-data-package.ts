import { RELATION_KINDS, SOURCE_KINDS, STATUSES, type Glossary, type RenderedFile } from '@alignment-glossary/core';
import { dataTermSchema } from './data-term-schema.js';
import { formerIdModule, termModule } from './term-modules.js';
import { API_RUNTIME } from './templates/api-runtime.js';
import { apiDeclarations } from './templates/api-declarations.js';
import { esmEntry } from './templates/esm-entry.js';
import { toDataTerm } from './to-data-term.js';
import { toGlossaryData, type GlossaryData } from './to-glossary-data.js';

export interface RenderDataOptions {
  /** The data package's version. */
  readonly version: string;
  /** The whole-glossary JSON-LD document (glossary.jsonld from render-jsonld), as text. */
  readonly jsonld: string;
  /** The JSON Schema of a term (from core's termJsonSchema()). */
  readonly schema: Record<string, unknown>;
}

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

function checkOptions(options: RenderDataOptions): void {
  if (typeof options?.version !== 'string' || !SEMVER.test(options.version)) {
    throw new TypeError(`render-data: options.version must be a semver version such as "0.1.0", got ${JSON.stringify(options?.version)}`);
  }
  if (typeof options.jsonld !== 'string') throw new TypeError('render-data: options.jsonld must be the text of glossary.jsonld');
  try {
    JSON.parse(options.jsonld);
  } catch (error) {
    throw new TypeError(`render-data: options.jsonld is not valid JSON (${(error as Error).message}); pass the contents of glossary.jsonld from render-jsonld`);
  }
}

/**
 * `JSON.stringify(data)` plus a newline, with the terms spliced in from their already stringified text (the same
 * characters: `terms` is the last key of `data`).
 */
export function glossaryJson(data: GlossaryData, termJson: readonly string[]): string {
  const { terms, ...rest } = data;
  if (terms.length !== termJson.length) throw new Error('glossaryJson: one JSON text per term expected');
  const head = JSON.stringify({ ...rest, terms: [] });
  return `${head.slice(0, -'[]}'.length)}[${termJson.join(',')}]}\n`;
}

/**
 * Renders the glossary into the files of the `alignment-glossary` npm package (they land in `packages/data/dist`):
 *
 * - `index.cjs` (the API over the data, CommonJS), `index.js` (an ES module wrapper around it), and
 *   `index.d.ts` / `index.d.cts` with `TermId`, `CategoryId`, `Term`, … generated from the content;
 * - `glossary.json` (all terms, categories and comparisons), `glossary.jsonld` (from `options.jsonld`),
 *   `schema.json` (the JSON Schema of a shipped term);
 * - `terms/<id>.{cjs,js,d.ts,d.cts}`: one module per term, plus one per former id that re-exports the renamed term
 *   with a DeprecationWarning.
 *
 * Pure and deterministic: the same glossary and options give byte-identical files, sorted by path.
 *
 * @param glossary the validated glossary
 * @param options the package version, the JSON-LD document and the term JSON Schema
 * @returns the files, with paths relative to the package's `dist` folder
 * @throws TypeError when an option is missing or malformed
 */
export function renderDataPackage(glossary: Glossary, options: RenderDataOptions): RenderedFile[] {
  checkOptions(options);
  const schema = dataTermSchema(options.schema);
  const banner = `// alignment-glossary ${options.version}. Generated from the Alignment Glossary content by @alignment-glossary/render-data; do not edit.`;
  const terms = glossary.terms.map((t) => toDataTerm(t, glossary.relations.get(t.id)));
  const data = toGlossaryData(glossary, terms, options.version);
  // Each term is stringified once, for its module and for glossary.json.
  const termJson = terms.map((term) => JSON.stringify(term));

  const declarations = apiDeclarations({
    termIds: terms.map((t) => t.id),
    categoryIds: data.categories.map((c) => c.id),
    comparisonIds: data.comparisons.map((c) => c.id),
    relationKinds: RELATION_KINDS,
    statuses: STATUSES,
    sourceKinds: SOURCE_KINDS,
  });

  const files: RenderedFile[] = [
    { path: 'index.cjs', contents: API_RUNTIME.replace("'use strict';\n", `'use strict';\n${banner}\n`) },
    { path: 'index.js', contents: `${banner}\n${esmEntry()}` },
    { path: 'index.d.ts', contents: declarations },
    { path: 'index.d.cts', contents: declarations },
    { path: 'glossary.json', contents: glossaryJson(data, termJson) },
    { path: 'glossary.jsonld', contents: options.jsonld },
    { path: 'schema.json', contents: `${JSON.stringify(schema, null, 2)}\n` },
  ];
  terms.forEach((term, index) => {
    files.push(...termModule(term, banner, termJson[index]));
    for (const formerId of term.formerIds) files.push(...formerIdModule(formerId, term, banner));
  });
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
