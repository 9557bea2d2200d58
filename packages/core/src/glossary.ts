import type { Root } from 'mdast';
import type {
  Category, Comparison, Diagram, GlossaryConfig, RelationKind, TermFrontmatter,
} from './schema.js';

/** A validated term: its front matter plus the explanation, parsed once into mdast. */
export interface Term extends TermFrontmatter {
  /** The explanation as an mdast tree. Links to other terms keep their `term:<id>` URL. */
  readonly explanation: Root;
  /** The explanation as plain text (for search and word counts). */
  readonly explanationText: string;
  /** The file, relative to the content folder, e.g. `terms/inner-alignment.md`. */
  readonly file: string;
  /** SHA-256 of the term file's bytes, hex. Changes whenever the file changes. */
  readonly contentHash: string;
}

/** Every relation of a term, authored and derived, each list sorted by id. */
export type TermRelations = Readonly<Record<RelationKind, readonly string[]>>;

/** One edge of the relation graph as authored: `from` → `to` of `kind`. */
export interface RelationEdge {
  readonly from: string;
  readonly kind: 'broader' | 'related' | 'contrasts' | 'mitigates';
  readonly to: string;
}

/** A chapter of a book, resolved to term ids in reading order. Empty chapters are dropped. */
export interface BookChapter {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  /** The category the chapter came from, when it was defined by one. */
  readonly category?: string;
  readonly terms: readonly string[];
}

/** A book, resolved: chapters hold term ids; `appendix` holds the one-hop neighbours when requested. */
export interface Book {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** Where terms outside the book are linked (the book's, else the glossary's site URL). */
  readonly siteUrl: string;
  readonly chapters: readonly BookChapter[];
  /** Terms pulled in as an appendix (neighbours of the book's terms not in any chapter), sorted by label. */
  readonly appendix: readonly string[];
}

/**
 * The validated glossary: the single input of every renderer. Deeply frozen.
 * Lists are in a stable order (terms by id, categories by `order`, the rest by id).
 */
export interface Glossary {
  readonly config: GlossaryConfig;
  readonly terms: readonly Term[];
  readonly termsById: ReadonlyMap<string, Term>;
  /** Former ids and aliases (lower-cased) → term id. */
  readonly lookup: ReadonlyMap<string, string>;
  readonly categories: readonly Category[];
  /** Category id → term ids in that category, sorted by label. */
  readonly termsByCategory: ReadonlyMap<string, readonly string[]>;
  readonly comparisons: readonly Comparison[];
  readonly diagrams: readonly Diagram[];
  readonly books: readonly Book[];
  /** Term id → all its relations, including derived inverses. */
  readonly relations: ReadonlyMap<string, TermRelations>;
  /** Every authored relation, sorted by from, kind, to. */
  readonly edges: readonly RelationEdge[];
  /** Term id → ids of the comparisons it appears in. */
  readonly comparisonsByTerm: ReadonlyMap<string, readonly string[]>;
  /** Term id → ids of the diagrams that have a node standing for it. */
  readonly diagramsByTerm: ReadonlyMap<string, readonly string[]>;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Compares two term labels for A–Z order, independent of the process locale. */
export function compareLabels(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Objects holding lazy properties (see {@link defineLazy}); deepFreeze leaves those properties unread. */
const lazyHolders = new WeakSet<object>();

/**
 * Defines an enumerable, read-only property whose value is computed on first read and deeply frozen. deepFreeze
 * does not read it, so freezing a glossary does not compute it. Internal: the parse cache uses it to materialize an
 * explanation tree only when something reads it (validation never does; renderers do).
 */
export function defineLazy(target: object, key: string, load: () => unknown): void {
  let value: unknown;
  // Dropped once used: the loader holds the source (JSON text, a slice of the cache file), which would otherwise
  // stay in memory next to the value built from it.
  let pending: (() => unknown) | undefined = load;
  Object.defineProperty(target, key, {
    enumerable: true,
    get() {
      if (pending) {
        value = deepFreeze(pending());
        pending = undefined;
      }
      return value;
    },
  });
  lazyHolders.add(target);
}

/** The getter of a lazy property defined by {@link defineLazy}, or undefined for a plain one. */
export function lazyGetter(source: object, key: string): (() => unknown) | undefined {
  return lazyHolders.has(source) ? Object.getOwnPropertyDescriptor(source, key)?.get : undefined;
}

/**
 * Recursively freezes an object graph (Maps and Sets are frozen shallowly, their values deeply). Lazy properties
 * ({@link defineLazy}) are not read: they freeze their value when it is first computed.
 * An object that is already frozen is taken to be deeply frozen and not descended into: that is what keeps this
 * fast (no visited set over millions of mdast nodes) and safe on cycles and shared subtrees.
 */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object' || Object.isFrozen(v)) continue;
    Object.freeze(v);
    if (v instanceof Map || v instanceof Set) {
      for (const item of v.values()) stack.push(item);
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) stack.push(v[i]);
    } else if (lazyHolders.has(v)) {
      for (const key of Object.keys(v)) {
        const property = Object.getOwnPropertyDescriptor(v, key);
        if (property && 'value' in property) stack.push(property.value);
      }
    } else {
      for (const key of Object.keys(v)) stack.push((v as Record<string, unknown>)[key]);
    }
  }
  return value;
}

export type { Category, Comparison, Diagram, GlossaryConfig };
