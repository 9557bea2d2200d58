import { parse } from 'yaml';
import type { Bump } from './term-diff.js';

export type ReleaseBump = Exclude<Bump, 'none'>;
const RELEASE_BUMPS: readonly string[] = ['patch', 'minor', 'major'];

/** The releases a changeset file declares (package name → bump) and its summary. */
export interface ParsedChangeset {
  readonly releases: ReadonlyMap<string, ReleaseBump>;
  readonly summary: string;
}

/**
 * Parses a changeset (`.changeset/<name>.md`): YAML front matter mapping package names to `patch`, `minor` or
 * `major`, then the changelog summary. An empty front matter (`---` twice) declares no release.
 * Throws an Error that says what is wrong and what a valid changeset looks like.
 */
export function parseChangeset(text: string): ParsedChangeset {
  const example = 'e.g.\n---\n"alignment-glossary": minor\n---\n\nAdd the term "reward tampering".';
  const match = /^\s*---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`a changeset starts with front matter between two "---" lines, ${example}`);
  let data: unknown;
  try {
    data = parse(match[1]!);
  } catch (error) {
    throw new Error(`the front matter is not valid YAML (${(error as Error).message.split('\n')[0]}), ${example}`);
  }
  const releases = new Map<string, ReleaseBump>();
  if (data !== null && data !== undefined) {
    if (typeof data !== 'object' || Array.isArray(data)) throw new Error(`the front matter must map package names to bumps, ${example}`);
    for (const [name, bump] of Object.entries(data)) {
      if (typeof bump !== 'string' || !RELEASE_BUMPS.includes(bump)) {
        throw new Error(`"${name}: ${String(bump)}" is not a bump; use patch, minor or major, ${example}`);
      }
      releases.set(name, bump as ReleaseBump);
    }
  }
  return { releases, summary: match[2]!.trim() };
}
