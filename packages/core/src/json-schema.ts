import * as z from 'zod';
import { TermFrontmatter } from './schema.js';

/**
 * The JSON Schema (draft 2020-12) of a term's front matter, for editors (YAML language server) and for the data
 * package's `schema.json`.
 */
export function termJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(TermFrontmatter, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { $id: 'https://alignment-glossary.org/schema/term.json', ...schema };
}
