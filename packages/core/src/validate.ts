import type { Diagnostic, Position } from './diagnostic.js';
import { compareDiagnostics } from './diagnostic.js';
import {
  compareLabels, deepFreeze, defineLazy, lazyGetter, type Book, type BookChapter, type Glossary, type RelationEdge, type Term, type TermRelations,
} from './glossary.js';
import type { ParsedTerm } from './parse-term.js';
import type { ParsedYamlFile } from './parse-yaml-file.js';
import {
  AUTHORED_RELATION_KINDS, INVERSE_RELATION, RELATION_KINDS,
  type BookInput, type Category, type Comparison, type Diagram, type GlossaryConfig, type RelationKind,
} from './schema.js';
import { locate } from './yaml-positions.js';
import { didYouMean } from './zod-diagnostics.js';

/** Everything read from a content folder, each file already parsed on its own. */
export interface ContentFiles {
  readonly config: ParsedYamlFile<GlossaryConfig>;
  readonly terms: readonly { readonly file: string; readonly term?: ParsedTerm; readonly diagnostics: readonly Diagnostic[] }[];
  readonly categories: readonly ParsedYamlFile<Category>[];
  readonly comparisons: readonly ParsedYamlFile<Comparison>[];
  readonly diagrams: readonly ParsedYamlFile<Diagram>[];
  readonly books: readonly ParsedYamlFile<BookInput>[];
}

export interface ValidationResult {
  /** Present when there are no errors (warnings allowed). */
  readonly glossary?: Glossary;
  /** Every problem found, sorted by file and position. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Limits for the content-quality rules (stricter for stable terms: errors; draft terms get warnings). */
export const QUALITY = {
  minRelations: 2,
  minWords: 120,
  maxWords: 400,
  minExamples: 1,
  minFaq: 1,
  minLinkedSources: 1,
  minTermLinks: 1,
} as const;

/**
 * Checks parsed content across files and assembles the immutable Glossary.
 * Reports every problem at once; returns a glossary only when there is no error.
 */
export function validate(content: ContentFiles): ValidationResult {
  const diagnostics: Diagnostic[] = [];
  const add = (d: Diagnostic) => diagnostics.push(d);
  for (const group of [[content.config], content.terms, content.categories, content.comparisons, content.diagrams, content.books]) {
    for (const file of group) diagnostics.push(...file.diagnostics);
  }
  const start: Position = { line: 1, column: 1 };

  // Categories
  const categories = new Map<string, Category>();
  for (const file of content.categories) {
    if (!file.data) continue;
    if (categories.has(file.data.id)) add({ file: file.file, ...start, severity: 'error', rule: 'duplicate-id', field: 'id', message: `category "${file.data.id}" is defined twice` });
    categories.set(file.data.id, file.data);
  }

  // Terms: ids, labels, aliases
  const parsed = content.terms.flatMap((t) => (t.term ? [t.term] : []));
  const byId = new Map<string, ParsedTerm>();
  for (const t of parsed) {
    const id = t.frontmatter.id;
    const other = byId.get(id);
    if (other) {
      add({ file: t.file, ...pos(t, ['id']), severity: 'error', rule: 'duplicate-id', field: 'id', message: `id "${id}" is already used by ${other.file}`, hint: 'every term needs its own id; pick another' });
      continue;
    }
    byId.set(id, t);
  }
  const ids = [...byId.keys()];
  const names = new Map<string, { owner: string; what: string }>();
  const claim = (t: ParsedTerm, name: string, what: string, path: (string | number)[]) => {
    const key = name.toLocaleLowerCase('en');
    const existing = names.get(key);
    if (existing && existing.owner !== t.frontmatter.id) {
      add({
        file: t.file, ...pos(t, path), severity: 'error', rule: 'duplicate-name', field: dot(path),
        message: `${what} "${name}" is already the ${existing.what} of term "${existing.owner}"`,
        hint: 'ids, labels, aliases and former ids must be unique across the glossary; remove or change this one',
      });
      return;
    }
    if (!existing) names.set(key, { owner: t.frontmatter.id, what });
  };
  for (const t of byId.values()) claim(t, t.frontmatter.id, 'id', ['id']);
  const bad = (t: ParsedTerm, field: string) => t.invalidFields?.includes(field) ?? false;
  for (const t of byId.values()) if (!bad(t, 'term')) claim(t, t.frontmatter.term, 'label', ['term']);
  for (const t of byId.values()) {
    t.frontmatter.formerIds.forEach((former, i) => claim(t, former, 'former id', ['formerIds', i]));
    t.frontmatter.aliases.forEach((alias, i) => {
      if (alias.toLocaleLowerCase('en') === t.frontmatter.term.toLocaleLowerCase('en')) {
        add({ file: t.file, ...pos(t, ['aliases', i]), severity: 'error', rule: 'duplicate-name', field: `aliases[${i}]`, message: `alias "${alias}" repeats the term's own label`, hint: 'remove it' });
      } else claim(t, alias, 'alias', ['aliases', i]);
    });
    if (t.frontmatter.abbreviation) claim(t, t.frontmatter.abbreviation, 'abbreviation', ['abbreviation']);
  }

  const unknownTerm = (t: { file: string }, target: string, where: Position, field: string | undefined, rule: string) => {
    const near = didYouMean(target, ids);
    add({
      file: t.file, ...where, severity: 'error', rule, field,
      message: `unknown term "${target}"${near ? ` (did you mean "${near}"?)` : ''}`,
      hint: near ? `change it to "${near}"` : 'use the id (file name without .md) of a term under content/terms/, or add that term',
    });
  };

  // Term-level checks
  for (const t of byId.values()) {
    const fm = t.frontmatter;
    if (!bad(t, 'category') && !categories.has(fm.category)) {
      const near = didYouMean(fm.category, categories.keys());
      add({ file: t.file, ...pos(t, ['category']), severity: 'error', rule: 'unknown-category', field: 'category', message: `unknown category "${fm.category}"${near ? ` (did you mean "${near}"?)` : ''}`, hint: `use one of: ${[...categories.keys()].sort().join(', ')}` });
    }
    if (fm.replacedBy !== undefined) {
      if (!byId.has(fm.replacedBy)) unknownTerm(t, fm.replacedBy, pos(t, ['replacedBy']), 'replacedBy', 'unknown-replacement');
      else if (fm.replacedBy === fm.id) add({ file: t.file, ...pos(t, ['replacedBy']), severity: 'error', rule: 'self-relation', field: 'replacedBy', message: 'a term cannot replace itself' });
    }
    for (const kind of AUTHORED_RELATION_KINDS) {
      const seen = new Set<string>();
      fm.relations[kind].forEach((target, i) => {
        const path = ['relations', kind, i];
        if (target === fm.id) {
          add({ file: t.file, ...pos(t, path), severity: 'error', rule: 'self-relation', field: dot(path), message: `"${fm.id}" relates to itself`, hint: 'remove this entry' });
        } else if (!byId.has(target)) {
          unknownTerm(t, target, pos(t, path), dot(path), 'unknown-relation-target');
        } else if (seen.has(target)) {
          add({ file: t.file, ...pos(t, path), severity: 'error', rule: 'duplicate-relation', field: dot(path), message: `"${target}" is listed twice`, hint: 'remove the repeat' });
        }
        seen.add(target);
      });
    }
    for (const link of t.termLinks) {
      if (!byId.has(link.target)) unknownTerm(t, link.target, { line: link.line, column: link.column }, undefined, 'unknown-term-link');
    }
  }

  // Relations: both directions written, cycles, derived inverses
  const edges: RelationEdge[] = [];
  const edgeOf = new Map<string, RelationEdge>();
  for (const t of byId.values()) {
    for (const kind of AUTHORED_RELATION_KINDS) {
      t.frontmatter.relations[kind].forEach((to, i) => {
        const from = t.frontmatter.id;
        if (to === from || !byId.has(to)) return;
        const back = edgeOf.get(`${to}\u0000${from}`);
        if (back) {
          const path = ['relations', kind, i];
          add({
            file: t.file, ...pos(t, path), severity: 'error', rule: 'relation-both-directions', field: dot(path),
            message: `"${from}" → "${to}" (${kind}) is also written from the other side ("${to}" ${back.kind} "${from}")`,
            hint: `write a relation once; core derives the inverse. Keep the one in ${byId.get(to)?.file ?? to} or this one, not both`,
          });
          return;
        }
        if (edgeOf.has(`${from}\u0000${to}`)) {
          const path = ['relations', kind, i];
          add({ file: t.file, ...pos(t, path), severity: 'error', rule: 'duplicate-relation', field: dot(path), message: `"${to}" already has another relation kind from this term`, hint: 'two terms have one relation; keep the most specific' });
          return;
        }
        const edge: RelationEdge = { from, kind, to };
        edgeOf.set(`${from}\u0000${to}`, edge);
        edges.push(edge);
      });
    }
  }
  edges.sort((a, b) => (a.from !== b.from ? (a.from < b.from ? -1 : 1) : a.kind !== b.kind ? (a.kind < b.kind ? -1 : 1) : a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
  for (const cycle of findBroaderCycles(edges)) {
    const first = byId.get(cycle[0]!)!;
    const index = first.frontmatter.relations.broader.indexOf(cycle[1]!);
    add({
      file: first.file, ...pos(first, ['relations', 'broader', index]), severity: 'error', rule: 'broader-cycle', field: `relations.broader[${index}]`,
      message: `"broader" relations form a cycle: ${[...cycle, cycle[0]].join(' → ')}`,
      hint: 'a term cannot be (indirectly) broader than itself; remove one "broader" link in the cycle',
    });
  }

  // SKOS S27: related (and its sub-properties contrasts/mitigates) is disjoint from broader-transitive
  const isAncestor = broaderReach(edges);
  for (const e of edges) {
    if (e.kind === 'broader') continue;
    const up = isAncestor(e.to, e.from) ? e.to : isAncestor(e.from, e.to) ? e.from : undefined;
    if (up === undefined) continue;
    const t = byId.get(e.from)!;
    const index = t.frontmatter.relations[e.kind].indexOf(e.to);
    const path = ['relations', e.kind, index];
    add({
      file: t.file, ...pos(t, path), severity: 'error', rule: 'related-to-ancestor', field: dot(path),
      message: `"${e.from}" ${e.kind} "${e.to}", but "${up}" is already broader (through "broader" links) than the other`,
      hint: 'a term is not "related" to its own broader or narrower terms (SKOS S27); remove this relation, the hierarchy already connects them',
    });
  }

  const relationSets = new Map<string, Record<RelationKind, string[]>>();
  for (const id of ids) relationSets.set(id, Object.fromEntries(RELATION_KINDS.map((k) => [k, []])) as unknown as Record<RelationKind, string[]>);
  for (const e of edges) {
    relationSets.get(e.from)![e.kind].push(e.to);
    relationSets.get(e.to)![INVERSE_RELATION[e.kind]].push(e.from);
  }
  for (const set of relationSets.values()) for (const k of RELATION_KINDS) set[k].sort();

  // Quality rules (errors for stable terms, warnings for drafts; deprecated terms are exempt)
  const definitions = new Map<string, string>();
  for (const t of byId.values()) {
    const fm = t.frontmatter;
    if (fm.status === 'deprecated') continue;
    const severity = fm.status === 'stable' ? 'error' : 'warning';
    const q = (path: (string | number)[], rule: string, message: string, hint: string) =>
      add({ file: t.file, ...pos(t, path), severity, rule, field: path.length ? dot(path) : undefined, message, hint });
    const rel = relationSets.get(fm.id)!;
    const count = RELATION_KINDS.reduce((n, k) => n + rel[k].length, 0);
    if (bad(t, 'relations')) { /* reported by the schema */ } else if (count === 0) q(['relations'], 'orphan-term', 'the term has no relations at all', 'add "broader", "related", "contrasts" or "mitigates" relations to connect it to the glossary');
    else if (count < QUALITY.minRelations) q(['relations'], 'min-relations', `the term has ${count} relation; at least ${QUALITY.minRelations} are needed`, 'connect it to another neighbour');
    if (!bad(t, 'examples') && fm.examples.length < QUALITY.minExamples) q(['examples'], 'min-examples', 'the term has no example', 'add "examples:" with a title and a concrete case');
    if (!bad(t, 'faq') && fm.faq.length < QUALITY.minFaq) q(['faq'], 'min-faq', 'the term has no FAQ entry', 'add "faq:" with a question a learner would ask and its answer');
    if (!bad(t, 'sources') && fm.sources.filter((s) => s.url !== undefined || s.doi !== undefined).length < QUALITY.minLinkedSources) {
      q(fm.sources.length ? ['sources'] : [], 'missing-source', fm.sources.length ? 'no source has a url or doi' : 'the term cites no source', 'cite a real work with "url:" (e.g. https://arxiv.org/abs/…) or "doi:"; see "Citing sources" in CONTRIBUTING.md');
    }
    if (t.wordCount < QUALITY.minWords || t.wordCount > QUALITY.maxWords) {
      add({ file: t.file, line: bodyLine(t), column: 1, severity, rule: 'explanation-length', message: `the explanation has ${t.wordCount} word${t.wordCount === 1 ? '' : 's'}; ${QUALITY.minWords}–${QUALITY.maxWords} are expected`, hint: t.wordCount < QUALITY.minWords ? 'say what it is, why it matters and how it differs from its neighbours' : 'tighten it; move detail into examples or FAQ' });
    }
    const todo = TODO.test(fm.term) || TODO.test(fm.shortDefinition) || TODO.test(t.explanationText)
      || fm.examples.some((e) => TODO.test(e.title) || TODO.test(e.text)) || fm.faq.some((f) => TODO.test(f.question) || TODO.test(f.answer));
    if (todo) q([], 'todo-placeholder', 'the term still contains "TODO" placeholders', 'replace every TODO left by "glossary new" with real text before marking the term stable');
    if (t.termLinks.length < QUALITY.minTermLinks) {
      add({ file: t.file, line: bodyLine(t), column: 1, severity, rule: 'min-term-links', message: 'the explanation links to no other term', hint: 'link related terms in the text with [text](term:<id>)' });
    }
    const key = bad(t, 'shortDefinition') ? `\u0000${fm.id}` : normalizeDefinition(fm.shortDefinition);
    const twin = definitions.get(key);
    if (twin) q(['shortDefinition'], 'duplicate-definition', `the short definition duplicates the one of "${twin}"`, 'each term needs its own definition that says what sets it apart');
    else definitions.set(key, fm.id);
  }

  // Connectedness: the relation graph must be one component
  if (ids.length > 1) {
    const components = connectedComponents(ids, edges);
    const largest = components.reduce((a, b) => (b.length > a.length ? b : a), components[0]!);
    for (const component of components) {
      if (component === largest || component.length === 1) continue; // single terms are reported as orphans
      const first = byId.get(component[0]!)!;
      if (first.frontmatter.status === 'deprecated') continue;
      add({ file: first.file, ...pos(first, ['relations']), severity: first.frontmatter.status === 'stable' ? 'error' : 'warning', rule: 'disconnected', field: 'relations', message: `terms ${component.slice(0, 5).map((c) => `"${c}"`).join(', ')}${component.length > 5 ? ', …' : ''} form a group unconnected to the rest of the glossary`, hint: 'relate one of them to a term in the main graph' });
    }
  }

  // Comparisons
  for (const file of content.comparisons) {
    const c = file.data;
    if (!c) continue;
    c.terms.forEach((id, i) => {
      if (!byId.has(id)) unknownTerm(file, id, locate(file.positions, ['terms', i], start), `terms[${i}]`, 'unknown-comparison-term');
    });
    c.rows.forEach((row, r) => {
      for (const id of c.terms) {
        if (!(id in row.values)) add({ file: file.file, ...locate(file.positions, ['rows', r, 'values'], start), severity: 'error', rule: 'comparison-missing-value', field: `rows[${r}].values`, message: `row "${row.aspect}" has no value for "${id}"`, hint: `add "${id}: …" under values` });
      }
      for (const id of Object.keys(row.values)) {
        if (!c.terms.includes(id)) add({ file: file.file, ...locate(file.positions, ['rows', r, 'values', id], start), severity: 'error', rule: 'comparison-extra-value', field: `rows[${r}].values.${id}`, message: `"${id}" is not one of the compared terms`, hint: `compare it by adding it to "terms", or remove this value` });
      }
    });
  }

  // Diagrams
  for (const file of content.diagrams) {
    const d = file.data;
    if (!d) continue;
    const nodeIds = new Set<string>();
    d.nodes.forEach((n, i) => {
      if (nodeIds.has(n.id)) add({ file: file.file, ...locate(file.positions, ['nodes', i, 'id'], start), severity: 'error', rule: 'duplicate-id', field: `nodes[${i}].id`, message: `node "${n.id}" is defined twice` });
      nodeIds.add(n.id);
      if (n.term !== undefined && !byId.has(n.term)) unknownTerm(file, n.term, locate(file.positions, ['nodes', i, 'term'], start), `nodes[${i}].term`, 'unknown-diagram-term');
    });
    d.edges.forEach((e, i) => {
      for (const end of ['from', 'to'] as const) {
        if (!nodeIds.has(e[end])) {
          const near = didYouMean(e[end], nodeIds);
          add({ file: file.file, ...locate(file.positions, ['edges', i, end], start), severity: 'error', rule: 'unknown-diagram-node', field: `edges[${i}].${end}`, message: `unknown node "${e[end]}"${near ? ` (did you mean "${near}"?)` : ''}`, hint: 'edges connect the ids listed under "nodes"' });
        }
      }
    });
  }

  // Books
  const termsByCategory = new Map<string, string[]>();
  for (const id of ids) {
    const cat = byId.get(id)!.frontmatter.category;
    if (!termsByCategory.has(cat)) termsByCategory.set(cat, []);
    termsByCategory.get(cat)!.push(id);
  }
  const labelOf = (id: string) => byId.get(id)?.frontmatter.term ?? id;
  for (const list of termsByCategory.values()) list.sort((a, b) => compareLabels(labelOf(a), labelOf(b)));
  for (const cat of categories.keys()) if (!termsByCategory.has(cat)) termsByCategory.set(cat, []);

  const books: Book[] = [];
  for (const file of content.books) {
    const b = file.data;
    if (!b) continue;
    const chapters: BookChapter[] = [];
    b.chapters.forEach((ch, i) => {
      if ('category' in ch) {
        const cat = categories.get(ch.category);
        if (!cat) {
          const near = didYouMean(ch.category, categories.keys());
          add({ file: file.file, ...locate(file.positions, ['chapters', i, 'category'], start), severity: 'error', rule: 'unknown-category', field: `chapters[${i}].category`, message: `unknown category "${ch.category}"${near ? ` (did you mean "${near}"?)` : ''}` });
          return;
        }
        const terms = (termsByCategory.get(cat.id) ?? []).filter((id) => byId.get(id)!.frontmatter.status !== 'deprecated');
        if (terms.length > 0) chapters.push({ id: cat.id, title: cat.title, description: cat.description, category: cat.id, terms });
      } else {
        ch.terms.forEach((id, j) => {
          if (!byId.has(id)) unknownTerm(file, id, locate(file.positions, ['chapters', i, 'terms', j], start), `chapters[${i}].terms[${j}]`, 'unknown-book-term');
        });
        const terms = ch.terms.filter((id) => byId.has(id));
        if (terms.length > 0) chapters.push({ id: ch.id, title: ch.title, ...(ch.description ? { description: ch.description } : {}), terms });
      }
    });
    const inBook = new Set(chapters.flatMap((c) => c.terms));
    const appendix = new Set<string>();
    if (b.appendix === 'neighbours') {
      for (const id of inBook) {
        const rel = relationSets.get(id);
        if (!rel) continue;
        for (const k of RELATION_KINDS) for (const n of rel[k]) if (!inBook.has(n) && byId.get(n)!.frontmatter.status !== 'deprecated') appendix.add(n);
      }
    }
    books.push({
      id: b.id, title: b.title, description: b.description,
      siteUrl: b.siteUrl ?? content.config.data?.siteUrl ?? 'https://alignment-glossary.org',
      chapters, appendix: [...appendix].sort((x, y) => compareLabels(labelOf(x), labelOf(y))),
    });
  }

  diagnostics.sort(compareDiagnostics);
  if (!content.config.data || diagnostics.some((d) => d.severity === 'error')) return { diagnostics };

  // Assemble
  const terms: Term[] = ids.sort().map((id) => {
    const t = byId.get(id)!;
    const term = { ...t.frontmatter } as Record<string, unknown>;
    // An explanation from the parse cache stays unparsed until a renderer reads it (validation never does).
    const lazy = lazyGetter(t, 'explanation');
    if (lazy) defineLazy(term, 'explanation', lazy);
    else term.explanation = t.explanation;
    term.explanationText = t.explanationText;
    term.file = t.file;
    term.contentHash = t.contentHash;
    return term as unknown as Term;
  });
  const lookup = new Map<string, string>();
  for (const t of terms) {
    for (const name of [t.id, ...t.formerIds, t.term, ...t.aliases, ...(t.abbreviation ? [t.abbreviation] : [])]) {
      const key = name.toLocaleLowerCase('en');
      if (!lookup.has(key)) lookup.set(key, t.id);
    }
  }
  const comparisonsByTerm = new Map<string, string[]>();
  const comparisons = content.comparisons.flatMap((f) => (f.data ? [f.data] : [])).sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const c of comparisons) for (const id of c.terms) push(comparisonsByTerm, id, c.id);
  const diagrams = content.diagrams.flatMap((f) => (f.data ? [f.data] : [])).sort((a, b) => (a.id < b.id ? -1 : 1));
  const diagramsByTerm = new Map<string, string[]>();
  for (const d of diagrams) for (const id of new Set(d.nodes.flatMap((n) => (n.term ? [n.term] : [])))) push(diagramsByTerm, id, d.id);

  const glossary: Glossary = {
    config: content.config.data,
    terms,
    termsById: new Map(terms.map((t) => [t.id, t])),
    lookup,
    categories: [...categories.values()].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1)),
    termsByCategory,
    comparisons,
    diagrams,
    books: books.sort((a, b) => (a.id < b.id ? -1 : 1)),
    relations: relationSets as unknown as ReadonlyMap<string, TermRelations>,
    edges,
    comparisonsByTerm,
    diagramsByTerm,
  };
  return { glossary: deepFreeze(glossary), diagnostics };
}

function push(map: Map<string, string[]>, key: string, value: string) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function pos(t: ParsedTerm, path: readonly (string | number)[]): Position {
  return locate(t.positions, path, { line: 1, column: 1 });
}

function dot(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function bodyLine(t: ParsedTerm): number {
  let max = 1;
  for (const p of Object.values(t.positions)) if (p.line > max) max = p.line;
  return max + 2;
}

/** Lower-cases, drops punctuation and sorts the distinct words, so reordered or re-punctuated copies collide. */
const TODO = /\bTODO\b/;

function normalizeDefinition(text: string): string {
  const words = text.toLocaleLowerCase('en').replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
  return [...new Set(words)].sort().join(' ');
}

/**
 * `isAncestor(a, b)`: whether `a` is reachable from `b` through "broader" links. Each question walks up from `b`
 * iteratively, so a deep hierarchy neither overflows the stack nor materializes every term's ancestor set (which
 * grows with the square of the depth); cycles are reported elsewhere and only end a walk here.
 */
function broaderReach(edges: readonly RelationEdge[]): (ancestor: string, id: string) => boolean {
  const up = new Map<string, string[]>();
  for (const e of edges) if (e.kind === 'broader') push(up, e.from, e.to);
  const seen = new Map<string, number>();
  let walk = 0;
  return (ancestor, id) => {
    walk++;
    const stack = [...(up.get(id) ?? [])];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (next === ancestor) return true;
      if (seen.get(next) === walk) continue;
      seen.set(next, walk);
      for (const parent of up.get(next) ?? []) stack.push(parent);
    }
    return false;
  };
}

/** Each cycle through "broader" once, as the list of ids starting from its smallest member. */
export function findBroaderCycles(edges: readonly RelationEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) if (e.kind === 'broader') push(next, e.from, e.to);
  const state = new Map<string, 1 | 2>();
  const cycles = new Map<string, string[]>();
  const stack: string[] = [];
  const visit = (start: string) => {
    // iterative DFS to survive deep chains
    const frames: { id: string; i: number }[] = [{ id: start, i: 0 }];
    state.set(start, 1);
    stack.push(start);
    while (frames.length) {
      const frame = frames[frames.length - 1]!;
      const targets = next.get(frame.id) ?? [];
      if (frame.i < targets.length) {
        const to = targets[frame.i++]!;
        const s = state.get(to);
        if (s === 1) {
          const cycle = stack.slice(stack.indexOf(to));
          const min = cycle.reduce((a, b) => (b < a ? b : a));
          const k = cycle.indexOf(min);
          const rotated = [...cycle.slice(k), ...cycle.slice(0, k)];
          cycles.set(rotated.join('\u0000'), rotated);
        } else if (s === undefined) {
          state.set(to, 1);
          stack.push(to);
          frames.push({ id: to, i: 0 });
        }
      } else {
        state.set(frame.id, 2);
        stack.pop();
        frames.pop();
      }
    }
  };
  for (const id of [...next.keys()].sort()) if (!state.has(id)) visit(id);
  return [...cycles.values()];
}

function connectedComponents(ids: readonly string[], edges: readonly RelationEdge[]): string[][] {
  const parent = new Map<string, string>(ids.map((id) => [id, id]));
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    while (parent.get(x) !== root) { const n = parent.get(x)!; parent.set(x, root); x = n; }
    return root;
  };
  for (const e of edges) {
    const a = find(e.from), b = find(e.to);
    if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
  }
  const groups = new Map<string, string[]>();
  for (const id of [...ids].sort()) push(groups, find(id), id);
  return [...groups.values()];
}
