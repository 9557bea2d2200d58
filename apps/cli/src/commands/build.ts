import { formatDiagnostics, openOutput, summarizeDiagnostics } from '@alignment-glossary/core';
import { readFile } from 'node:fs/promises';
import { UsageError, type Options } from '../cli.js';
import { termModifiedTimes } from '../content-history.js';
import { renderTargets } from '../render-targets.js';
import { targets, type BuildContext } from '../targets.js';
import { contentDirFrom, displayDir, load, plural } from './shared.js';

/** The fixed time used when there is no history to go by: 2025-01-01T00:00:00Z. */
export const DEFAULT_EPOCH = 1735689600;

const list = (value: string | undefined) => (value ? value.split(',').map((s) => s.trim()).filter(Boolean) : []);

/** `glossary build [dir] [--out out] [--only a,b] [--book x] [--flat]` */
export async function buildCommand(positionals: readonly string[], options: Options): Promise<number> {
  const dir = contentDirFrom(positionals);
  const out = options.out ?? 'out';
  const only = list(options.only);
  const known = targets.map((t) => t.name);
  for (const name of only) if (!known.includes(name)) throw new UsageError(`unknown target "${name}"; known targets: ${known.join(', ') || '(none yet)'}`);
  const selected = only.length ? targets.filter((t) => only.includes(t.name)) : targets;
  if (options.flat && selected.length !== 1) throw new UsageError('--flat needs exactly one target (use --only)');

  const started = performance.now();
  const result = await load(dir);
  if (!result.glossary) {
    console.error(formatDiagnostics(result.diagnostics, { root: displayDir(dir) }));
    console.error(`\n✖ build stopped: ${summarizeDiagnostics(result.diagnostics)}. Nothing was written; ${displayDir(out)} is unchanged.`);
    return 1;
  }
  const glossary = result.glossary;
  const books = list(options.book);
  for (const id of books) if (!glossary.books.some((b) => b.id === id)) throw new UsageError(`unknown book "${id}"; books: ${glossary.books.map((b) => b.id).join(', ')}`);
  const loadedMs = performance.now() - started;

  const context: BuildContext = {
    version: await dataVersion(),
    modifiedAt: await termModifiedTimes(dir, glossary.terms.map((t) => t.id), DEFAULT_EPOCH),
    sourceDateEpoch: process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) : DEFAULT_EPOCH,
    books,
  };

  // Each target's files are handed to the output writer as soon as they are rendered: its thread writes them into
  // the output's temp folder while the next target renders here. Writes run one target after another, and a target
  // is handed on only once the previous one is written, so memory holds at most one target's files being written
  // besides those being rendered. The folder replaces `out` only once everything succeeded.
  const output = await openOutput(out);
  const report = new Map<string, string>();
  let fileCount = 0;
  let waitMs = 0; // time spent waiting for the writer, beyond what overlapped with rendering
  let writing: Promise<void> = Promise.resolve();
  const waitFor = async (write: Promise<void>) => {
    const t0 = performance.now();
    await write;
    waitMs += performance.now() - t0;
  };
  try {
    await renderTargets(glossary, context, selected, async (target, rendered, ms) => {
      const bytes = rendered.reduce((n, f) => n + (typeof f.contents === 'string' ? Buffer.byteLength(f.contents) : f.contents.byteLength), 0);
      report.set(target.name, `  ${target.name.padEnd(8)} ${plural(rendered.length, 'file').padStart(10)}  ${formatBytes(bytes).padStart(9)}  ${Math.round(ms)} ms`);
      fileCount += rendered.length;
      const files = options.flat ? rendered : rendered.map((f) => ({ path: `${target.name}/${f.path}`, contents: f.contents }));
      const previous = writing;
      writing = previous.then(() => output.write(files));
      writing.catch(() => undefined); // not lost: awaited before the next target renders, or before the commit
      await waitFor(previous);
    });
    await waitFor(writing);
    const t1 = performance.now();
    await output.commit();
    waitMs += performance.now() - t1;
  } catch (error) {
    await output.abort().catch(() => undefined); // the error that matters is the one that stopped the build
    throw error;
  }
  if (result.diagnostics.length) console.log(formatDiagnostics(result.diagnostics, { root: displayDir(dir) }) + '\n');
  console.log(`loaded ${plural(glossary.terms.length, 'term')} from ${displayDir(dir)} in ${Math.round(loadedMs)} ms`);
  console.log(selected.map((t) => report.get(t.name)).join('\n'));
  console.log(`wrote ${plural(fileCount + 1, 'file')} to ${displayDir(out)}/ (with SHA256SUMS) while rendering, then ${Math.round(waitMs)} ms more; total ${Math.round(performance.now() - started)} ms`);
  return 0;
}

/** The data package's version, so every output carries the release it belongs to. */
async function dataVersion(): Promise<string> {
  try {
    const url = new URL('../../../../packages/data/package.json', import.meta.url);
    return (JSON.parse(await readFile(url, 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

