#!/usr/bin/env node
// Measures what a user of the alignment-glossary package pays: the tarball and unpacked sizes, and the time to load
// the package (and a single term) in a fresh Node process, as the median of N runs (default 15).
//
//   npm run build -w alignment-glossary && node packages/data/bench/import.mjs [--runs 15]
//
// It packs the built package with `npm pack`, installs the tarball offline into a temp project, and measures there.
// npm runs with a temp user config and cache, so ~/.npmrc and ~/.npm are never touched.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag === -1 ? 15 : Number(process.argv[runsFlag + 1]);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a whole number >= 1, e.g. --runs 15');
if (!existsSync(path.join(packageDir, 'dist/index.cjs'))) {
  console.error('packages/data/dist is missing: run `npx turbo run build --filter=alignment-glossary` first');
  process.exit(1);
}

const work = await mkdtemp(path.join(os.tmpdir(), 'alignment-glossary-bench-'));
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
Object.assign(env, {
  HOME: work,
  npm_config_userconfig: path.join(work, 'npmrc'),
  npm_config_cache: path.join(work, 'npm-cache'),
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  npm_config_loglevel: 'error',
});

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(1)} ms`;

try {
  await writeFile(env.npm_config_userconfig, '');
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: packageDir, env, encoding: 'utf8' }));
  const app = path.join(work, 'app');
  execFileSync('mkdir', ['-p', app]);
  await writeFile(path.join(app, 'package.json'), '{ "name": "bench", "private": true, "type": "module" }\n');
  execFileSync('npm', ['install', '--offline', '--no-package-lock', path.join(work, packed.filename)], { cwd: app, env, stdio: 'ignore' });

  /** Times `load` inside a fresh Node process; returns [time to load, whole process wall time] in ms. */
  const measure = (load, type) => {
    const code = type === 'esm'
      ? `const t0 = performance.now(); ${load}; console.log(performance.now() - t0);`
      : `const t0 = performance.now(); ${load}; console.log(performance.now() - t0);`;
    const args = type === 'esm' ? ['--input-type=module', '-e', code] : ['--input-type=commonjs', '-e', code];
    const started = process.hrtime.bigint();
    const inside = Number(execFileSync(process.execPath, args, { cwd: app, encoding: 'utf8' }));
    return [inside, Number(process.hrtime.bigint() - started) / 1e6];
  };
  const cases = [
    ['import the package (ESM)', "await import('alignment-glossary')", 'esm'],
    ['require the package (CJS)', "require('alignment-glossary')", 'cjs'],
    ['import one term (ESM)', "await import('alignment-glossary/terms/inner-alignment')", 'esm'],
    ['require one term (CJS)', "require('alignment-glossary/terms/inner-alignment')", 'cjs'],
    ['empty Node process (baseline)', 'void 0', 'esm'],
  ];

  console.log(`alignment-glossary ${packed.version} (${packed.entryCount} files)`);
  console.log(`  tarball   ${kb(packed.size).padStart(10)}`);
  console.log(`  unpacked  ${kb(packed.unpackedSize).padStart(10)}`);
  console.log(`\nmedian of ${runs} fresh Node ${process.version} processes:`);
  console.log(`  ${'case'.padEnd(32)} ${'load'.padStart(9)} ${'process'.padStart(10)}`);
  for (const [label, load, type] of cases) {
    measure(load, type); // warm the file system cache
    const samples = Array.from({ length: runs }, () => measure(load, type));
    console.log(`  ${label.padEnd(32)} ${ms(median(samples.map((s) => s[0]))).padStart(9)} ${ms(median(samples.map((s) => s[1]))).padStart(10)}`);
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
