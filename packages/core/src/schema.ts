/**
 * The canonical schema of the Alignment Glossary, in zod 4.
 *
 * Each schema has a TypeScript type of the same name inferred from it. The schemas check one file at a time;
 * rules that span files (unknown relation targets, duplicate aliases, `broader` cycles, …) live in
 * `validate.ts`.
 */
import * as z from 'zod';

/** Kebab-case identifier: the stable key of a term, category, comparison, diagram or book. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: 'must be kebab-case: lower-case letters and digits separated by single hyphens, e.g. "goal-misgeneralization"',
  })
  .max(80, { message: 'must be at most 80 characters' })
  .meta({ description: 'Kebab-case identifier, e.g. "inner-alignment". Never reused or changed.' });
export type Id = z.infer<typeof Id>;

/**
 * No C0/C1 control characters except tab and line breaks. YAML escapes ("\u001f", "\0") can put them in a
 * string; they are never meant in plain text, and some break outputs (U+001F separates Anki fields).
 */
const NO_CONTROL_CHARACTERS = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]*$/;

/** Plain text: trimmed, not empty, no control characters. */
const plainText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .min(1, { message: `${what} must not be empty` })
    .max(max, { message: `${what} must be at most ${max} characters` })
    .regex(NO_CONTROL_CHARACTERS, { message: `${what} must not contain control characters (only tabs and line breaks)` });

/** The relation kinds an author writes. Each is written once, on one of the two terms. */
export const AUTHORED_RELATION_KINDS = ['broader', 'related', 'contrasts', 'mitigates'] as const;
export type AuthoredRelationKind = (typeof AUTHORED_RELATION_KINDS)[number];

/** All relation kinds, authored and derived. */
export const RELATION_KINDS = ['broader', 'narrower', 'related', 'contrasts', 'mitigates', 'mitigatedBy'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** The inverse of each relation kind; symmetric kinds are their own inverse. */
export const INVERSE_RELATION: Readonly<Record<RelationKind, RelationKind>> = {
  broader: 'narrower',
  narrower: 'broader',
  related: 'related',
  contrasts: 'contrasts',
  mitigates: 'mitigatedBy',
  mitigatedBy: 'mitigates',
};

/** Human-readable headings for relation kinds, used by every renderer. */
export const RELATION_LABELS: Readonly<Record<RelationKind, string>> = {
  broader: 'Broader',
  narrower: 'Narrower',
  related: 'Related',
  contrasts: 'Contrasts with',
  mitigates: 'Mitigates',
  mitigatedBy: 'Mitigated by',
};

/** What each relation kind means; also shipped in the JSON Schema and the JSON-LD vocabulary. */
export const RELATION_DESCRIPTIONS: Readonly<Record<RelationKind, string>> = {
  broader: 'This term is a kind, case or part of the target term.',
  narrower: 'The target term is a kind, case or part of this term (derived from the target\'s "broader").',
  related: 'The two terms are closely connected, and neither contains the other (symmetric).',
  contrasts: 'The two terms are often confused with, or defined against, each other (symmetric).',
  mitigates: 'This practice or technique reduces the risk named by the target term.',
  mitigatedBy: 'The target practice or technique reduces the risk named by this term (derived from "mitigates").',
};

const idList = (kind: AuthoredRelationKind) =>
  z.array(Id).default([]).meta({ description: RELATION_DESCRIPTIONS[kind] });

export const Relations = z
  .strictObject({
    broader: idList('broader'),
    related: idList('related'),
    contrasts: idList('contrasts'),
    mitigates: idList('mitigates'),
  })
  .meta({ description: 'Typed relations, written once; core derives the inverses (narrower, mitigatedBy).' });
export type Relations = z.infer<typeof Relations>;

export const Example = z.strictObject({
  title: plainText(120, 'an example title'),
  text: plainText(1200, 'an example text'),
});
export type Example = z.infer<typeof Example>;

export const Faq = z.strictObject({
  question: plainText(200, 'a question'),
  answer: plainText(1200, 'an answer'),
});
export type Faq = z.infer<typeof Faq>;

export const SOURCE_KINDS = ['paper', 'article', 'book', 'talk', 'post'] as const;

const HttpUrl = z
  .string()
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
      } catch {
        return false;
      }
    },
    { message: 'must be an absolute http(s) URL, e.g. "https://arxiv.org/abs/1906.01820"' },
  )
  .meta({ description: 'An absolute http(s) URL.' });

export const Source = z.strictObject({
  title: plainText(300, 'a source title'),
  authors: z.array(plainText(120, 'an author')).min(1, { message: 'a source needs at least one author' }),
  year: z
    .number({ message: 'must be a year such as 2019' })
    .int({ message: 'must be a whole year such as 2019' })
    .min(1600, { message: 'must be a year after 1600' })
    .max(2100, { message: 'must be a year before 2100' }),
  kind: z.enum(SOURCE_KINDS, { message: `must be one of: ${SOURCE_KINDS.join(', ')}` }),
  venue: plainText(200, 'a venue').optional(),
  url: HttpUrl.optional(),
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/, { message: 'must be a bare DOI such as "10.23915/distill.00024.001" (no https://doi.org/ prefix)' })
    .optional(),
});
export type Source = z.infer<typeof Source>;

export const STATUSES = ['draft', 'stable', 'deprecated'] as const;
export type Status = (typeof STATUSES)[number];

/** The YAML front matter of `content/terms/<id>.md`. The Markdown body is the explanation. */
export const TermFrontmatter = z
  .strictObject({
    id: Id,
    term: plainText(100, 'the term label'),
    aliases: z.array(plainText(100, 'an alias')).default([]),
    abbreviation: plainText(20, 'an abbreviation').optional(),
    shortDefinition: plainText(280, 'shortDefinition').meta({
      description: 'One or two plain-text sentences, at most 280 characters.',
    }),
    category: Id,
    status: z.enum(STATUSES, { message: `must be one of: ${STATUSES.join(', ')}` }),
    replacedBy: Id.optional(),
    formerIds: z.array(Id).default([]).meta({ description: 'Ids this term had before a rename; they stay reserved.' }),
    relations: Relations.default({ broader: [], related: [], contrasts: [], mitigates: [] }),
    examples: z.array(Example).default([]),
    faq: z.array(Faq).default([]),
    sources: z.array(Source).default([]),
  })
  .superRefine((term, ctx) => {
    if (term.status === 'deprecated' && term.replacedBy === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['status'],
        message: 'a deprecated term must name its replacement: add "replacedBy: <id>"',
      });
    }
    if (term.status !== 'deprecated' && term.replacedBy !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['replacedBy'],
        message: 'only a deprecated term has "replacedBy": set "status: deprecated" or remove the field',
      });
    }
  })
  .meta({ title: 'Alignment Glossary term', description: 'Front matter of content/terms/<id>.md' });
export type TermFrontmatter = z.infer<typeof TermFrontmatter>;

export const Category = z.strictObject({
  id: Id,
  title: plainText(80, 'a category title'),
  description: plainText(600, 'a category description'),
  order: z.number().int().min(0),
});
export type Category = z.infer<typeof Category>;

export const ComparisonRow = z.strictObject({
  aspect: plainText(80, 'an aspect'),
  values: z.record(Id, plainText(300, 'a value')),
});
export type ComparisonRow = z.infer<typeof ComparisonRow>;

export const Comparison = z.strictObject({
  id: Id,
  title: plainText(120, 'a comparison title'),
  description: plainText(800, 'a comparison description').optional(),
  terms: z.array(Id).min(2, { message: 'a comparison compares at least two terms' }),
  rows: z.array(ComparisonRow).min(1, { message: 'a comparison needs at least one row' }),
});
export type Comparison = z.infer<typeof Comparison>;

export const DiagramNode = z.strictObject({
  id: Id,
  label: plainText(80, 'a node label'),
  term: Id.optional(),
});
export type DiagramNode = z.infer<typeof DiagramNode>;

export const DiagramEdge = z.strictObject({
  from: Id,
  to: Id,
  label: plainText(80, 'an edge label').optional(),
});
export type DiagramEdge = z.infer<typeof DiagramEdge>;

export const Diagram = z.strictObject({
  id: Id,
  title: plainText(120, 'a diagram title'),
  description: plainText(800, 'a diagram description').optional(),
  direction: z.enum(['TB', 'LR']).default('TB'),
  nodes: z.array(DiagramNode).min(2, { message: 'a diagram needs at least two nodes' }),
  edges: z.array(DiagramEdge).min(1, { message: 'a diagram needs at least one edge' }),
});
export type Diagram = z.infer<typeof Diagram>;

export const BookChapterInput = z.union([
  z.strictObject({ category: Id }),
  z.strictObject({
    id: Id,
    title: plainText(120, 'a chapter title'),
    description: plainText(600, 'a chapter description').optional(),
    terms: z.array(Id).min(1, { message: 'a chapter lists at least one term' }),
  }),
]);
export type BookChapterInput = z.infer<typeof BookChapterInput>;

export const BookInput = z.strictObject({
  id: Id,
  title: plainText(120, 'a book title'),
  description: plainText(800, 'a book description'),
  siteUrl: HttpUrl.optional(),
  appendix: z.enum(['none', 'neighbours']).default('none'),
  chapters: z.array(BookChapterInput).min(1, { message: 'a book needs at least one chapter' }),
});
export type BookInput = z.infer<typeof BookInput>;

export const GlossaryConfig = z.strictObject({
  title: plainText(120, 'the glossary title'),
  description: plainText(800, 'the glossary description'),
  language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/).default('en'),
  siteUrl: HttpUrl,
  iriBase: HttpUrl,
  license: plainText(40, 'the licence'),
});
export type GlossaryConfig = z.infer<typeof GlossaryConfig>;
