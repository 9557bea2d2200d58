// Builds Glossary-shaped objects without parsing or validating anything: for tests (hostile content, edits) and
// for the benchmark (thousands of synthetic terms). Not shipped.

const INVERSE = { broader: 'narrower', related: 'related', contrasts: 'contrasts', mitigates: 'mitigatedBy' };
const KINDS = ['broader', 'narrower', 'related', 'contrasts', 'mitigates', 'mitigatedBy'];

/** @param {string} a @param {string} b */
const byLabel = (a, b) => a.localeCompare(b, 'en');

/**
 * A Glossary from a small spec: derived maps (termsById, relations with inverses, termsByCategory,
 * comparisonsByTerm, resolved books) are computed here the way core computes them.
 *
 * @param {import('./make-glossary.d.mts').GlossarySpec} spec
 * @returns {import('@alignment-glossary/core').Glossary}
 */
export function makeGlossary(spec) {
  const config = {
    title: 'Test Glossary', description: 'A glossary built in a test.', language: 'en',
    siteUrl: 'https://example.org/glossary', iriBase: 'https://example.org/glossary/terms/', license: 'CC-BY-4.0',
    ...spec.config,
  };
  const terms = spec.terms
    .map((t) => ({
      aliases: [], status: 'stable', formerIds: [], examples: [], faq: [], sources: [],
      explanation: { type: 'root', children: [] }, explanationText: '', file: `terms/${t.id}.md`, contentHash: '',
      ...t,
      relations: { broader: [], related: [], contrasts: [], mitigates: [], ...t.relations },
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const termsById = new Map(terms.map((t) => [t.id, t]));
  const relations = new Map(terms.map((t) => [t.id, Object.fromEntries(KINDS.map((k) => [k, new Set()]))]));
  const edges = [];
  for (const t of terms) {
    for (const kind of Object.keys(INVERSE)) {
      for (const to of t.relations[kind]) {
        relations.get(t.id)[kind].add(to);
        relations.get(to)?.[INVERSE[kind]].add(t.id);
        edges.push({ from: t.id, kind, to });
      }
    }
  }
  const sortedRelations = new Map(
    [...relations].map(([id, r]) => [id, Object.fromEntries(KINDS.map((k) => [k, [...r[k]].sort()]))]),
  );
  const categories = [...spec.categories].sort((a, b) => a.order - b.order);
  const termsByCategory = new Map(categories.map((c) => [c.id, []]));
  for (const t of terms) termsByCategory.get(t.category)?.push(t.id);
  for (const list of termsByCategory.values()) list.sort((a, b) => byLabel(termsById.get(a).term, termsById.get(b).term));
  const comparisons = [...(spec.comparisons ?? [])].sort((a, b) => (a.id < b.id ? -1 : 1));
  const comparisonsByTerm = new Map();
  for (const c of comparisons) for (const id of c.terms) comparisonsByTerm.set(id, [...(comparisonsByTerm.get(id) ?? []), c.id]);
  const books = (spec.books ?? []).map((b) => ({
    siteUrl: config.siteUrl, appendix: [], ...b,
    chapters: b.chapters.map((c) => ('category' in c && c.category
      ? { id: c.category, title: categories.find((k) => k.id === c.category)?.title ?? c.category, category: c.category, terms: termsByCategory.get(c.category) ?? [] }
      : c)),
  }));
  const lookup = new Map();
  for (const t of terms) for (const alias of t.aliases) lookup.set(alias.toLowerCase(), t.id);
  return {
    config, terms, termsById, lookup, categories, termsByCategory, comparisons, diagrams: [], books,
    relations: sortedRelations, edges, comparisonsByTerm, diagramsByTerm: new Map(),
  };
}

const WORDS = ('alignment objective reward model training signal proxy behaviour optimizer inner outer goal policy '
  + 'distribution oversight evaluation capability system learned gradient human feedback preference specification').split(' ');

/** Deterministic filler text of about `chars` characters, varied by `seed` (a flat string, like parsed text). */
function filler(seed, chars) {
  const words = [];
  for (let i = 0, length = -1; length < chars; i++) {
    const word = WORDS[(seed * 7 + i * 13 + (i >> 3)) % WORDS.length];
    words.push(word);
    length += word.length + 1;
  }
  return words.join(' ');
}

/** An explanation of about 2 KB of text: three paragraphs, each with a `term:` link and a web link. */
function explanation(i, n) {
  const paragraph = (k) => ({
    type: 'paragraph',
    children: [
      { type: 'text', value: `${filler(i + k, 300)} ` },
      { type: 'link', url: `term:term-${(i + k + 1) % n}`, children: [{ type: 'text', value: `term ${(i + k + 1) % n}` }] },
      { type: 'text', value: ` ${filler(i + k + 5, 300)} ` },
      { type: 'link', url: `https://example.org/paper/${i}-${k}`, children: [{ type: 'text', value: 'a paper' }] },
      { type: 'text', value: '.' },
    ],
  });
  return { type: 'root', children: [paragraph(0), paragraph(1), paragraph(2)] };
}

/**
 * A synthetic glossary of `n` terms with realistic sizes: ~2 KB explanation, 2 FAQ entries, 3 relations, one
 * source; 10 categories; a comparison for every 50 terms; one book with a chapter per category.
 *
 * @param {number} n the number of terms.
 * @returns {import('@alignment-glossary/core').Glossary}
 */
export function syntheticGlossary(n) {
  const categories = Array.from({ length: 10 }, (_, i) => ({ id: `category-${i}`, title: `Category ${i}`, description: filler(i, 120), order: i }));
  const terms = Array.from({ length: n }, (_, i) => ({
    id: `term-${i}`,
    term: `Term ${i} ${WORDS[i % WORDS.length]}`,
    aliases: [`alias ${i}`],
    shortDefinition: filler(i, 200),
    category: `category-${i % 10}`,
    relations: { broader: i > 0 ? [`term-${Math.floor(i / 2)}`] : [], related: [`term-${(i + 1) % n}`], contrasts: [`term-${(i + 7) % n}`], mitigates: [] },
    examples: [{ title: `Example ${i}`, text: filler(i + 3, 250) }],
    faq: [{ question: `What is term ${i}?`, answer: filler(i + 1, 200) }, { question: `Why does term ${i} matter?`, answer: filler(i + 2, 200) }],
    sources: [{ title: `Paper ${i}`, authors: ['A. Author', 'B. Author'], year: 2020, kind: 'paper', url: `https://example.org/papers/${i}` }],
    explanation: explanation(i, n),
  }));
  const comparisons = Array.from({ length: Math.floor(n / 50) }, (_, k) => ({
    id: `comparison-${k}`, title: `Comparison ${k}`, terms: [`term-${k * 50}`, `term-${k * 50 + 1}`],
    rows: [0, 1, 2].map((r) => ({ aspect: `Aspect ${r}`, values: { [`term-${k * 50}`]: filler(k + r, 40), [`term-${k * 50 + 1}`]: filler(k + r + 9, 40) } })),
  }));
  const books = [{ id: 'synthetic', title: 'Synthetic', description: 'Every synthetic term.', chapters: categories.map((c) => ({ category: c.id })) }];
  return makeGlossary({ categories, terms, comparisons, books });
}
