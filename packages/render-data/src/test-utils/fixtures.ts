import { loadGlossary, termJsonSchema, writeOutputAtomic, type Glossary } from '@alignment-glossary/core';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { renderDataPackage } from '../render-data-package.js';

export const MINI = fileURLToPath(new URL('../../../core/test/fixtures/mini', import.meta.url));
export const CONTENT = fileURLToPath(new URL('../../../../content', import.meta.url));

/** A small stand-in for glossary.jsonld (render-jsonld's output is tested in its own package). */
export const JSONLD = '{"@context":{"skos":"http://www.w3.org/2004/02/skos/core#"},"@graph":[]}\n';

/** A fresh folder in the OS temp folder, removed after the test file that asked for it. */
async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  afterAll(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

export async function load(dir: string): Promise<Glossary> {
  const { glossary, diagnostics } = await loadGlossary(dir);
  if (!glossary) throw new Error(`fixture ${dir} did not load: ${diagnostics.map((d) => `${d.file}:${d.line} ${d.message}`).join('; ')}`);
  return glossary;
}

/** The mini fixture, copied to a temp folder, with alpha renamed from "old-alpha" (formerIds: [old-alpha]). */
export async function loadMiniWithFormerId(): Promise<Glossary> {
  const dir = await tempDir('render-data-mini-');
  await cp(MINI, dir, { recursive: true });
  const file = path.join(dir, 'terms/alpha.md');
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace('status: stable\n', 'status: stable\nformerIds: [old-alpha]\n'));
  return load(dir);
}

/** Renders a glossary with the stand-in JSON-LD and writes the files into a fresh temp folder; returns the folder. */
export async function renderToTemp(glossary: Glossary, version = '1.2.3'): Promise<string> {
  const dir = await tempDir('render-data-out-');
  const out = path.join(dir, 'dist');
  await writeOutputAtomic(out, renderDataPackage(glossary, { version, jsonld: JSONLD, schema: termJsonSchema() }), { manifest: false });
  // A package.json as in packages/data, so that .js files are ES modules.
  await writeFile(path.join(dir, 'package.json'), '{"name":"alignment-glossary","type":"module"}\n');
  return out;
}
