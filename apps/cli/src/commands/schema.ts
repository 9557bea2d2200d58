import { termJsonSchema } from '@alignment-glossary/core';
import { writeFile } from 'node:fs/promises';
import { UsageError, type Options } from '../cli.js';
import { displayDir } from './shared.js';

/** The committed copy of the term JSON Schema, relative to the repository root (term files point at it). */
export const TERM_SCHEMA_PATH = 'content/schema/term.schema.json';

/** The JSON Schema of a term's front matter as the text of `content/schema/term.schema.json`. */
export function termSchemaText(): string {
  return `${JSON.stringify(termJsonSchema(), null, 2)}\n`;
}

/** `glossary schema [--out file]`: prints the term JSON Schema, or writes it to a file. */
export async function schemaCommand(positionals: readonly string[], options: Options): Promise<number> {
  if (positionals.length) throw new UsageError(`schema takes no arguments; use --out ${TERM_SCHEMA_PATH}`);
  const text = termSchemaText();
  if (!options.out) {
    process.stdout.write(text);
    return 0;
  }
  await writeFile(options.out, text);
  console.log(`wrote ${displayDir(options.out)}`);
  return 0;
}
