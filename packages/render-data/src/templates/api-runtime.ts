/**
 * The source of `index.cjs`: the package's API over `glossary.json`, as readable CommonJS with no dependencies.
 * `index.js` (ESM) re-exports this module, so `import` and `require` share one instance: one copy of the data,
 * one set of frozen objects and one record of the former-id warnings already shown.
 *
 * The code below is shipped as is; the only generated part is the banner line.
 */
export const API_RUNTIME = String.raw`'use strict';

const data = require('./glossary.json');

/** Every relation kind, authored and derived, in the order getRelated() walks them. */
const RELATION_KINDS = ['broader', 'narrower', 'related', 'contrasts', 'mitigates', 'mitigatedBy'];

/** Former ids already warned about, shared by every copy of this package loaded in the process. */
const WARNED = Symbol.for('alignment-glossary.warnedFormerIds');

const DEFAULT_LIMIT = 10;

function freeze(value) {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) freeze(value[key]);
    Object.freeze(value);
  }
  return value;
}

/** Lower-cases and trims a name and collapses its inner whitespace, for case-insensitive lookups. */
function normalize(text) {
  return text.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();
}

function words(text) {
  return normalize(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

function describe(value) {
  return typeof value === 'string' ? JSON.stringify(value) : value === null ? 'null' : typeof value;
}

freeze(data);

const version = data.version;
const terms = data.terms;
const categories = data.categories;
const comparisons = data.comparisons;

const termsById = new Map(terms.map((term) => [term.id, term]));
const categoriesById = new Map(categories.map((category) => [category.id, category]));

/**
 * The lookup tables, built on first use so that loading the package stays cheap: "names" maps a normalized id,
 * label, alias or abbreviation to its term (core guarantees these are unique); "formerIds" maps a former id to the
 * term that now carries it.
 */
let lookups;

function getLookups() {
  if (lookups) return lookups;
  const names = new Map();
  const formerIds = new Map();
  for (const term of terms) {
    for (const name of [term.id, term.term, ...term.aliases, ...(term.abbreviation ? [term.abbreviation] : [])]) {
      const key = normalize(name);
      if (!names.has(key)) names.set(key, term);
    }
    for (const former of term.formerIds) formerIds.set(former, term);
  }
  lookups = { names, formerIds };
  return lookups;
}

function warnFormerId(formerId, term) {
  const warned = (globalThis[WARNED] ??= new Set());
  if (warned.has(formerId)) return;
  warned.add(formerId);
  const message = 'alignment-glossary: "' + formerId + '" is a former id of the term "' + term.id + '" (' + term.term + '); use "' + term.id + '" instead.';
  if (typeof process === 'object' && process !== null && typeof process.emitWarning === 'function') {
    process.emitWarning(message, { type: 'DeprecationWarning', code: 'ALIGNMENT_GLOSSARY_FORMER_ID' });
  } else if (typeof console === 'object' && console !== null) {
    console.warn('DeprecationWarning: ' + message);
  }
}

/** The term with this id or former id (warning once for a former id); throws for anything else. */
function termById(id, caller) {
  const term = termsById.get(id);
  if (term) return term;
  const renamed = typeof id === 'string' ? getLookups().formerIds.get(id) : undefined;
  if (renamed) {
    warnFormerId(id, renamed);
    return renamed;
  }
  throw new RangeError(caller + ': unknown term id ' + describe(id) + '; expected a kebab-case id such as "inner-alignment" (getTerm() also accepts labels and aliases)');
}

function getTerm(idOrName) {
  if (typeof idOrName !== 'string') throw new TypeError('getTerm: expected a term id, label or alias as a string, got ' + describe(idOrName));
  const exact = termsById.get(idOrName);
  if (exact) return exact;
  const key = normalize(idOrName);
  const { names, formerIds } = getLookups();
  const named = names.get(key);
  if (named) return named;
  const renamed = formerIds.get(key);
  if (renamed) {
    warnFormerId(key, renamed);
    return renamed;
  }
  return undefined;
}

function getRelated(id, kind) {
  const term = termById(id, 'getRelated');
  if (kind !== undefined && !RELATION_KINDS.includes(kind)) {
    throw new RangeError('getRelated: unknown relation kind ' + describe(kind) + '; expected one of ' + RELATION_KINDS.join(', '));
  }
  const seen = new Set();
  const related = [];
  for (const k of kind === undefined ? RELATION_KINDS : [kind]) {
    for (const target of term.relations[k]) {
      if (seen.has(target)) continue;
      seen.add(target);
      related.push(termsById.get(target));
    }
  }
  return Object.freeze(related);
}

function getTermsByCategory(id) {
  const category = categoriesById.get(id);
  if (!category) {
    throw new RangeError('getTermsByCategory: unknown category ' + describe(id) + '; expected one of ' + [...categoriesById.keys()].join(', '));
  }
  return Object.freeze(category.terms.map((termId) => termsById.get(termId)));
}

/** Built on the first search, so that loading the package stays cheap (an Intl.Collator alone costs milliseconds). */
let searchIndex;
let collator;

function buildSearchIndex() {
  return terms.map((term) => {
    const aliases = [...term.aliases, ...(term.abbreviation ? [term.abbreviation] : [])];
    return {
      term,
      id: term.id,
      label: normalize(term.term),
      aliases: aliases.map(normalize),
      nameWords: words([term.term, ...aliases].join(' ')),
      definitionWords: words(term.shortDefinition),
    };
  });
}

/** Ranks one term: 6 exact label or id, 5 exact alias, 4 label prefix, 3 alias prefix, 2 name words, 1 definition words, 0 no match. */
function rank(entry, query, queryWords) {
  if (entry.label === query || entry.id === query) return 6;
  if (entry.aliases.includes(query)) return 5;
  if (entry.label.startsWith(query)) return 4;
  if (entry.aliases.some((alias) => alias.startsWith(query))) return 3;
  if (queryWords.length === 0) return 0;
  const matches = (list) => queryWords.every((word) => list.some((candidate) => candidate.startsWith(word)));
  if (matches(entry.nameWords)) return 2;
  if (matches(entry.definitionWords)) return 1;
  return 0;
}

function searchTerms(query, options) {
  if (typeof query !== 'string') throw new TypeError('searchTerms: expected the query as a string, got ' + describe(query));
  const limit = options === undefined || options.limit === undefined ? DEFAULT_LIMIT : options.limit;
  if (!(limit === Infinity || (Number.isInteger(limit) && limit >= 0))) {
    throw new RangeError('searchTerms: options.limit must be a whole number >= 0 or Infinity, got ' + String(limit));
  }
  const normalized = normalize(query);
  if (normalized === '' || limit === 0) return Object.freeze([]);
  const queryWords = words(normalized);
  searchIndex ??= buildSearchIndex();
  collator ??= new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const hits = [];
  for (const entry of searchIndex) {
    const score = rank(entry, normalized, queryWords);
    if (score > 0) hits.push({ score, term: entry.term });
  }
  hits.sort((a, b) => b.score - a.score || collator.compare(a.term.term, b.term.term) || (a.term.id < b.term.id ? -1 : 1));
  return Object.freeze(hits.slice(0, limit).map((hit) => hit.term));
}

exports.version = version;
exports.terms = terms;
exports.categories = categories;
exports.comparisons = comparisons;
exports.getTerm = getTerm;
exports.searchTerms = searchTerms;
exports.getRelated = getRelated;
exports.getTermsByCategory = getTermsByCategory;
`;

/** The names `index.cjs` exports, in order; `index.js` and the declarations list the same. */
export const API_EXPORTS = [
  'version', 'terms', 'categories', 'comparisons', 'getTerm', 'searchTerms', 'getRelated', 'getTermsByCategory',
] as const;
