// Loads a content folder the way the CLI does (cache from GLOSSARY_CACHE_DIR), then times one build target's
// render() alone, with the same context the CLI builds. Writes a JSON report to BENCH_REPORT.
// Usage: node run-renderer.mjs <content-dir> <target>
import { readFileSync, writeFileSync } from 'node:fs';
import { cachedTermParser, loadGlossary, parallelTermParser } from '@alignment-glossary/core';
import { targets, termModifiedTimes } from '@alignment-glossary/cli';
import path from 'node:path';
import { resourceUsageReport } from './resource-usage.mjs';

const [dir, name] = process.argv.slice(2);
const target = targets.find((t) => t.name === name);
if (!target) throw new Error(`unknown target ${name}; known: ${targets.map((t) => t.name).join(', ')}`);
const epoch = 1735689600;
const cache = path.join(process.env.GLOSSARY_CACHE_DIR ?? '.glossary-cache', 'terms-v2.cache');
const t0 = performance.now();
const { glossary, diagnostics } = await loadGlossary(dir, { parseTerms: cachedTermParser(cache, parallelTermParser()) });
if (!glossary) throw new Error(`content is invalid: ${diagnostics.length} diagnostics`);
const loadMs = performance.now() - t0;
const loaded = resourceUsageReport();
const version = JSON.parse(readFileSync(new URL('../../packages/data/package.json', import.meta.url), 'utf8')).version;
const context = {
  version,
  modifiedAt: await termModifiedTimes(dir, glossary.terms.map((t) => t.id), epoch),
  sourceDateEpoch: epoch,
  books: [],
};
let report;
try {
  const t1 = performance.now();
  const files = await target.render(glossary, context);
  const renderMs = performance.now() - t1;
  const bytes = files.reduce((n, f) => n + (typeof f.contents === 'string' ? Buffer.byteLength(f.contents) : f.contents.byteLength), 0);
  report = { code: 0, loadMs, renderMs, files: files.length, bytes, loadedRssKb: loaded.maxRssKb, ...resourceUsageReport() };
} catch (error) {
  report = { code: 1, error: String(error?.message ?? error).split('\n')[0] };
}
if (process.env.BENCH_REPORT) writeFileSync(process.env.BENCH_REPORT, JSON.stringify(report));
process.exitCode = report.code;
