import type { Glossary, RenderedFile } from '@alignment-glossary/core';

/** What the CLI hands every renderer besides the glossary. */
export interface BuildContext {
  /** The version of the data package (`packages/data/package.json`), stamped into outputs. */
  readonly version: string;
  /** Term id → last-modified time in seconds since the epoch (from git history; see content-history.ts). */
  readonly modifiedAt: ReadonlyMap<string, number>;
  /** The time used where a format needs one and no history applies, in seconds (SOURCE_DATE_EPOCH). */
  readonly sourceDateEpoch: number;
  /** Book ids selected with --book (all books when empty). */
  readonly books: readonly string[];
}

/** An output format. Each target's files land in `<out>/<name>/` (or directly in `<out>` with --flat). */
export interface Target {
  readonly name: string;
  readonly description: string;
  render(glossary: Glossary, context: BuildContext): RenderedFile[] | Promise<RenderedFile[]>;
}

/**
 * The registry of output formats, in build order. Each renderer package plugs in here; renderers are pure
 * functions, and only the CLI writes their files.
 */
export const targets: readonly Target[] = [];
