import type { Glossary, RenderedFile } from '@alignment-glossary/core';

export interface RenderAnkiOptions {
  readonly version: string;
  /** Term id → last-modified time in seconds; becomes the note's `mod`. */
  readonly modifiedAt: ReadonlyMap<string, number>;
  /** Fallback time in seconds for everything without history. */
  readonly sourceDateEpoch: number;
  /** Only these book ids (all when empty or absent). */
  readonly books?: readonly string[];
}

/** Placeholder until the renderer lands (issue: Anki renderer). */
export function renderAnki(_glossary: Glossary, _options: RenderAnkiOptions): RenderedFile[] {
  throw new Error('render-anki: not implemented yet');
}
