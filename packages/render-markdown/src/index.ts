import type { Glossary, RenderedFile } from '@alignment-glossary/core';

export interface RenderBooksOptions {
  /** Only these book ids (all when empty or absent). */
  readonly books?: readonly string[];
}

/** Placeholder until the renderer lands (issue: Markdown books renderer). */
export function renderBooks(_glossary: Glossary, _options: RenderBooksOptions = {}): RenderedFile[] {
  throw new Error('render-markdown: not implemented yet');
}
