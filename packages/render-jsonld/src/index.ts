import type { Glossary, RenderedFile } from '@alignment-glossary/core';

export interface RenderJsonLdOptions {
  /** The release version, stamped as schema:version / owl:versionInfo. */
  readonly version: string;
}

/** Placeholder until the renderer lands (issue: JSON-LD renderer). */
export async function renderJsonLd(_glossary: Glossary, _options: RenderJsonLdOptions): Promise<RenderedFile[]> {
  throw new Error('render-jsonld: not implemented yet');
}
