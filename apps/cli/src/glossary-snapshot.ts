import { AUTHORED_RELATION_KINDS, parseTerm, type AuthoredRelationKind, type ContentFiles } from '@alignment-glossary/core';

/**
 * One term, reduced to what a reader or a data-package consumer sees, so that two versions of the glossary can
 * be compared field by field whether they come from a content folder or from a published `glossary.json`.
 * Free text is whitespace-normalized: re-wrapping a paragraph is not a change.
 */
export interface TermSnapshot {
  readonly id: string;
  readonly term: string;
  readonly aliases: readonly string[];
  readonly abbreviation?: string;
  readonly shortDefinition: string;
  /** `tree`: the explanation's mdast as canonical JSON (catches link changes); `text`: its plain text. */
  readonly explanation: { readonly text?: string; readonly tree?: string };
  readonly category: string;
  readonly status: string;
  readonly replacedBy?: string;
  readonly formerIds: readonly string[];
  /** Canonical JSON of each list. */
  readonly examples: string;
  readonly faq: string;
  readonly sources: string;
}

/** An authored relation: `from` → `to` of `kind`. Symmetric kinds (related, contrasts) have no direction. */
export interface EdgeSnapshot {
  readonly from: string;
  readonly kind: AuthoredRelationKind;
  readonly to: string;
}

export const ENTITY_KINDS = ['config', 'category', 'comparison', 'diagram', 'book'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Everything the diff compares. */
export interface GlossarySnapshot {
  readonly terms: ReadonlyMap<string, TermSnapshot>;
  readonly edges: readonly EdgeSnapshot[];
  /**
   * Non-term content: kind → id → canonical JSON. A kind is absent when the source does not carry it; a value is
   * `undefined` when the source names the id but its shape cannot be compared with a content folder's.
   */
  readonly entities: Partial<Record<EntityKind, ReadonlyMap<string, string | undefined>>>;
}

/** Collapses every run of whitespace to one space and trims. */
export const collapse = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/** JSON with sorted keys, whitespace-collapsed strings and no `undefined` members: equal content, equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalize(value)) ?? 'null';
}

function normalize(value: unknown): unknown {
  if (typeof value === 'string') return collapse(value);
  if (Array.isArray(value)) return value.map(normalize);
  if (value instanceof Map) return normalize(Object.fromEntries(value));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = normalize(v);
    }
    return out;
  }
  return value;
}

/** Plain text of an mdast tree: the concatenated `value`s, as mdast-util-to-string does. */
function mdastText(node: unknown): string {
  if (node === null || typeof node !== 'object') return '';
  const n = node as { value?: unknown; children?: unknown[]; alt?: unknown };
  if (typeof n.value === 'string') return n.value;
  if (Array.isArray(n.children)) return n.children.map(mdastText).join('');
  return '';
}

/**
 * The snapshot of a content folder as read by core's `readContent`: every term and file that parses is included,
 * even when the folder as a whole does not validate (relations to unknown terms are dropped).
 */
export function snapshotFromContent(content: ContentFiles): GlossarySnapshot {
  const terms = new Map<string, TermSnapshot>();
  const written: EdgeSnapshot[] = [];
  for (const file of content.terms) {
    const t = file.term;
    if (!t || terms.has(t.frontmatter.id)) continue;
    const fm = t.frontmatter;
    terms.set(fm.id, {
      id: fm.id,
      term: collapse(fm.term),
      aliases: fm.aliases.map(collapse),
      abbreviation: fm.abbreviation,
      shortDefinition: collapse(fm.shortDefinition),
      explanation: { text: collapse(t.explanationText), tree: canonicalJson(t.explanation) },
      category: fm.category,
      status: fm.status,
      replacedBy: fm.replacedBy,
      formerIds: fm.formerIds,
      examples: canonicalJson(fm.examples),
      faq: canonicalJson(fm.faq),
      sources: canonicalJson(fm.sources),
    });
    for (const kind of AUTHORED_RELATION_KINDS) for (const to of fm.relations[kind]) written.push({ from: fm.id, kind, to });
  }
  const entities: Partial<Record<EntityKind, Map<string, string | undefined>>> = {
    config: new Map(content.config.data ? [['glossary', canonicalJson(content.config.data)]] : []),
  };
  const groups = [['category', content.categories], ['comparison', content.comparisons], ['diagram', content.diagrams], ['book', content.books]] as const;
  for (const [kind, files] of groups) {
    const map = new Map<string, string | undefined>();
    for (const f of files) {
      const data = f.data as { id: string } | undefined;
      if (data && !map.has(data.id)) map.set(data.id, canonicalJson(data));
    }
    entities[kind] = map;
  }
  return { terms, edges: dedupeEdges(written.filter((e) => terms.has(e.to) && e.to !== e.from)), entities };
}

/** The key that identifies a relation regardless of which of its two terms it is written on. */
export function edgeKey(e: EdgeSnapshot): string {
  if (e.kind === 'related' || e.kind === 'contrasts') {
    const [a, b] = e.from < e.to ? [e.from, e.to] : [e.to, e.from];
    return `${e.kind}\u0000${a}\u0000${b}`;
  }
  return `${e.kind}\u0000${e.from}\u0000${e.to}`;
}

function dedupeEdges(edges: readonly EdgeSnapshot[]): EdgeSnapshot[] {
  const seen = new Map<string, EdgeSnapshot>();
  for (const e of edges) if (!seen.has(edgeKey(e))) seen.set(edgeKey(e), e);
  return [...seen.values()];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
/** A list of ids, given as strings or as objects with an `id`. */
const ids = (v: unknown): string[] =>
  Array.isArray(v) ? v.flatMap((x) => (typeof x === 'string' ? [x] : isObject(x) && typeof x.id === 'string' ? [x.id] : [])) : [];
/** A collection given as an array of objects with `id`, or as an object keyed by id. */
const records = (v: unknown): Json[] =>
  Array.isArray(v) ? v.filter(isObject) : isObject(v) ? Object.entries(v).flatMap(([id, x]) => (isObject(x) ? [{ id, ...x }] : [])) : [];

/** Inverse kinds as they may appear in a published glossary, mapped to the authored edge they stand for. */
const INVERSES: Record<string, AuthoredRelationKind> = { narrower: 'broader', mitigatedBy: 'mitigates' };

/** Minimal valid front matter, so that core's own term parser can parse a published explanation. */
const STUB_FRONTMATTER = '---\nid: x\nterm: x\nshortDefinition: x\ncategory: x\nstatus: draft\n---\n\n';

/**
 * A published explanation (Markdown), parsed exactly as core parses a term body, so that it compares with the tree
 * of a content folder: the data package serializes that tree, and parsing it back gives the same tree.
 */
function explanationFromMarkdown(markdown: string): TermSnapshot['explanation'] {
  const { term } = parseTerm('terms/x.md', STUB_FRONTMATTER + markdown);
  if (!term) return { text: collapse(markdown) };
  return { text: collapse(term.explanationText), tree: canonicalJson(term.explanation) };
}

function explanationOf(t: Json): TermSnapshot['explanation'] {
  const e = t.explanation;
  if (typeof e === 'string') return explanationFromMarkdown(e);
  if (isObject(e) && e.type === 'root') return { text: collapse(str(t.explanationText) ?? mdastText(e)), tree: canonicalJson(e) };
  const text = str(t.explanationText);
  return text === undefined ? {} : { text: collapse(text) };
}

/** The fields of content/glossary.yaml, which a published glossary.json carries at its top level. */
const CONFIG_KEYS = ['title', 'description', 'language', 'siteUrl', 'iriBase', 'license'] as const;

/**
 * The snapshot of a published `glossary.json` (the data package's `dist/glossary.json`): `terms` (an array, or an
 * object keyed by id) with the content's field names, relations listing derived inverses too (`narrower`,
 * `mitigatedBy`, folded back into authored edges), and the explanation as Markdown (or mdast, or plain
 * `explanationText`). The glossary's own fields, categories (without their term lists) and comparisons are compared
 * with the content's; diagrams and books are not in the package.
 */
export function snapshotFromGlossaryJson(json: unknown): GlossarySnapshot {
  if (!isObject(json)) throw new Error('glossary.json: expected an object with "terms"');
  const root = isObject(json.glossary) ? json.glossary : json;
  const list = records(root.terms);
  if (list.length === 0 && !('terms' in root)) throw new Error('glossary.json: no "terms" found');
  const terms = new Map<string, TermSnapshot>();
  const edges: EdgeSnapshot[] = [];
  for (const t of list) {
    const id = str(t.id);
    if (!id || terms.has(id)) continue;
    terms.set(id, {
      id,
      term: collapse(str(t.term) ?? str(t.label) ?? id),
      aliases: (Array.isArray(t.aliases) ? t.aliases.filter((a): a is string => typeof a === 'string') : []).map(collapse),
      abbreviation: str(t.abbreviation),
      shortDefinition: collapse(str(t.shortDefinition) ?? str(t.definition) ?? ''),
      explanation: explanationOf(t),
      category: str(t.category) ?? (isObject(t.category) ? str(t.category.id) ?? '' : ''),
      status: str(t.status) ?? 'stable',
      replacedBy: str(t.replacedBy),
      formerIds: ids(t.formerIds),
      examples: canonicalJson(t.examples ?? []),
      faq: canonicalJson(t.faq ?? []),
      sources: canonicalJson(t.sources ?? []),
    });
    const relations = isObject(t.relations) ? t.relations : {};
    for (const [kind, targets] of Object.entries(relations)) {
      for (const other of ids(targets)) {
        if ((AUTHORED_RELATION_KINDS as readonly string[]).includes(kind)) edges.push({ from: id, kind: kind as AuthoredRelationKind, to: other });
        else if (INVERSES[kind]) edges.push({ from: other, kind: INVERSES[kind], to: id });
      }
    }
  }
  const entities: Partial<Record<EntityKind, Map<string, string | undefined>>> = {};
  if (CONFIG_KEYS.every((k) => k in root)) {
    entities.config = new Map([['glossary', canonicalJson(Object.fromEntries(CONFIG_KEYS.map((k) => [k, root[k]])))]]);
  }
  if ('categories' in root) {
    entities.category = new Map(records(root.categories).flatMap((c) => (typeof c.id === 'string' ? [[c.id, canonicalJson({ ...c, terms: undefined })] as const] : [])));
  }
  if ('comparisons' in root) {
    entities.comparison = new Map(records(root.comparisons).flatMap((c) => (typeof c.id === 'string' ? [[c.id, canonicalJson(c)] as const] : [])));
  }
  return { terms, edges: dedupeEdges(edges.filter((e) => terms.has(e.from) && terms.has(e.to) && e.from !== e.to)), entities };
}
