import { Id, QUALITY, readContent, termJsonSchema, type ContentFiles } from '@alignment-glossary/core';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { Document, isMap, isScalar } from 'yaml';
import { UsageError, type Options } from '../cli.js';
import { displayDir } from './shared.js';

/** The label a kebab-case id suggests: `goal-misgeneralization` → `Goal misgeneralization`. */
export function labelFromId(id: string): string {
  const words = id.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The longest allowed short definition, read from the schema so the scaffold never drifts from it. */
function maxDefinitionLength(): number {
  const properties = termJsonSchema().properties as Record<string, { maxLength?: number }> | undefined;
  return properties?.shortDefinition?.maxLength ?? 280;
}

/** Comments placed above fields of the scaffold: what a first-time contributor needs at that spot. */
const FIELD_COMMENTS: Record<string, string> = {
  relations:
    ' Write each relation once, on one of the two terms (core derives the other side): broader on the narrower\n' +
    ' term, mitigates on the practice, related/contrasts on either. At least two. See CONTRIBUTING.md, "Relations".',
  sources:
    ' Real works you have checked, never invented. Each: title, authors: [..], year, kind (paper|article|book|\n' +
    ' talk|post), optional venue, and url (arXiv: https://arxiv.org/abs/<id>) and/or a bare doi (10.xxxx/...).',
};

/**
 * The text of a new term file: front matter that parses (status draft, so the quality rules only warn), a
 * `yaml-language-server` line that gives editors completion from content/schema/term.schema.json, comments at the
 * fields newcomers get wrong, and TODOs to replace.
 */
export function scaffoldTerm(id: string, label: string, category: string): string {
  const doc = new Document({
    id,
    term: label,
    aliases: [],
    shortDefinition: `TODO: one or two plain sentences (at most ${maxDefinitionLength()} characters) that define ${label.toLowerCase()} on their own.`,
    category,
    status: 'draft',
    relations: { broader: [], related: [], contrasts: [], mitigates: [] },
    examples: [{ title: 'TODO: a concrete case', text: 'TODO: one short paragraph describing a real or standard example.' }],
    faq: [{ question: `TODO: a question a learner would ask about ${label.toLowerCase()}?`, answer: 'TODO: a short, precise answer.' }],
    sources: [],
  });
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && typeof pair.key.value === 'string' && FIELD_COMMENTS[pair.key.value]) pair.key.commentBefore = FIELD_COMMENTS[pair.key.value];
    }
  }
  return [
    '---',
    '# yaml-language-server: $schema=../schema/term.schema.json',
    '# Fields: content/README.md. Style and relations: CONTRIBUTING.md. Check with "npx glossary validate".',
    doc.toString({ lineWidth: 0 }).trimEnd(),
    '---',
    '',
    `TODO: ${QUALITY.minWords}–${QUALITY.maxWords} words in your own words: what ${label.toLowerCase()} is, why it matters for alignment,`,
    'and how it differs from its neighbours. Link at least one other term with the term: scheme, e.g.',
    '`[inner alignment](term:inner-alignment)` (without the backticks).',
    '',
  ].join('\n');
}

/** Folds a name to compare ids, labels and aliases: `Goodhart's law`, `goodharts-law` → `goodhart-s-law`/`goodharts-law`. */
const fold = (name: string) => name.toLocaleLowerCase('en').replace(/['’]/g, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');

/** The term that already uses `name` (as id, former id, label, alias or abbreviation), and how. */
export function findNameOwner(content: ContentFiles, name: string): { file: string; owner: string; as: string } | undefined {
  const wanted = fold(name);
  for (const t of content.terms) {
    const fm = t.term?.frontmatter;
    if (!fm) {
      // A file that does not parse still reserves its file name.
      const id = path.basename(t.file, '.md');
      if (fold(id) === wanted) return { file: t.file, owner: id, as: 'id' };
      continue;
    }
    const names: [string, string][] = [
      [fm.id, 'id'], [fm.term, 'label'], ...fm.formerIds.map((x): [string, string] => [x, 'former id']),
      ...fm.aliases.map((x): [string, string] => [x, 'alias']), ...(fm.abbreviation ? [[fm.abbreviation, 'abbreviation'] as [string, string]] : []),
    ];
    for (const [n, as] of names) if (fold(n) === wanted) return { file: t.file, owner: fm.id, as };
  }
  return undefined;
}

/** `glossary new <id> [--term label] [--category id] [--content dir]` */
export async function newCommand(positionals: readonly string[], options: Options): Promise<number> {
  const dir = options.content ?? 'content';
  if (positionals.length > 1) throw new UsageError('expected one id, e.g. "glossary new reward-tampering"');
  let [id] = positionals;
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
  try {
    if (!id && rl) id = (await rl.question('Term id (kebab-case, e.g. reward-tampering): ')).trim();
    if (!id) throw new UsageError('missing the term id, e.g. "glossary new reward-tampering --category failure-modes"');
    const valid = Id.safeParse(id);
    if (!valid.success) throw new UsageError(`"${id}" is not a valid id: it ${valid.error.issues[0]?.message ?? 'is invalid'}`);

    const content = await readContent(dir);
    const categories = content.categories.flatMap((c) => (c.data ? [c.data.id] : [])).sort();
    if (categories.length === 0) throw new UsageError(`no categories found in ${displayDir(dir)}/categories; run this from the repository root or pass --content <dir>`);
    const refuse = (what: string, taken: { file: string; owner: string; as: string }) => {
      const whose = taken.as === 'id' && taken.owner === what ? '' : ` (the ${taken.as} of "${taken.owner}")`;
      console.error(`glossary: "${what}" is already taken by ${displayDir(path.join(dir, taken.file))}${whose}.\nEdit that term instead (add an alias there if this is another name for it), or choose another id.`);
      return 1;
    };
    const taken = findNameOwner(content, id);
    if (taken) return refuse(id, taken);

    let label = options.term?.trim();
    if (!label && rl) label = (await rl.question(`Label [${labelFromId(id)}]: `)).trim() || undefined;
    label ??= labelFromId(id);
    const labelTaken = findNameOwner(content, label);
    if (labelTaken) return refuse(label, labelTaken);

    let category = options.category;
    if (!category && rl) category = (await rl.question(`Category (${categories.join(', ')}): `)).trim();
    if (!category) throw new UsageError(`missing --category; one of: ${categories.join(', ')}`);
    if (!categories.includes(category)) throw new UsageError(`unknown category "${category}"; one of: ${categories.join(', ')}`);

    const file = path.join(dir, 'terms', `${id}.md`);
    try {
      await writeFile(file, scaffoldTerm(id, label, category), { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      console.error(`glossary: ${displayDir(file)} already exists.`);
      return 1;
    }
    console.log(
      `created ${displayDir(file)} (status: draft)\n` +
        'Next: replace the TODOs, add relations and a real source, then run "npx glossary validate" (add --watch to re-check on save).\n' +
        'When it has no warnings left, set "status: stable" and add a changeset: "npx changeset" → alignment-glossary → minor.',
    );
    return 0;
  } finally {
    rl?.close();
  }
}
