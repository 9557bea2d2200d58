/**
 * `alignment-glossary/terms/<id>` must load that one term and nothing else, so a bundle that needs a few terms
 * stays small. Checked on the installed tarball: which files Node loads, and how big they are.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { runOk } from './helpers.js';

const consumer = inject('consumer');
const vite = pathToFileURL(path.join(path.dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'dist/node/index.js')).href;
const installed = path.join(consumer, 'node_modules/alignment-glossary');

/** Module hooks that record, in the file named by `data`, every URL Node loads. */
const RECORDING_HOOKS = `import { appendFileSync } from 'node:fs';
let log;
export function initialize(file) { log = file; }
export async function load(url, context, nextLoad) {
  appendFileSync(log, url + '\\n');
  return nextLoad(url, context);
}
`;

/** Package files loaded while running `script`, relative to the installed package. */
async function loadedPackageFiles(script: string, log: string): Promise<string[]> {
  await writeFile(path.join(consumer, 'record-hooks.mjs'), RECORDING_HOOKS);
  await writeFile(path.join(consumer, 'register-hooks.mjs'), `import { register } from 'node:module';\nregister('./record-hooks.mjs', import.meta.url, { data: ${JSON.stringify(path.join(consumer, log))} });\n`);
  await writeFile(path.join(consumer, log), '');
  const { stdout } = await runOk(process.execPath, ['--import', './register-hooks.mjs', '--input-type=module', '-e', script], { cwd: consumer });
  const urls = (await readFile(path.join(consumer, log), 'utf8')).split('\n').filter(Boolean);
  expect(stdout.trim()).not.toBe('');
  return urls.filter((url) => url.includes('/node_modules/alignment-glossary/')).map((url) => url.slice(url.indexOf('/node_modules/alignment-glossary/') + '/node_modules/alignment-glossary/'.length));
}

describe('per-term modules', () => {
  it('import loads only the term\'s own two files', async () => {
    const files = await loadedPackageFiles("import term from 'alignment-glossary/terms/goal-misgeneralization'; console.log(term.id);", 'esm-log.txt');
    expect(files).toEqual(['dist/terms/goal-misgeneralization.js', 'dist/terms/goal-misgeneralization.cjs']);
  });

  it('require loads only the term\'s own file', async () => {
    const { stdout } = await runOk(
      process.execPath,
      ['-e', "const term = require('alignment-glossary/terms/goal-misgeneralization'); console.log(JSON.stringify([term.id, Object.keys(require.cache)]));"],
      { cwd: consumer },
    );
    const [id, cache] = JSON.parse(stdout) as [string, string[]];
    expect(id).toBe('goal-misgeneralization');
    expect(cache.map((f) => path.relative(installed, f))).toEqual(['dist/terms/goal-misgeneralization.cjs']);
  });

  it('the whole-package import, for comparison, goes through index.js and index.cjs (which requires glossary.json)', async () => {
    const files = await loadedPackageFiles("import { terms } from 'alignment-glossary'; console.log(terms.length);", 'esm-all-log.txt');
    expect(files).toEqual(['dist/index.js', 'dist/index.cjs']);
  });

  it('a term module is a small fraction of the whole data', async () => {
    const term = (await stat(path.join(installed, 'dist/terms/goal-misgeneralization.cjs'))).size;
    const all = (await stat(path.join(installed, 'dist/glossary.json'))).size;
    expect(term).toBeLessThan(all / 20);
    expect(term).toBeLessThan(16 * 1024);
  });
});

describe('bundling with Vite', () => {
  it('a bundle of one term is a small fraction of a bundle of the whole package, and both run', async () => {
    await writeFile(path.join(consumer, 'bundle-one.js'), "import term from 'alignment-glossary/terms/goal-misgeneralization';\nconsole.log(term.term);\n");
    await writeFile(path.join(consumer, 'bundle-all.js'), "import { getTerm } from 'alignment-glossary';\nconsole.log(getTerm('rlhf').term);\n");
    await writeFile(
      path.join(consumer, 'bundle.mjs'),
      `import { build } from ${JSON.stringify(vite)};
for (const name of ['one', 'all']) {
  await build({
    root: process.cwd(), configFile: false, logLevel: 'error',
    build: { outDir: 'bundle-' + name, minify: true, rollupOptions: { input: 'bundle-' + name + '.js', output: { format: 'es', entryFileNames: 'bundle.js' } } },
  });
}
`,
    );
    await runOk(process.execPath, ['bundle.mjs'], { cwd: consumer });
    const one = await runOk(process.execPath, ['bundle-one/bundle.js'], { cwd: consumer });
    const all = await runOk(process.execPath, ['bundle-all/bundle.js'], { cwd: consumer });
    expect([one.stdout.trim(), all.stdout.trim()]).toEqual(['Goal misgeneralization', 'Reinforcement learning from human feedback']);
    const oneSize = (await stat(path.join(consumer, 'bundle-one/bundle.js'))).size;
    const allSize = (await stat(path.join(consumer, 'bundle-all/bundle.js'))).size;
    expect(oneSize).toBeLessThan(allSize / 20);
  });
});
