import { defineLazy } from './glossary.js';
import type { ParsedTerm, ParseTermResult } from './parse-term.js';

/**
 * The three heavy fields of a parsed term, kept as text until something reads them: the explanation tree (JSON),
 * the front matter's position map (JSON) and the explanation's plain text. Validation reads only the text (for the
 * TODO rule) and positions only to report a problem; renderers read the trees.
 */
export const HEAVY_FIELDS = ['explanation', 'positions', 'explanationText'] as const;
type HeavyField = (typeof HEAVY_FIELDS)[number];

/** A heavy field as text, or a function that returns that text (e.g. a slice of the cache file, read on demand). */
export type HeavyText = string | (() => string);

/**
 * A parse result in the form that crosses threads and goes into the cache: a light term (everything but the heavy
 * fields) and the heavy fields as text, in HEAVY_FIELDS order. Strings are cheap to post from a worker, and the
 * cache writes them as they are, so a tree is serialized once, by the thread that parsed it.
 */
export interface StoredResult {
  readonly diagnostics: ParseTermResult['diagnostics'];
  readonly term?: Omit<ParsedTerm, HeavyField>;
  readonly heavy?: readonly [HeavyText, HeavyText, HeavyText];
}

/** The stored form a result was made from (results built by fromStored), so it is never serialized twice. */
const storedForms = new WeakMap<ParseTermResult, StoredResult>();

export function toStored(result: ParseTermResult): StoredResult {
  const known = storedForms.get(result);
  if (known) return known;
  if (!result.term) return { diagnostics: result.diagnostics };
  const { explanation, positions, explanationText, ...light } = result.term;
  return { diagnostics: result.diagnostics, term: light, heavy: [JSON.stringify(explanation), JSON.stringify(positions), explanationText] };
}

const read = (text: HeavyText) => (typeof text === 'string' ? text : text());

/** Rebuilds a parse result whose heavy fields are materialized (and deep-frozen) on first read. */
export function fromStored(stored: StoredResult): ParseTermResult {
  if (!stored.term || !stored.heavy) return { diagnostics: stored.diagnostics };
  const term: Record<string, unknown> = {};
  for (const field of Object.keys(stored.term)) {
    if (field === '__proto__') continue; // never in a real entry; assigning it would replace the prototype
    term[field] = (stored.term as Record<string, unknown>)[field];
  }
  const [explanation, positions, text] = stored.heavy;
  defineLazy(term, 'explanation', () => JSON.parse(read(explanation)));
  defineLazy(term, 'positions', () => Object.assign(Object.create(null), JSON.parse(read(positions))));
  defineLazy(term, 'explanationText', () => read(text));
  const result: ParseTermResult = { diagnostics: stored.diagnostics, term: term as unknown as ParsedTerm };
  storedForms.set(result, stored);
  return result;
}
