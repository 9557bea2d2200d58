import {
  cachedTermParser, formatDiagnostics, parallelTermParser, readContent, summarizeDiagnostics, validate, type ValidationResult,
} from '@alignment-glossary/core';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { UsageError, type Options } from '../cli.js';
import { DATA_PACKAGE, diffToJson, formatDiffMarkdown, formatDiffText } from '../format-term-diff.js';
import { extractAt, repoLocation, resolveCommit } from '../git.js';
import { snapshotFromContent, snapshotFromGlossaryJson, type GlossarySnapshot } from '../glossary-snapshot.js';
import { diffGlossaries, type GlossaryDiff } from '../term-diff.js';
import { cacheFile, displayDir } from './shared.js';

const run = promisify(execFile);

const EMPTY: GlossarySnapshot = { terms: new Map(), edges: [], entities: {} };

/**
 * A content folder read with core: the snapshot of whatever parses, and the full validation result. Term files go
 * through the same per-file cache as `validate`, so the base (mostly the same files) parses almost for free.
 */
export async function readSnapshot(dir: string): Promise<{ snapshot: GlossarySnapshot; result: ValidationResult }> {
  const parser = parallelTermParser();
  const content = await readContent(dir, { parseTerms: process.env.GLOSSARY_NO_CACHE === '1' ? parser : cachedTermParser(cacheFile(), parser) });
  return { snapshot: snapshotFromContent(content), result: validate(content) };
}

const exists = (p: string) => stat(p).then((s) => s, () => undefined);

async function readJsonSnapshot(file: string): Promise<GlossarySnapshot> {
  try {
    return snapshotFromGlossaryJson(JSON.parse(await readFile(file, 'utf8')));
  } catch (error) {
    throw new UsageError(`${file}: ${(error as Error).message}`);
  }
}

/** `npm:<version>` → the data package's glossary.json at that version (`npm pack` into `tmp`). */
async function npmSnapshot(spec: string, tmp: string): Promise<GlossarySnapshot> {
  const what = /^[\w.^~<>=*+-]+$/.test(spec) && !spec.endsWith('.tgz') ? `${DATA_PACKAGE}@${spec}` : path.resolve(spec);
  let filename: string;
  try {
    const { stdout } = await run('npm', ['pack', what, '--json', '--pack-destination', tmp, '--ignore-scripts'], { cwd: tmp, maxBuffer: 64 * 1024 * 1024 });
    filename = (JSON.parse(stdout) as { filename: string }[])[0]!.filename;
  } catch (error) {
    throw new UsageError(`could not fetch ${what} with npm pack: ${((error as { stderr?: string }).stderr || (error as Error).message).trim().split('\n').slice(-3).join(' ')}`);
  }
  await run('tar', ['-xzf', path.join(tmp, path.basename(filename)), '-C', tmp]);
  for (const candidate of ['package/dist/glossary.json', 'package/glossary.json']) {
    if (await exists(path.join(tmp, candidate))) return readJsonSnapshot(path.join(tmp, candidate));
  }
  throw new UsageError(`${what} has no dist/glossary.json`);
}

/**
 * The base version to compare with: `npm:<version>` (the published data package), a folder (a content folder, or a
 * package folder holding dist/glossary.json), a glossary.json file, or a git ref (content/ as it was there).
 * `notes` are printed on stderr (e.g. "the base does not validate").
 */
export async function loadBase(spec: string, headDir: string, tmp: string): Promise<{ snapshot: GlossarySnapshot; notes: string[] }> {
  if (spec.startsWith('npm:')) return { snapshot: await npmSnapshot(spec.slice(4), tmp), notes: [] };
  const found = await exists(spec);
  if (found?.isFile()) return { snapshot: await readJsonSnapshot(spec), notes: [] };
  if (found?.isDirectory()) {
    if ((await exists(path.join(spec, 'glossary.yaml'))) || (await exists(path.join(spec, 'terms')))) return contentBase(spec, displayDir(spec));
    for (const candidate of ['dist/glossary.json', 'glossary.json']) {
      if (await exists(path.join(spec, candidate))) return { snapshot: await readJsonSnapshot(path.join(spec, candidate)), notes: [] };
    }
    throw new UsageError(`${spec} is neither a content folder (glossary.yaml, terms/) nor holds dist/glossary.json`);
  }
  const where = await repoLocation(headDir);
  const commit = where && (await resolveCommit(spec, headDir));
  if (!where || !commit) {
    throw new UsageError(
      `"${spec}" is not a folder, a file, npm:<version> or a git ref${where ? '' : ` (${displayDir(headDir)} is not in a git repository)`}. ` +
        'In a shallow CI checkout, fetch the base first (actions/checkout with fetch-depth: 0).',
    );
  }
  const dir = await extractAt(where.top, commit, where.prefix, tmp);
  if (!dir) return { snapshot: EMPTY, notes: [`note: ${where.prefix || '.'} did not exist at ${spec}; every term counts as added`] };
  return contentBase(dir, spec);
}

async function contentBase(dir: string, label: string) {
  const { snapshot, result } = await readSnapshot(dir);
  const notes = result.glossary ? [] : [`note: the base (${label}) does not validate (${summarizeDiagnostics(result.diagnostics)}); comparing the files that parse`];
  return { snapshot, notes };
}

/** Compares `base` with the content folder `headDir`. The head must validate; `head` is undefined when it does not. */
export async function computeDiff(base: string, headDir: string): Promise<{ diff?: GlossaryDiff; head: ValidationResult; notes: string[] }> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'glossary-diff-'));
  try {
    const head = await readSnapshot(headDir);
    if (!head.result.glossary) return { head: head.result, notes: [] };
    const { snapshot, notes } = await loadBase(base, headDir, tmp);
    return { diff: diffGlossaries(snapshot, head.snapshot), head: head.result, notes };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** Prints the head's errors when it does not validate. */
export function reportInvalidHead(dir: string, head: ValidationResult): void {
  console.error(formatDiagnostics(head.diagnostics, { root: displayDir(dir) }));
  console.error(`\n✖ ${displayDir(dir)} does not validate (${summarizeDiagnostics(head.diagnostics)}); fix it first ("npx glossary validate").`);
}

/** `glossary diff <base> [--format text|markdown|json] [--content dir]` */
export async function diffCommand(positionals: readonly string[], options: Options): Promise<number> {
  const [base, ...extra] = positionals;
  if (!base) throw new UsageError('missing <base>: a git ref (origin/main, HEAD~1, v1.2.0), a content folder, a glossary.json or npm:<version>');
  if (extra.length) throw new UsageError(`expected one base, got ${positionals.length}; the content folder goes in --content`);
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'markdown' && format !== 'json') throw new UsageError(`--format must be "text", "markdown" or "json", not "${format}"`);
  const dir = options.content ?? 'content';
  const { diff, head, notes } = await computeDiff(base, dir);
  if (!diff) {
    reportInvalidHead(dir, head);
    return 1;
  }
  for (const n of notes) console.error(n);
  const labels = { base, head: displayDir(dir) };
  if (format === 'json') console.log(JSON.stringify(diffToJson(diff, labels), null, 2));
  else if (format === 'markdown') console.log(formatDiffMarkdown(diff, labels));
  else console.log(formatDiffText(diff, labels));
  return 0;
}
