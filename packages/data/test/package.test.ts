/**
 * The packed tarball, checked the way a registry user would meet it: publint and "Are the types wrong?" report no
 * problems, the manifest has no runtime dependencies, and only the allowlisted files ship.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { describe, expect, inject, it } from 'vitest';
import { PACKAGE_DIR, REPO_DIR, run, runOk } from './helpers.js';

const tarball = inject('tarball');
const consumer = inject('consumer');

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  sideEffects?: boolean;
  exports: Record<string, unknown>;
  files: string[];
}
const manifest = JSON.parse(await readFile(path.join(consumer, 'node_modules/alignment-glossary/package.json'), 'utf8')) as Manifest;

describe('the packed tarball', () => {
  it('passes publint with no suggestions, warnings or errors', async () => {
    const bytes = await readFile(tarball);
    const { messages, pkg } = await publint({ pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) }, level: 'suggestion', strict: true });
    expect(messages.map((m) => formatMessage(m, pkg))).toEqual([]);
  });

  it('passes "Are the types wrong?" for the entry point, term modules and JSON files', async () => {
    // node10 resolution ignores "exports", so it cannot see subpaths; the package needs Node >= 20.19 anyway
    // (the root keeps "main"/"types" for it). glossary.jsonld is data, not a module TypeScript could resolve.
    const entrypoints = ['.', './terms/inner-alignment', './terms/goodharts-law', './glossary.json', './schema.json', './package.json'];
    const attw = path.join(REPO_DIR, 'node_modules/@arethetypeswrong/cli/dist/index.js');
    const result = await run(process.execPath, [attw, tarball, '--profile', 'node16', '--format', 'ascii', '--no-color', '--entrypoints', ...entrypoints], { cwd: PACKAGE_DIR });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const verdicts = result.stdout.split('\n').filter((line) => /^(node16 \(from (CJS|ESM)\)|bundler):/.test(line));
    expect(verdicts).toHaveLength(entrypoints.length * 3);
    for (const line of verdicts) expect(line).toContain('🟢');
    for (const entry of entrypoints) expect(result.stdout).toContain(`"alignment-glossary${entry === '.' ? '' : entry.slice(1)}"`);
  });

  it('has no runtime dependencies, no side effects, and the documented exports', () => {
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.sideEffects).toBe(false);
    expect(Object.keys(manifest.exports)).toEqual(['.', './terms/*', './glossary.json', './glossary.jsonld', './schema.json', './package.json']);
  });

  it('ships only the built files, the README and the licence', async () => {
    const { stdout } = await runOk('tar', ['-tzf', tarball], { cwd: PACKAGE_DIR });
    const files = stdout.trim().split('\n').map((f) => f.replace(/^package\//, ''));
    const outside = files.filter((f) => !f.startsWith('dist/'));
    expect(outside.sort()).toEqual(['LICENSE', 'README.md', 'package.json']);
    expect(files).not.toContain('dist/SHA256SUMS');
    const data = JSON.parse(await readFile(path.join(PACKAGE_DIR, 'dist/glossary.json'), 'utf8')) as { terms: { id: string; formerIds: string[] }[] };
    const modules = data.terms.flatMap((t) => [t.id, ...t.formerIds]).length;
    expect(files.filter((f) => f.startsWith('dist/terms/'))).toHaveLength(modules * 4);
    expect(files.filter((f) => f.startsWith('dist/') && !f.startsWith('dist/terms/')).sort()).toEqual([
      'dist/glossary.json', 'dist/glossary.jsonld', 'dist/index.cjs', 'dist/index.d.cts', 'dist/index.d.ts', 'dist/index.js', 'dist/schema.json',
    ]);
  });
});
