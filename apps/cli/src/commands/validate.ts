import { formatDiagnostics, summarizeDiagnostics, type Diagnostic } from '@alignment-glossary/core';
import { watch } from 'node:fs';
import { UsageError, type Options } from '../cli.js';
import { contentDirFrom, displayDir, load, plural } from './shared.js';

/** `glossary validate [dir] [--format json] [--watch]` */
export async function validateCommand(positionals: readonly string[], options: Options): Promise<number> {
  const dir = contentDirFrom(positionals);
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be "text" or "json", not "${format}"`);
  if (options.watch) return watchLoop(dir);
  const started = performance.now();
  const result = await load(dir);
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  if (format === 'json') {
    console.log(JSON.stringify({ ok: errors === 0, contentDir: displayDir(dir), diagnostics: result.diagnostics }, null, 2));
    return errors === 0 ? 0 : 1;
  }
  if (result.diagnostics.length > 0) console.log(formatDiagnostics(result.diagnostics, { root: displayDir(dir) }));
  const ms = Math.round(performance.now() - started);
  if (result.glossary) {
    const g = result.glossary;
    const prefix = result.diagnostics.length ? '\n' : '';
    console.log(`${prefix}✔ ${displayDir(dir)}: ${plural(g.terms.length, 'term')}, ${plural(g.categories.length, 'category', 'categories')}, ${plural(g.edges.length, 'relation')}, ${plural(g.comparisons.length, 'comparison')}, ${plural(g.diagrams.length, 'diagram')}, ${plural(g.books.length, 'book')} — valid, ${summarizeDiagnostics(result.diagnostics)}, in ${ms} ms`);
    return 0;
  }
  console.log(`\n✖ ${displayDir(dir)}: ${summarizeDiagnostics(result.diagnostics)} (${ms} ms). Fix the errors above; each line says file:line:column, the field and what to do.`);
  return 1;
}

/**
 * Identifies a problem without its position, so an edit that only moves it (a line added above) does not report it
 * as fixed and new again; repeats of the same problem in a file are told apart by their order.
 */
function keyed(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic> {
  const out = new Map<string, Diagnostic>();
  for (const d of diagnostics) {
    const base = `${d.file}\u0000${d.rule}\u0000${d.field ?? ''}\u0000${d.message}`;
    let n = 0;
    while (out.has(`${base}\u0000${n}`)) n++;
    out.set(`${base}\u0000${n}`, d);
  }
  return out;
}

/** Re-validates on every change under the content folder, printing only problems that appeared or went away. */
async function watchLoop(dir: string): Promise<number> {
  let previous = new Map<string, Diagnostic>();
  let running = false;
  let again = false;
  let first = true;
  const root = displayDir(dir);
  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    do {
      again = false;
      let result;
      try {
        result = await load(dir);
      } catch (error) {
        console.log(`[${new Date().toLocaleTimeString('en-GB')}] could not read ${root}: ${(error as Error).message}`);
        continue;
      }
      const current = keyed(result.diagnostics);
      const added = [...current.entries()].filter(([k]) => !previous.has(k)).map(([, d]) => d);
      const fixed = [...previous.entries()].filter(([k]) => !current.has(k)).map(([, d]) => d);
      const time = new Date().toLocaleTimeString('en-GB');
      if (fixed.length) console.log(formatDiagnostics(fixed, { root, hints: false }).split('\n').map((l) => `fixed  ${l}`).join('\n'));
      if (added.length) console.log(formatDiagnostics(added, { root }).split('\n').map((l) => (l.startsWith('  hint') ? `       ${l}` : `new    ${l}`)).join('\n'));
      if (added.length || fixed.length || first) {
        console.log(`[${time}] ${result.glossary ? '✔ valid' : '✖ invalid'}: ${summarizeDiagnostics(result.diagnostics)}`);
      }
      previous = current;
      first = false;
    } while (again);
    running = false;
  };
  await run();
  console.log(`watching ${root} for changes (Ctrl+C to stop)`);
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(dir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 80);
  });
  await new Promise<void>((resolve) => {
    const stop = () => {
      watcher.close();
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
