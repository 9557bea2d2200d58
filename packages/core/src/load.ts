import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from './diagnostic.js';
import { parseTerm, type ParseTermResult } from './parse-term.js';
import { parseYamlFile, type ParsedYamlFile } from './parse-yaml-file.js';
import { BookInput, Category, Comparison, Diagram, GlossaryConfig } from './schema.js';
import { validate, type ContentFiles, type ValidationResult } from './validate.js';

/** Parses many term files; the default runs in this thread. The CLI passes a worker-pool version. */
export type TermParser = (files: readonly { file: string; bytes: Uint8Array }[]) => Promise<ParseTermResult[]>;

export interface LoadOptions {
  /** Replaces the in-thread term parser (e.g. with a cached or parallel one). (optional) */
  readonly parseTerms?: TermParser;
}

const inThread: TermParser = async (files) => files.map((f) => parseTerm(f.file, f.bytes));

/**
 * Reads a content folder, parses every file and validates the whole. Never throws for bad content: every problem
 * is a diagnostic. Throws only when the folder itself cannot be read.
 */
export async function loadGlossary(contentDir: string, options: LoadOptions = {}): Promise<ValidationResult> {
  const content = await readContent(contentDir, options);
  return validate(content);
}

/** Reads and parses every file of a content folder, without cross-file checks. */
export async function readContent(contentDir: string, options: LoadOptions = {}): Promise<ContentFiles> {
  const root = path.resolve(contentDir);
  const termFiles = await listFiles(root, 'terms', ['.md']);
  // Synchronous on purpose: for thousands of small files, readFileSync in a loop is ~10× faster than
  // fs.promises.readFile (one thread-pool round trip per open/stat/read/close), and nothing else runs meanwhile.
  const termBytes = termFiles.map((file) => ({ file, bytes: readFileSync(path.join(root, file)) }));
  const parse = options.parseTerms ?? inThread;
  const parsed = await parse(termBytes);
  const terms = termFiles.map((file, i) => ({ file, term: parsed[i]?.term, diagnostics: parsed[i]?.diagnostics ?? [] }));

  const yamlGroup = async <T>(dir: string, schema: Parameters<typeof parseYamlFile>[2]) => {
    const files = await listFiles(root, dir, ['.yaml', '.yml']);
    return Promise.all(files.map(async (file) => parseYamlFile(file, await readFile(path.join(root, file), 'utf8'), schema) as ParsedYamlFile<T>));
  };
  let config: ParsedYamlFile<GlossaryConfig>;
  try {
    config = parseYamlFile('glossary.yaml', await readFile(path.join(root, 'glossary.yaml'), 'utf8'), GlossaryConfig, false);
  } catch {
    config = {
      file: 'glossary.yaml', positions: {},
      diagnostics: [{ file: 'glossary.yaml', line: 1, column: 1, severity: 'error', rule: 'missing-file', message: 'glossary.yaml is missing', hint: 'create content/glossary.yaml with title, description, siteUrl, iriBase and license' } satisfies Diagnostic],
    };
  }
  const [categories, comparisons, diagrams, books] = await Promise.all([
    yamlGroup<Category>('categories', Category),
    yamlGroup<Comparison>('comparisons', Comparison),
    yamlGroup<Diagram>('diagrams', Diagram),
    yamlGroup<BookInput>('books', BookInput),
  ]);
  return { config, terms, categories, comparisons, diagrams, books };
}

/** Files directly inside `root/dir` with one of the extensions, as sorted `dir/name` paths. Missing folder → []. */
async function listFiles(root: string, dir: string, extensions: readonly string[]): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(path.join(root, dir));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .filter((name) => extensions.some((ext) => name.endsWith(ext)) && !name.startsWith('.'))
    .sort()
    .map((name) => `${dir}/${name}`);
}
