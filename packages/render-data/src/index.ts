import type { Glossary, RenderedFile } from '@alignment-glossary/core';

export interface RenderDataOptions {
  /** The data package's version. */
  readonly version: string;
  /** The whole-glossary JSON-LD document (glossary.jsonld from render-jsonld), as text. */
  readonly jsonld: string;
  /** The JSON Schema of a term (from core's termJsonSchema()). */
  readonly schema: Record<string, unknown>;
}

/** Placeholder until the renderer lands (issue: npm data module). */
export function renderDataPackage(_glossary: Glossary, _options: RenderDataOptions): RenderedFile[] {
  throw new Error('render-data: not implemented yet');
}
