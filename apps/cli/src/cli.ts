import { parseArgs, type ParseArgsConfig } from 'node:util';
import { buildCommand } from './commands/build.js';
import { checkChangesetCommand } from './commands/check-changeset.js';
import { diffCommand } from './commands/diff.js';
import { newCommand } from './commands/new.js';
import { schemaCommand } from './commands/schema.js';
import { statsCommand } from './commands/stats.js';
import { validateCommand } from './commands/validate.js';

export const USAGE = `Usage: glossary <command> [options]

Commands:
  validate [content-dir]        check every content file; exits 1 on any error
      --format text|json        output format (default text)
      --watch                   re-validate on every save, printing what changed
  build [content-dir]           validate, then render every output format
      --out <dir>               output folder (default ./out), replaced atomically
      --only <t1,t2>            only these targets (see below)
      --book <id1,id2>          only these books (books and anki targets)
      --flat                    with one target: write its files directly into --out
  new <id>                      scaffold content/terms/<id>.md
      --term <label>            the display label (default: from the id)
      --category <id>           the category (prompted in a terminal)
      --content <dir>           the content folder (default ./content)
  stats [content-dir]           counts: terms, categories, relations, sources, …
      --format text|json
  diff <base>                   term-level changes since <base> and the semver bump they imply
                                <base>: a git ref (origin/main, HEAD~1, v1.2.0), a content folder,
                                a glossary.json, or npm:<version> of the published package
      --format text|markdown|json   markdown: a pull-request comment
      --content <dir>           the content folder to compare (default ./content)
  check-changeset               fail when content changed but no changeset releases alignment-glossary
      --base <ref>              compare with this ref (default origin/main, else main, else HEAD~1)
      --content <dir>
  schema                        print the term JSON Schema (content/schema/term.schema.json)
      --out <file>              write it to a file instead
  help                          this text

Global options:
  --no-cache                    parse every term file again (the per-file cache lives in .glossary-cache/)

Environment:
  GLOSSARY_NO_CACHE=1           same as --no-cache
  GLOSSARY_CACHE_DIR=<dir>      where the parse cache lives (default .glossary-cache)
  GLOSSARY_RENDER_THREADS=2     build: render targets in worker threads (uses about 0.4 GB more memory)
  SOURCE_DATE_EPOCH=<seconds>   the fixed time for outputs without git history

Content dir defaults to ./content. Docs: CONTRIBUTING.md and content/README.md.`;

const OPTIONS = {
  format: { type: 'string' },
  watch: { type: 'boolean' },
  out: { type: 'string' },
  only: { type: 'string' },
  book: { type: 'string' },
  flat: { type: 'boolean' },
  term: { type: 'string' },
  category: { type: 'string' },
  content: { type: 'string' },
  base: { type: 'string' },
  'no-cache': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options'];

export type Options = { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'boolean' ? boolean : string };

/** Usage errors: exit code 2, printed with the usage hint. */
export class UsageError extends Error {}

/** Runs the CLI with the given arguments and returns the exit code (0 ok, 1 content errors, 2 usage). */
export async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    console.error(`glossary: ${(error as Error).message}\nRun "glossary help" for usage.`);
    return 2;
  }
  const [command, ...rest] = parsed.positionals;
  const options = parsed.values as Options;
  if (options['no-cache']) process.env.GLOSSARY_NO_CACHE = '1';
  if (!command || command === 'help' || options.help) {
    console.log(USAGE);
    return command || options.help ? 0 : 2;
  }
  try {
    switch (command) {
      case 'validate':
        return await validateCommand(rest, options);
      case 'build':
        return await buildCommand(rest, options);
      case 'new':
        return await newCommand(rest, options);
      case 'stats':
        return await statsCommand(rest, options);
      case 'diff':
        return await diffCommand(rest, options);
      case 'check-changeset':
        return await checkChangesetCommand(rest, options);
      case 'schema':
        return await schemaCommand(rest, options);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`glossary: ${error.message}\nRun "glossary help" for usage.`);
      return 2;
    }
    console.error(`glossary: ${(error as Error).stack ?? String(error)}`);
    return 1;
  }
}
