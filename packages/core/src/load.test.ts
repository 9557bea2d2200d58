import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Glossary } from './glossary.js';
import { loadGlossary } from './load.js';

const mini = fileURLToPath(new URL('../test/fixtures/mini', import.meta.url));
const content = fileURLToPath(new URL('../../../content', import.meta.url));

describe('loadGlossary on the mini fixture', () => {
  let g: Glossary;
  beforeAll(async () => {
    const result = await loadGlossary(mini);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    g = result.glossary!;
  });

  it('sorts terms by id and categories by order', () => {
    expect(g.terms.map((t) => t.id)).toEqual(['alpha', 'beta', 'delta-rtl', 'gamma-star']);
    expect(g.categories.map((c) => c.id)).toEqual(['basics', 'edge-cases', 'empty']);
  });

  it('derives inverse relations', () => {
    expect(g.relations.get('alpha')).toEqual({ broader: [], narrower: ['beta'], related: ['gamma-star'], contrasts: ['delta-rtl'], mitigates: [], mitigatedBy: [] });
    expect(g.relations.get('beta')?.mitigatedBy).toEqual(['gamma-star']);
    expect(g.relations.get('gamma-star')?.mitigates).toEqual(['beta']);
    expect(g.relations.get('delta-rtl')?.contrasts).toEqual(['alpha']);
  });

  it('resolves books: empty categories are dropped, neighbours become an appendix', () => {
    const all = g.books.find((b) => b.id === 'all')!;
    expect(all.chapters.map((c) => c.id)).toEqual(['basics', 'edge-cases']);
    const small = g.books.find((b) => b.id === 'small')!;
    expect(small.chapters).toEqual([{ id: 'only', title: 'The only chapter', terms: ['beta'] }]);
    expect([...small.appendix].sort()).toEqual(['alpha', 'gamma-star']);
    expect(all.siteUrl).toBe('https://example.org/glossary');
  });

  it('indexes comparisons, diagrams and names', () => {
    expect(g.comparisonsByTerm.get('alpha')).toEqual(['alpha-vs-beta']);
    expect(g.diagramsByTerm.get('beta')).toEqual(['chain']);
    expect(g.lookup.get('first letter')).toBe('alpha');
    expect(g.lookup.get('γ-star')).toBe('gamma-star');
  });

  it('is deeply frozen', () => {
    const alpha = g.termsById.get('alpha')!;
    expect(Object.isFrozen(g)).toBe(true);
    expect(Object.isFrozen(alpha.relations.related)).toBe(true);
    expect(Object.isFrozen(alpha.explanation.children[0])).toBe(true);
    expect(() => (alpha.aliases as string[]).push('x')).toThrow(TypeError);
  });

  it('keeps awkward labels intact', () => {
    expect(g.termsById.get('gamma-star')?.term).toBe('a*b_c | `γ` 🚀');
    expect(g.termsById.get('delta-rtl')?.term).toBe('דלתא');
  });
});

describe('the real content', () => {
  it('validates with no errors and no warnings, and meets the size floor', async () => {
    const result = await loadGlossary(content);
    expect(result.diagnostics).toEqual([]);
    const g = result.glossary!;
    expect(g.terms.length).toBeGreaterThanOrEqual(80);
    expect(g.comparisons.length).toBeGreaterThanOrEqual(4);
    expect(g.diagrams.length).toBeGreaterThanOrEqual(2);
    expect(g.books.map((b) => b.id)).toEqual(expect.arrayContaining(['full', 'primer']));
  });

  it('covers every concept named in the project brief', async () => {
    const g = (await loadGlossary(content)).glossary!;
    const required = [
      'alignment', 'outer-alignment', 'inner-alignment', 'objective-specification', 'proxy-metric', 'proxy-gaming', 'reward-design',
      'goodharts-law', 'regressional-goodhart', 'extremal-goodhart', 'causal-goodhart', 'adversarial-goodhart', 'reward-hacking',
      'specification-gaming', 'reward-modeling', 'reward-tampering', 'goal-misgeneralization', 'distributional-shift',
      'out-of-distribution-behavior', 'deceptive-alignment', 'strategic-compliance', 'proxy-internalization', 'mesa-optimization',
      'mesa-optimizer', 'base-optimizer', 'mesa-objective', 'pseudo-alignment', 'objective-robustness', 'capability-alignment-gap',
      'superalignment', 'interpretability', 'mechanistic-interpretability', 'transparency', 'oversight', 'scalable-oversight',
      'capability-control', 'limiting-autonomy', 'adversarial-testing', 'multi-objective-evaluation', 'corrigibility',
      'epistemic-opacity', 'self-deception', 'second-order-preferences', 'commitment-devices', 'reflective-equilibrium',
      'instrumental-convergence', 'power-seeking', 'orthogonality-thesis', 'treacherous-turn', 'situational-awareness', 'sycophancy',
      'alignment-faking', 'sandbagging', 'gradient-hacking', 'rlhf', 'constitutional-ai', 'debate', 'iterated-amplification',
      'eliciting-latent-knowledge', 'weak-to-strong-generalization', 'ai-control', 'value-learning', 'inverse-reinforcement-learning',
      'cooperative-inverse-reinforcement-learning', 'emergent-misalignment', 'circuits', 'superposition', 'sparse-autoencoders',
      'probing', 'activation-steering', 'dangerous-capability-evaluations',
    ];
    expect(required.filter((id) => !g.termsById.has(id))).toEqual([]);
    expect(g.lookup.get('red teaming')).toBe('adversarial-testing');
  });
});
