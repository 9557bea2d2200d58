import { edgeKey, ENTITY_KINDS, type EdgeSnapshot, type EntityKind, type GlossarySnapshot, type TermSnapshot } from './glossary-snapshot.js';

/** Semver bumps in increasing order. */
export const BUMPS = ['none', 'patch', 'minor', 'major'] as const;
export type Bump = (typeof BUMPS)[number];

/** Negative when `a` is a smaller bump than `b`, 0 when equal, positive when larger. */
export const compareBumps = (a: Bump, b: Bump): number => BUMPS.indexOf(a) - BUMPS.indexOf(b);

/** The largest of the bumps (`none` for none). */
export const maxBump = (bumps: Iterable<Bump>): Bump => {
  let max: Bump = 'none';
  for (const b of bumps) if (compareBumps(b, max) > 0) max = b;
  return max;
};

/** The term fields the diff reports, in the order of a term file. */
export const TERM_FIELDS = [
  'term', 'aliases', 'abbreviation', 'shortDefinition', 'explanation', 'category', 'status', 'replacedBy',
  'formerIds', 'relations', 'examples', 'faq', 'sources',
] as const;
export type TermField = (typeof TERM_FIELDS)[number];

/** One changed field. Short scalar fields carry `from`/`to`; `relations` carries the relations added and removed. */
export interface FieldChange {
  readonly field: TermField;
  readonly from?: string;
  readonly to?: string;
  readonly added?: readonly EdgeSnapshot[];
  readonly removed?: readonly EdgeSnapshot[];
}

/** What happened to one term id. */
export type TermChangeKind = 'removed' | 'renamed' | 'deprecated' | 'added' | 'changed';

export interface TermChange {
  readonly kind: TermChangeKind;
  /** The id in the new version (for `removed`: the id that went away). */
  readonly id: string;
  /** For `renamed`: the id it had before. */
  readonly formerId?: string;
  readonly label: string;
  /** For `deprecated`: the replacement. */
  readonly replacedBy?: string;
  /** The fields that changed (empty for `added` and `removed`). */
  readonly fields: readonly FieldChange[];
  readonly bump: Bump;
}

export interface EntityChange {
  readonly kind: 'added' | 'removed' | 'changed';
  readonly entity: EntityKind;
  readonly id: string;
  readonly bump: Bump;
}

/** Term-level changes between two versions of the glossary and the release they imply. */
export interface GlossaryDiff {
  /** Sorted: removed, renamed, deprecated, added, changed; then by id. */
  readonly terms: readonly TermChange[];
  /** Categories, comparisons, diagrams, books and glossary.yaml, sorted by kind and id. */
  readonly entities: readonly EntityChange[];
  /** The largest bump of all changes; `none` when nothing a reader sees changed. */
  readonly bump: Bump;
}

/**
 * The semver rule for content: removing or renaming an id breaks consumers who key on it (major); a new term or a
 * deprecation is a visible addition (minor); any other edit is a fix (patch).
 */
export const BUMP_OF: Readonly<Record<TermChangeKind | EntityChange['kind'], Bump>> = {
  removed: 'major',
  renamed: 'major',
  deprecated: 'minor',
  added: 'minor',
  changed: 'patch',
};

const ORDER: readonly TermChangeKind[] = ['removed', 'renamed', 'deprecated', 'added', 'changed'];

/**
 * Compares two snapshots term by term. A removed id that some term of the new version lists in `formerIds` is a
 * rename; relations are compared as a graph (moving a symmetric relation to the other term is not a change) and
 * reported on the term that writes them.
 */
export function diffGlossaries(base: GlossarySnapshot, head: GlossarySnapshot): GlossaryDiff {
  const changes: TermChange[] = [];
  // Renames: old id → new id.
  const renames = new Map<string, string>();
  for (const t of head.terms.values()) {
    for (const former of t.formerIds) if (base.terms.has(former) && !head.terms.has(former) && !renames.has(former)) renames.set(former, t.id);
  }
  const rename = (id: string) => renames.get(id) ?? id;

  // Relations, with base ids carried through renames.
  const baseEdges = new Map(base.edges.flatMap((e) => {
    const edge = { from: rename(e.from), kind: e.kind, to: rename(e.to) };
    // A relation between a term and one merged into it disappears with the merge.
    return edge.from === edge.to ? [] : [[edgeKey(edge), edge] as const];
  }));
  const headEdges = new Map(head.edges.map((e) => [edgeKey(e), e] as const));
  const relationChanges = new Map<string, { added: EdgeSnapshot[]; removed: EdgeSnapshot[] }>();
  const note = (id: string) => {
    let entry = relationChanges.get(id);
    if (!entry) relationChanges.set(id, (entry = { added: [], removed: [] }));
    return entry;
  };
  for (const [key, e] of headEdges) if (!baseEdges.has(key)) note(e.from).added.push(e);
  for (const [key, e] of baseEdges) if (!headEdges.has(key)) note(e.from).removed.push(e);

  const renamedInto = new Set(renames.values());
  const baseOf = (id: string): TermSnapshot | undefined => base.terms.get(id);
  for (const [from, to] of renames) {
    const h = head.terms.get(to)!;
    // A rename onto a term that already existed is a merge: the old id's content went into that term, whose own
    // edits are reported separately.
    const fields = base.terms.has(to) ? [] : fieldChanges(base.terms.get(from)!, h, rename, relationChanges.get(to), [from]);
    changes.push({ kind: 'renamed', id: to, formerId: from, label: h.term, fields, bump: BUMP_OF.renamed });
  }
  for (const b of base.terms.values()) {
    if (!head.terms.has(b.id) && !renames.has(b.id)) changes.push({ kind: 'removed', id: b.id, label: b.term, fields: [], bump: BUMP_OF.removed });
  }
  for (const h of head.terms.values()) {
    const b = baseOf(h.id);
    if (!b) {
      if (!renamedInto.has(h.id)) changes.push({ kind: 'added', id: h.id, label: h.term, fields: [], bump: BUMP_OF.added });
      continue;
    }
    const absorbed = [...renames].filter(([, to]) => to === h.id).map(([from]) => from);
    const fields = fieldChanges(b, h, rename, relationChanges.get(h.id), absorbed);
    if (b.status !== 'deprecated' && h.status === 'deprecated') {
      const rest = fields.filter((f) => f.field !== 'status' && f.field !== 'replacedBy');
      changes.push({ kind: 'deprecated', id: h.id, label: h.term, replacedBy: h.replacedBy, fields: rest, bump: BUMP_OF.deprecated });
    } else if (fields.length > 0) {
      changes.push({ kind: 'changed', id: h.id, label: h.term, fields, bump: BUMP_OF.changed });
    }
  }
  changes.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const entities: EntityChange[] = [];
  for (const kind of ENTITY_KINDS) {
    const before = base.entities[kind];
    const after = head.entities[kind];
    if (!before || !after) continue;
    for (const id of [...new Set([...before.keys(), ...after.keys()])].sort()) {
      const b = before.get(id);
      const a = after.get(id);
      if (!before.has(id)) entities.push({ kind: 'added', entity: kind, id, bump: BUMP_OF.added });
      else if (!after.has(id)) entities.push({ kind: 'removed', entity: kind, id, bump: BUMP_OF.removed });
      else if (a !== undefined && b !== undefined && a !== b) entities.push({ kind: 'changed', entity: kind, id, bump: BUMP_OF.changed });
    }
  }
  return { terms: changes, entities, bump: maxBump([...changes, ...entities].map((c) => c.bump)) };
}

/** The fields of `h` that differ from `b`. `absorbed` are old ids renamed into `h` (expected in its formerIds). */
function fieldChanges(
  b: TermSnapshot,
  h: TermSnapshot,
  rename: (id: string) => string,
  relations: { added: EdgeSnapshot[]; removed: EdgeSnapshot[] } | undefined,
  absorbed: readonly string[],
): FieldChange[] {
  const out: FieldChange[] = [];
  const scalar = (field: TermField, before: string | undefined, after: string | undefined) => {
    if (before !== after) out.push({ field, ...(before !== undefined ? { from: before } : {}), ...(after !== undefined ? { to: after } : {}) });
  };
  const same = (field: TermField, before: unknown, after: unknown) => {
    if (JSON.stringify(before) !== JSON.stringify(after)) out.push({ field });
  };
  scalar('term', b.term, h.term);
  same('aliases', b.aliases, h.aliases);
  scalar('abbreviation', b.abbreviation, h.abbreviation);
  same('shortDefinition', b.shortDefinition, h.shortDefinition);
  const tree = b.explanation.tree !== undefined && h.explanation.tree !== undefined;
  const text = b.explanation.text !== undefined && h.explanation.text !== undefined;
  if (tree ? b.explanation.tree !== h.explanation.tree : text && b.explanation.text !== h.explanation.text) out.push({ field: 'explanation' });
  scalar('category', b.category, h.category);
  scalar('status', b.status, h.status);
  scalar('replacedBy', b.replacedBy === undefined ? undefined : rename(b.replacedBy), h.replacedBy);
  same('formerIds', [...b.formerIds].sort(), h.formerIds.filter((id) => !absorbed.includes(id)).sort());
  if (relations && (relations.added.length || relations.removed.length)) out.push({ field: 'relations', added: relations.added, removed: relations.removed });
  same('examples', b.examples, h.examples);
  same('faq', b.faq, h.faq);
  same('sources', b.sources, h.sources);
  return out.sort((x, y) => TERM_FIELDS.indexOf(x.field) - TERM_FIELDS.indexOf(y.field));
}
