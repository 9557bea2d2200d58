// Writes a synthetic, valid content folder of any size for the benchmarks (scripts/bench.mjs).
//
// The content is shaped like the real glossary: ~2.2 KB Markdown bodies with term: links, a list, now and then a
// GFM table; 2–3 authored relations per term (one "broader" to an earlier term, so the graph is a connected tree
// without cycles, plus one or two links to earlier terms, so no pair is written from both sides), 1–2 examples,
// 2 FAQs, 2 sources with URLs, 8 categories, comparisons, diagrams, and two books (the full one by category and a
// small primer with a neighbours appendix). Everything comes from a seeded PRNG: same size and seed, same bytes.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** mulberry32: a small, fast, seedable PRNG. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ADJECTIVES = `adaptive latent robust implicit explicit emergent deceptive corrigible scalable myopic recursive distributed
adversarial causal spurious learned specified instrumental terminal reflective sparse dense hidden visible
stochastic greedy delegated bounded unbounded partial global local sequential strategic cooperative competitive
iterated amortized calibrated brittle durable transient hierarchical modular monolithic supervised unsupervised
offline online contrastive generative discriminative interpretable opaque aligned misaligned`.split(/\s+/);
const NOUNS = `reward proxy objective policy gradient optimizer model agent signal feedback oversight preference value
goal memory circuit feature probe steering debate amplification evaluation audit constraint penalty shield
tripwire sandbox monitor critic planner verifier curriculum dataset benchmark representation activation
attention channel horizon budget incentive heuristic ontology abstraction simulator environment protocol
escrow consensus rubric ledger`.split(/\s+/);
const PHENOMENA = `drift collapse leakage hacking gaming tampering shift misgeneralization inflation erosion capture
decay lock-in amplification masking overreach underreach alignment divergence coupling saturation`.split(/\s+/);
const FILLER = `the a model training system behaviour objective when which under data signal designers often can may
must should operators evaluation deployment environment shows that this differs from its neighbours because
learning process measure intended goal outcome reward distribution inputs outputs capability oversight
researchers observe practice approach method failure risk mitigation setting agent policy
before after during while although however therefore typically rarely occasionally strongly weakly
large small new old simple complex specific general internal external stated hidden`.split(/\s+/);

const CATEGORIES = [
  ['foundations', 'Foundations'], ['failure-modes', 'Failure modes'], ['learned-optimization', 'Learned optimization'],
  ['oversight', 'Oversight'], ['evaluation', 'Evaluation'], ['interpretability', 'Interpretability'],
  ['governance', 'Governance'], ['agency-philosophy', 'Agency and philosophy'],
];

const cap = (s) => s[0].toUpperCase() + s.slice(1);
const q = (s) => JSON.stringify(s); // a JSON string is a valid YAML double-quoted scalar

/** The term labels: unique adjective–noun–phenomenon triples, shuffled by the seed. */
function labels(n, rand) {
  const out = new Set();
  while (out.size < n) {
    const pick = (list) => list[Math.floor(rand() * list.length)];
    out.add(`${cap(pick(ADJECTIVES))} ${pick(NOUNS)} ${pick(PHENOMENA)}`);
  }
  return [...out];
}

const kebab = (label) => label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function sentence(rand, words, extra = []) {
  const parts = [];
  for (let i = 0; i < words; i++) parts.push(FILLER[Math.floor(rand() * FILLER.length)]);
  for (const e of extra) parts.splice(1 + Math.floor(rand() * (parts.length - 1)), 0, e);
  return `${cap(parts.join(' '))}.`;
}

function paragraph(rand, sentences, extra = []) {
  const out = [];
  for (let i = 0; i < sentences; i++) out.push(sentence(rand, 9 + Math.floor(rand() * 8), i === 0 ? extra : []));
  return out.join(' ');
}

/** Wraps text at ~100 columns like the real content (keeps term: links whole). */
function wrap(text) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > 100) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/**
 * Generates the content of a glossary with `n` terms (n ≥ 20) as a Map of relative path → text.
 * @param {number} n
 * @param {number} [seed]
 */
export function generateContent(n, seed = 1) {
  if (n < 20) throw new Error('generateContent needs at least 20 terms');
  const rand = prng(seed);
  const files = new Map();
  const names = labels(n, rand);
  const ids = names.map(kebab);
  const pickEarlier = (i, avoid) => {
    for (let tries = 0; tries < 20; tries++) {
      const j = Math.floor(rand() * i);
      if (!avoid.has(j)) return j;
    }
    return undefined;
  };
  const link = (j) => `[${names[j].toLowerCase()}](term:${ids[j]})`;

  files.set('glossary.yaml', `title: Synthetic Glossary (${n} terms)
description: >-
  A generated glossary shaped like the real one, for benchmarks.
language: en
siteUrl: https://bench.example.org
iriBase: https://bench.example.org/terms/
license: CC-BY-4.0
`);
  CATEGORIES.forEach(([id, title], order) => {
    files.set(`categories/${id}.yaml`, `id: ${id}\ntitle: ${title}\ndescription: >-\n  ${paragraph(rand, 2)}\norder: ${order + 1}\n`);
  });

  const deprecated = new Set();
  const parentOf = [];
  for (let i = 0; i < n; i++) {
    const id = ids[i];
    const label = names[i];
    const relations = { broader: [], related: [], contrasts: [], mitigates: [] };
    const used = new Set();
    const picked = [];
    if (i > 0) {
      const parent = Math.floor(rand() * i);
      parentOf[i] = parent;
      picked.push(parent);
      relations.broader.push(ids[parent]);
      // Other relations never point at an ancestor (SKOS S27: related is disjoint from broader-transitive).
      for (let a = parent; a !== undefined; a = parentOf[a]) used.add(a);
      const extra = i < 3 ? 0 : 1 + (rand() < 0.4 ? 1 : 0);
      for (let k = 0; k < extra; k++) {
        const j = pickEarlier(i, used);
        if (j === undefined) continue;
        used.add(j);
        picked.push(j);
        const r = rand();
        (r < 0.6 ? relations.related : r < 0.85 ? relations.contrasts : relations.mitigates).push(ids[j]);
      }
    }
    // Every 97th term past the first hundred is deprecated in favour of its broader term.
    const isDeprecated = i > 100 && i % 97 === 0;
    if (isDeprecated) deprecated.add(i);
    const status = isDeprecated ? 'deprecated' : i % 20 === 7 ? 'draft' : 'stable';
    const words = label.toLowerCase().split(' ');
    const linkTargets = picked.slice(0, 3);
    while (linkTargets.length < 4) linkTargets.push(Math.floor(rand() * n));
    const rel = Object.entries(relations).filter(([, v]) => v.length).map(([k, v]) => `  ${k}: [${v.join(', ')}]`).join('\n');
    const example = (k) => `  - title: ${q(`${cap(words[2])} case ${k + 1}`)}\n    text: >-\n${indent(wrap(paragraph(rand, 3, [label.toLowerCase()])), 6)}`;
    const faq = (k) => `  - question: ${q(`${k ? 'How is' : 'When does'} ${label.toLowerCase()} ${k ? 'different from its neighbours' : 'matter'}?`)}\n    answer: >-\n${indent(wrap(paragraph(rand, 3)), 6)}`;
    const source = (k) => `  - title: ${q(`On ${label.toLowerCase()}, part ${k + 1}`)}
    authors: [${['Ada Byron', 'Alan Turing', 'Grace Hopper', 'Edsger Dijkstra', 'Barbara Liskov'].slice(k, k + 2 + (i % 3)).join(', ')}]
    year: ${2010 + ((i + k) % 15)}
    kind: ${k ? 'article' : 'paper'}
${k ? '' : '    venue: Synthetic Workshop\n'}    url: https://example.org/${k ? 'articles' : 'papers'}/${id}-${k + 1}`;
    const front = [
      '---',
      `id: ${id}`,
      `term: ${label}`,
      ...(i % 4 === 1 ? [`aliases: [${q(`${words[2]} of ${words[0]} ${words[1]}`)}]`] : []),
      ...(i % 10 === 3 ? [`abbreviation: ${words.map((w) => w[0].toUpperCase()).join('')}${i}`] : []),
      `shortDefinition: >-\n${indent(wrap(`The ${words[2]} of a ${words[1]} that is ${words[0]}, seen when ${sentence(rand, 12).toLowerCase().slice(0, -1)}.`), 2)}`,
      `category: ${CATEGORIES[i % CATEGORIES.length][0]}`,
      `status: ${status}`,
      ...(isDeprecated ? [`replacedBy: ${relations.broader[0]}`] : []),
      ...(rel ? [`relations:\n${rel}`] : []),
      `examples:\n${Array.from({ length: 1 + (i % 2) }, (_, k) => example(k)).join('\n')}`,
      `faq:\n${[0, 1].map(faq).join('\n')}`,
      `sources:\n${[0, 1].map(source).join('\n')}`,
      '---',
    ].join('\n');
    const body = [
      wrap(paragraph(rand, 4, [`*${label.toLowerCase()}*`, link(linkTargets[0])])),
      wrap(paragraph(rand, 4, [link(linkTargets[1])])),
      '## In practice',
      wrap(paragraph(rand, 3, ['`metric`'])),
      [`- ${sentence(rand, 8, [link(linkTargets[2])])}`, `- ${sentence(rand, 10)}`, `- ${sentence(rand, 9, [link(linkTargets[3])])}`].join('\n'),
      ...(i % 10 === 0 ? ['| aspect | this term | its neighbour |\n|---|---|---|\n| focus | the signal | the goal |\n| failure | silent | visible |'] : []),
      wrap(paragraph(rand, 5)),
    ].join('\n\n');
    files.set(`terms/${id}.md`, `${front}\n\n${body}\n`);
  }

  const live = ids.map((_, i) => i).filter((i) => !deprecated.has(i));
  const comparisons = Math.max(5, Math.floor(n / 200));
  for (let c = 0; c < comparisons; c++) {
    const a = live[(c * 7919) % live.length], b = live[(c * 7919 + 13) % live.length];
    const id = `${ids[a]}-vs-${ids[b]}`.slice(0, 80).replace(/-+$/, '');
    const rows = ['Focus', 'Failure type', 'Detection'].map((aspect) => `  - aspect: ${aspect}\n    values:\n      ${ids[a]}: ${paragraph(rand, 1).slice(0, 200)}\n      ${ids[b]}: ${paragraph(rand, 1).slice(0, 200)}`);
    files.set(`comparisons/${id}.yaml`, `id: ${id}\ntitle: ${q(`${names[a]} vs ${names[b].toLowerCase()}`)}\ndescription: >-\n  ${paragraph(rand, 2)}\nterms: [${ids[a]}, ${ids[b]}]\nrows:\n${rows.join('\n')}\n`);
  }
  const diagrams = Math.max(3, Math.floor(n / 333));
  for (let d = 0; d < diagrams; d++) {
    const members = [0, 1, 2, 3].map((k) => live[(d * 104729 + k * 31) % live.length]);
    const nodes = members.map((t, k) => `  - id: node-${k + 1}\n    label: ${q(names[t])}${k < 3 ? `\n    term: ${ids[t]}` : ''}`);
    const edges = [1, 2, 3].map((k) => `  - from: node-${k}\n    to: node-${k + 1}${k === 2 ? '\n    label: drives' : ''}`);
    files.set(`diagrams/diagram-${d + 1}.yaml`, `id: diagram-${d + 1}\ntitle: ${q(`How ${names[members[0]].toLowerCase()} unfolds`)}\ndirection: ${d % 2 ? 'LR' : 'TB'}\nnodes:\n${nodes.join('\n')}\nedges:\n${edges.join('\n')}\n`);
  }

  files.set('books/full.yaml', `id: full\ntitle: Synthetic Glossary\ndescription: Every term, chapter by chapter.\nappendix: none\nchapters:\n${CATEGORIES.map(([c]) => `  - category: ${c}`).join('\n')}\n`);
  const primer = [0, 1, 2, 3].map((ch) => `  - id: part-${ch + 1}\n    title: Part ${ch + 1}\n    terms: [${live.slice(ch * 5, ch * 5 + 5).map((i) => ids[i]).join(', ')}]`);
  files.set('books/primer.yaml', `id: primer\ntitle: A synthetic primer\ndescription: Twenty terms and their neighbours.\nappendix: neighbours\nchapters:\n${primer.join('\n')}\n`);
  return files;
}

function indent(text, spaces) {
  const pad = ' '.repeat(spaces);
  return text.split('\n').map((l) => pad + l).join('\n');
}

/** Writes the generated content into `dir` (replacing it), optionally in a given file order. */
export async function writeContent(dir, files, order = [...files.keys()]) {
  await rm(dir, { recursive: true, force: true });
  for (const sub of ['terms', 'categories', 'comparisons', 'diagrams', 'books']) await mkdir(path.join(dir, sub), { recursive: true });
  for (const file of order) await writeFile(path.join(dir, file), files.get(file));
}
