import type * as z from 'zod';
import type { Diagnostic } from './diagnostic.js';
import { parseYaml, type PositionMap } from './yaml-positions.js';
import { zodDiagnostics } from './zod-diagnostics.js';

export interface ParsedYamlFile<T> {
  readonly file: string;
  readonly data?: T;
  readonly positions: PositionMap;
  readonly diagnostics: Diagnostic[];
}

/**
 * Parses a YAML content file (category, comparison, diagram, book, glossary.yaml) and checks it against a
 * schema. Pure and never throws; also checks that the `id` matches the file name when the schema has one.
 */
export function parseYamlFile<S extends z.ZodType>(file: string, text: string, schema: S, checkId = true): ParsedYamlFile<z.output<S>> {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const yaml = parseYaml(file, source, 0);
  const diagnostics = [...yaml.diagnostics];
  if (yaml.data === undefined) return { file, positions: yaml.positions, diagnostics };
  const parsed = schema.safeParse(yaml.data);
  if (!parsed.success) {
    diagnostics.push(...zodDiagnostics(file, parsed.error.issues, yaml.positions, { line: 1, column: 1 }, undefined, yaml.data));
    return { file, positions: yaml.positions, diagnostics };
  }
  const data = parsed.data as z.output<S>;
  const expectedId = file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
  const id = (data as { id?: unknown }).id;
  if (checkId && typeof id === 'string' && id !== expectedId) {
    diagnostics.push({
      file, ...(yaml.positions.id ?? { line: 1, column: 1 }), severity: 'error', rule: 'file-name-mismatch', field: 'id',
      message: `id "${id}" does not match the file name "${expectedId}.yaml"`,
      hint: `rename the file to "${id}.yaml" or set "id: ${expectedId}"`,
    });
  }
  return { file, data, positions: yaml.positions, diagnostics };
}
