import { loadGlossary, type Glossary, type RenderedFile, type Term } from '@alignment-glossary/core';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Linker } from '../linker.js';

/** The mini fixture (awkward labels, an empty category) and the real content folder. */
export const MINI_DIR = fileURLToPath(new URL('../../../core/test/fixtures/mini', import.meta.url));
export const CONTENT_DIR = fileURLToPath(new URL('../../../../content', import.meta.url));
/** The package folder (README, markdownlint config). */
export const PACKAGE_DIR = fileURLToPath(new URL('../..', import.meta.url));

const cache = new Map<string, Promise<Glossary>>();

/** Loads and validates a content folder once per test file; fails loudly on diagnostics. */
export function glossaryFrom(dir: string): Promise<Glossary> {
  let loaded = cache.get(dir);
  if (!loaded) {
    loaded = loadGlossary(dir).then(({ glossary, diagnostics }) => {
      if (!glossary) throw new Error(`${dir} did not validate: ${diagnostics.map((d) => `${d.file}:${d.line} ${d.message}`).join('; ')}`);
      return glossary;
    });
    cache.set(dir, loaded);
  }
  return loaded;
}

/** A copy of the glossary with one term changed (for escaping tests); everything else is shared. */
export function withTerm(glossary: Glossary, id: string, patch: Partial<Term>): Glossary {
  const term = { ...glossary.termsById.get(id)!, ...patch };
  const terms = glossary.terms.map((t) => (t.id === id ? term : t));
  return { ...glossary, terms, termsById: new Map(terms.map((t) => [t.id, t])) };
}

/** Writes files into a fresh temp folder and returns its path. */
export async function writeToTemp(files: readonly RenderedFile[], prefix = 'render-markdown-'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  for (const f of files) {
    await mkdir(path.dirname(path.join(dir, f.path)), { recursive: true });
    await writeFile(path.join(dir, f.path), f.contents);
  }
  return dir;
}

/** The contents of a rendered file as a string; throws when it is missing. */
export function contentsOf(files: readonly RenderedFile[], file: string): string {
  const found = files.find((f) => f.path === file);
  if (!found) throw new Error(`no file "${file}"; have: ${files.map((f) => f.path).join(', ')}`);
  return String(found.contents);
}

/** A linker for unit tests: every term links to `<id>.md`, every chapter to `<slug>.md`. */
export const plainLinker: Linker = { term: (id) => ({ url: `${id}.md` }), chapter: (slug) => ({ url: `${slug}.md` }) };
