/**
 * Packs the built package once (`npm pack`, as `npm publish` would) and installs the tarball into a fresh consumer
 * project in the OS temp folder, offline. The tests read both through `inject('tarball')` / `inject('consumer')`.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { isolatedEnv, PACKAGE_DIR, runOk } from './helpers.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The packed tarball of the package. */
    tarball: string;
    /** A consumer project with the tarball installed under node_modules/alignment-glossary. */
    consumer: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(path.join(PACKAGE_DIR, 'dist/index.cjs'))) {
    throw new Error('packages/data/dist is missing: run `npx turbo run build --filter=alignment-glossary` (or `npm test` from the root, which builds first)');
  }
  const work = await mkdtemp(path.join(os.tmpdir(), 'alignment-glossary-test-'));
  const env = isolatedEnv(work);
  await mkdir(env.HOME!, { recursive: true });
  await writeFile(env.npm_config_userconfig!, '');

  const packed = await runOk('npm', ['pack', '--json', '--pack-destination', work], { cwd: PACKAGE_DIR, env });
  const [info] = JSON.parse(packed.stdout) as [{ filename: string }];
  const tarball = path.join(work, info.filename);

  const consumer = path.join(work, 'consumer');
  await cp(path.join(PACKAGE_DIR, 'test/fixtures/consumer'), consumer, { recursive: true });
  await runOk('npm', ['install', '--offline', '--no-package-lock', tarball], { cwd: consumer, env });

  project.provide('tarball', tarball);
  project.provide('consumer', consumer);
  return async () => {
    await rm(work, { recursive: true, force: true });
  };
}
