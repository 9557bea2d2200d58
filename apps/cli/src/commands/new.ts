import { Id, readContent } from '@alignment-glossary/core';
import { access, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { stringify } from 'yaml';
import { UsageError, type Options } from '../cli.js';
import { displayDir } from './shared.js';

/** The label a kebab-case id suggests: `goal-misgeneralization` → `Goal misgeneralization`. */
export function labelFromId(id: string): string {
  const words = id.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The text of a new term file: valid front matter, a draft status and an explanation to replace. */
export function scaffoldTerm(id: string, label: string, category: string): string {
  const frontmatter = {
    id,
    term: label,
    aliases: [],
    shortDefinition: `TODO: one or two plain sentences (at most 280 characters) that define ${label}.`,
    category,
    status: 'draft',
    relations: { broader: [], related: [], contrasts: [], mitigates: [] },
    examples: [{ title: 'TODO: a concrete case', text: 'TODO: one short paragraph describing a real or standard example.' }],
    faq: [{ question: `TODO: a question a learner would ask about ${label}?`, answer: 'TODO: a short, precise answer.' }],
    sources: [],
  };
  return `---\n# Schema and rules: content/README.md. Run "npx glossary validate" after editing.\n${stringify(frontmatter, { lineWidth: 0 })}---\n\nTODO: 120–400 words in your own words: what ${label} is, why it matters, and how it differs from its neighbours.\nLink other terms like this: [inner alignment](term:inner-alignment).\n`;
}

/** `glossary new <id> [--term label] [--category id] [--content dir]` */
export async function newCommand(positionals: readonly string[], options: Options): Promise<number> {
  const dir = options.content ?? 'content';
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  let [id] = positionals;
  if (positionals.length > 1) throw new UsageError('expected one id, e.g. "glossary new reward-tampering"');
  const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
  try {
    if (!id && rl) id = (await rl.question('Term id (kebab-case, e.g. reward-tampering): ')).trim();
    if (!id) throw new UsageError('missing the term id, e.g. "glossary new reward-tampering"');
    const valid = Id.safeParse(id);
    if (!valid.success) throw new UsageError(`"${id}" is not a valid id: ${valid.error.issues[0]?.message ?? 'invalid'}`);

    const content = await readContent(dir);
    const categories = content.categories.flatMap((c) => (c.data ? [c.data.id] : [])).sort();
    for (const t of content.terms) {
      const fm = t.term?.frontmatter;
      const names: string[] = fm ? [fm.id, ...fm.formerIds, ...fm.aliases.map((a) => a.toLowerCase()), fm.term.toLowerCase()] : [t.file.slice(6, -3)];
      const wanted = id;
      if (names.includes(wanted) || (fm && fm.aliases.some((a) => a.toLowerCase() === wanted.replace(/-/g, ' ')))) {
        console.error(`glossary: "${id}" is already taken by ${displayDir(dir)}/${t.file}${fm && fm.id !== id ? ` (as an alias or former id of "${fm.id}")` : ''}.\nEdit that term instead, or choose another id.`);
        return 1;
      }
    }
    let label = options.term;
    if (!label && rl) label = (await rl.question(`Label [${labelFromId(id)}]: `)).trim() || undefined;
    label ??= labelFromId(id);
    let category = options.category;
    if (!category && rl) category = (await rl.question(`Category (${categories.join(', ')}): `)).trim();
    if (!category) throw new UsageError(`missing --category; one of: ${categories.join(', ')}`);
    if (!categories.includes(category)) throw new UsageError(`unknown category "${category}"; one of: ${categories.join(', ')}`);

    const file = path.join(dir, 'terms', `${id}.md`);
    try {
      await access(file);
      console.error(`glossary: ${file} already exists.`);
      return 1;
    } catch {
      // does not exist: good
    }
    await writeFile(file, scaffoldTerm(id, label, category), { flag: 'wx' });
    console.log(`created ${displayDir(file)} (status: draft)\nNext: fill in the TODOs, add relations and a source, then run "npx glossary validate".`);
    return 0;
  } finally {
    rl?.close();
  }
}
