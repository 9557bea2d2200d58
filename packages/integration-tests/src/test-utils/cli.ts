import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
/** The CLI's launcher, as `npx glossary` runs it. */
export const GLOSSARY_BIN = path.join(path.dirname(require.resolve('@alignment-glossary/cli/package.json')), 'bin/glossary.js');
/** The repository's real content folder. */
export const REAL_CONTENT = fileURLToPath(new URL('../../../../content', import.meta.url));
/** The mini fixture of core. */
export const MINI = fileURLToPath(new URL('../../../core/test/fixtures/mini', import.meta.url));

export interface RunResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Starts `glossary <args>` in a fresh process; the environment is this one's plus `env`. */
export function startGlossary(args: readonly string[], options: { cwd?: string; env?: Record<string, string | undefined> } = {}): ChildProcess {
  return spawn(process.execPath, [GLOSSARY_BIN, ...args], { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Runs `glossary <args>` to completion. */
export function glossary(args: readonly string[], options: { cwd?: string; env?: Record<string, string | undefined> } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = startGlossary(args, options);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Every file under `dir`, as sorted forward-slash paths relative to it. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * Checks an output folder against its SHA256SUMS: every listed file exists with that hash, and no other file
 * exists. Returns the problems (empty when the output is intact and complete).
 */
export async function verifyManifest(dir: string): Promise<string[]> {
  const problems: string[] = [];
  const manifest = await readFile(path.join(dir, 'SHA256SUMS'), 'utf8');
  const listed = new Set<string>();
  for (const line of manifest.trimEnd().split('\n')) {
    const hash = line.slice(0, 64);
    const file = line.slice(66);
    listed.add(file);
    let actual: string;
    try {
      actual = createHash('sha256').update(await readFile(path.join(dir, file))).digest('hex');
    } catch {
      problems.push(`missing: ${file}`);
      continue;
    }
    if (actual !== hash) problems.push(`changed: ${file}`);
  }
  for (const file of await listFiles(dir)) if (file !== 'SHA256SUMS' && !listed.has(file)) problems.push(`unlisted: ${file}`);
  return problems;
}

/** Copies a content folder file by file, in the given order of its relative paths (e.g. reversed). */
export async function copyInOrder(from: string, to: string, order: (files: string[]) => string[]): Promise<void> {
  for (const file of order(await listFiles(from))) {
    await mkdir(path.dirname(path.join(to, file)), { recursive: true });
    await cp(path.join(from, file), path.join(to, file));
  }
}
