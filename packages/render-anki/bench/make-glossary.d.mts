import type { Book, Category, Comparison, Glossary, GlossaryConfig, Term } from '@alignment-glossary/core';

/** A term as the spec gives it: id, label, definition and category are required, the rest defaults. */
export type TermSpec = Pick<Term, 'id' | 'term' | 'shortDefinition' | 'category'> &
  Partial<Omit<Term, 'id' | 'term' | 'shortDefinition' | 'category' | 'relations'>> & {
    relations?: Partial<Term['relations']>;
  };

/** A book as the spec gives it: chapters are term lists or whole categories. */
export interface BookSpec extends Partial<Pick<Book, 'siteUrl' | 'appendix'>> {
  id: string;
  title: string;
  description: string;
  chapters: ({ id: string; title: string; description?: string; terms: readonly string[] } | { category: string })[];
}

export interface GlossarySpec {
  config?: Partial<GlossaryConfig>;
  categories: Category[];
  terms: TermSpec[];
  comparisons?: Comparison[];
  books?: BookSpec[];
}

/** A Glossary built from a spec, with the derived maps computed as core computes them. */
export function makeGlossary(spec: GlossarySpec): Glossary;

/** A synthetic glossary of `n` terms with realistic sizes (benchmark input). */
export function syntheticGlossary(n: number): Glossary;
