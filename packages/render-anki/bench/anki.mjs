#!/usr/bin/env node
// Benchmark of the Anki renderer: `npm run bench` in this package (after `npm run build`). Prints figures and
// asserts nothing. Options: `--runs N` (default 3; each row shows the median of N fresh processes, peak RSS the
// largest), `--json FILE` (also write every figure as JSON, for the root BENCHMARKS.md).
//
// Every measurement runs in a fresh Node process, so its peak memory (process.resourceUsage().maxRSS) is its own
// and no JIT or heap state carries over. Two times are taken:
// - "render": the render call alone, from the first call into the library to the finished file (for
//   anki-apkg-export: `new AnkiExport()`, every `addCard`, `save()`), after the library is loaded and the input
//   is ready;
// - "process": the whole process, from spawn to exit (Node's start-up, loading the library, preparing the input,
//   the render), as the parent sees it.
// Each comes as wall clock and CPU time (user + system); on a busy machine wall time can be far above CPU time.
//
// Measured:
// - this renderer on synthetic glossaries of 500, 1,000 and 10,000 terms (~2 KB explanation, 2 FAQ entries,
//   3 relations per term, a comparison per 50 terms; bench/make-glossary.mjs): the whole package;
// - against anki-apkg-export 4.0.3 (the npm package people reach for) on the same notes, built the same way for
//   both: ours renders the glossary; anki-apkg-export gets, for each of our Term notes, front = the Term field and
//   back = the other fields joined with <br> (the same HTML), plus the same tags. Ours writes two cards per note
//   (Term → Definition and back), anki-apkg-export one. Two kinds of notes:
//   - "short": a few hundred characters (term, ~200-character definition, a ~200-character explanation, alias,
//     category; no relations, sources, examples or FAQ), the notes of the issue's comparison: 500 and 1,000;
//   - "real": our real Term notes of ~4 KB (explanation, examples, relations, sources; no FAQ or comparisons).
//   anki-apkg-export runs sql.js 0.5 in a fixed 16 MB heap and aborts ("Cannot enlarge memory arrays") once the
//   notes outgrow it; the script finds where for both kinds, and compares on real notes at the largest multiple
//   of 50 below that.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const self = fileURLToPath(import.meta.url);
const TARGET_MS = 2000;
const EPOCH = 1735689600;
const cpuMs = (usage) => (usage.user + usage.system) / 1000;

/**
 * A synthetic glossary of n terms: 'full' (everything), 'real' (no FAQ entries or comparisons, so every note is a
 * Term note) or 'short' (Term notes of a few hundred characters).
 */
async function glossaryFor(kind, n) {
  const { syntheticGlossary } = await import('./make-glossary.mjs');
  const full = syntheticGlossary(n);
  if (kind === 'full') return full;
  const terms = full.terms.map((t) => {
    if (kind === 'real') return { ...t, faq: [] };
    const text = t.explanation.children[0].children[0].value.slice(0, 200).trim();
    return { ...t, faq: [], examples: [], sources: [], explanation: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] } };
  });
  const relations = kind === 'short' ? new Map() : full.relations;
  return { ...full, terms, termsById: new Map(terms.map((t) => [t.id, t])), relations, edges: kind === 'short' ? [] : full.edges, comparisons: [], comparisonsByTerm: new Map() };
}

/** The notes anki-apkg-export gets: our Term notes' fields, as front and back, with their tags. */
async function exportNotes(kind, n) {
  const glossary = await glossaryFor(kind, n);
  const { bookDeck } = await import('../dist/book-deck.js');
  const { createNoteContext } = await import('../dist/note-context.js');
  const deck = bookDeck(glossary.books[0], createNoteContext(glossary, new Map(), EPOCH), '0.0.0');
  return [...deck.notes].map((note) => ({ front: note.fields[1], back: note.fields.slice(2).filter(Boolean).join('<br>'), tags: [...note.tags] }));
}

/** One measurement in this process: prints a JSON line. */
async function measure(side, kind, n, notesFile) {
  let render;
  let input;
  if (side === 'ours') {
    ({ renderAnki: render } = await import('../dist/index.js'));
    input = await glossaryFor(kind, n);
  } else {
    const AnkiExport = createRequire(self)('anki-apkg-export').default;
    input = JSON.parse(readFileSync(notesFile, 'utf8'));
    render = async (notes) => {
      const apkg = new AnkiExport('Synthetic');
      for (const note of notes) apkg.addCard(note.front, note.back, { tags: note.tags });
      return apkg.save();
    };
  }
  const rssBefore = process.resourceUsage().maxRSS;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let result;
  try {
    const out = side === 'ours' ? render(input, { version: '0.0.0', modifiedAt: new Map(), sourceDateEpoch: EPOCH }) : await render(input);
    result = { bytes: side === 'ours' ? out.reduce((sum, f) => sum + f.contents.length, 0) : out.length };
  } catch (error) {
    result = { error: String(error?.message ?? error).split('.')[0] };
  }
  const renderMs = performance.now() - t0;
  const renderCpuMs = cpuMs(process.cpuUsage(c0));
  console.log(JSON.stringify({ renderMs, renderCpuMs, rssBefore, rssPeak: process.resourceUsage().maxRSS, processCpuMs: cpuMs(process.cpuUsage()), ...result }));
}

/** Runs one measurement in a fresh process, adding the process's wall time as the parent sees it. */
function runOnce(side, kind, n, notesFile) {
  const t0 = performance.now();
  const child = spawnSync(process.execPath, [self, '--one', side, kind, String(n), notesFile ?? ''], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const processMs = performance.now() - t0;
  const line = child.stdout.trim().split('\n').at(-1);
  if (!line?.startsWith('{')) return { error: `exit ${child.status}: ${child.stderr.trim().split('\n').at(-1)}`, processMs };
  return { ...JSON.parse(line), processMs };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** `runs` fresh processes; medians of the times, the largest peak RSS. An error in any run is the result. */
function run(side, kind, n, notesFile, runs) {
  const all = Array.from({ length: runs }, () => runOnce(side, kind, n, notesFile));
  const failed = all.find((r) => r.error);
  const result = { side, kind, notes: n, runs };
  for (const key of ['renderMs', 'renderCpuMs', 'processMs', 'processCpuMs']) result[key] = Math.round(median(all.map((r) => r[key])));
  result.rssPeakKb = Math.max(...all.map((r) => r.rssPeak ?? 0));
  return failed ? { ...result, error: failed.error } : { ...result, bytes: all[0].bytes };
}

const mb = (kb) => `${Math.round(kb / 1024)} MB`;
const size = (b) => (b < 1024 * 1024 ? `${(b / 1024).toFixed(0)} KB` : `${(b / 1024 / 1024).toFixed(1)} MB`);
const times = (r) => `render ${String(r.renderMs).padStart(5)} ms (cpu ${String(r.renderCpuMs).padStart(5)})   process ${String(r.processMs).padStart(5)} ms (cpu ${String(r.processCpuMs).padStart(5)})`;
const row = (label, r) => `  ${label.padEnd(30)} ${r.error ? `aborted: "${r.error}"` : `${times(r)}   peak RSS ${mb(r.rssPeakKb)}   ${size(r.bytes)}`}`;
const ratio = (ours, theirs) => {
  const x = (key) => `${(theirs[key] / ours[key]).toFixed(1)}×`;
  return `  → render-anki faster: render ${x('renderMs')} (cpu ${x('renderCpuMs')}), whole process ${x('processMs')} (cpu ${x('processCpuMs')}); file ${Math.round((ours.bytes / theirs.bytes) * 100)}% of anki-apkg-export's`;
};

if (process.argv[2] === '--one') {
  const [side, kind, n, notesFile] = process.argv.slice(3);
  await measure(side, kind, Number(n), notesFile);
} else {
  const arg = (name) => {
    const index = process.argv.indexOf(name);
    return index === -1 ? undefined : process.argv[index + 1];
  };
  const runs = Number(arg('--runs') ?? 3);
  const jsonFile = arg('--json');
  const dir = mkdtempSync(path.join(tmpdir(), 'render-anki-bench-'));
  const report = { node: process.version, runs, loadBefore: loadavg(), ours: [], comparisons: [], breaks: [] };
  const notesFile = async (kind, n) => {
    const file = path.join(dir, `${kind}-${n}.json`);
    writeFileSync(file, JSON.stringify(await exportNotes(kind, n)));
    return file;
  };
  /** anki-apkg-export on n notes of this kind (one run: only whether it aborts). */
  const works = async (kind, n) => !run('export', kind, n, await notesFile(kind, n), 1).error;
  /** The largest number of notes anki-apkg-export takes, between low (works) and high (aborts), within 1%. */
  const breakPoint = async (kind, low, high) => {
    while (high - low > Math.max(5, low / 100)) {
      const mid = Math.round((low + high) / 2);
      if (await works(kind, mid)) low = mid;
      else high = mid;
    }
    return { kind, works: low, aborts: high };
  };
  /** ours vs anki-apkg-export on the same n notes. */
  const compare = async (kind, n) => {
    const ours = run('ours', kind, n, undefined, runs);
    const theirs = run('export', kind, n, await notesFile(kind, n), runs);
    report.comparisons.push({ ours, theirs });
    console.log(row(`render-anki, ${n} notes`, ours));
    console.log(row(`anki-apkg-export, ${n} notes`, theirs));
    if (!theirs.error) console.log(ratio(ours, theirs));
    return theirs;
  };

  try {
    console.log(`render-anki benchmark, Node ${process.version}: medians of ${runs} fresh processes (peak RSS: the largest).`);
    console.log('"render": the render call alone; "process": spawn to exit. Wall clock, with CPU time (user + system) in brackets.\n');
    console.log('this renderer, whole package (Term + FAQ + cloze notes)');
    for (const n of [500, 1000, 10000]) {
      const r = run('ours', 'full', n, undefined, runs);
      report.ours.push(r);
      const verdict = n === 10000 ? (r.renderMs <= TARGET_MS ? `  ✓ ≤ ${TARGET_MS} ms` : `  ✗ target ${TARGET_MS} ms`) : '';
      console.log(row(`${n} terms`, r) + verdict);
    }

    console.log('\nshort notes (a few hundred characters), render-anki vs anki-apkg-export 4.0.3');
    const [at500, at1000] = [await compare('short', 500), await compare('short', 1000)];
    if (!at1000.error) {
      let high = 2000;
      while (await works('short', high)) high *= 2;
      report.breaks.push(await breakPoint('short', high / 2, high));
    } else {
      report.breaks.push(at500.error ? await breakPoint('short', 50, 500) : await breakPoint('short', 500, 1000));
    }

    console.log('\nreal Term notes (~4 KB of HTML each), render-anki vs anki-apkg-export 4.0.3');
    const real = (await works('real', 500)) ? { kind: 'real', works: 500, aborts: 1000 } : await breakPoint('real', 50, 500);
    if (real.works === 500 && (await works('real', 1000))) real.works = 1000;
    report.breaks.push(real);
    const n = Math.min(500, Math.floor(real.works / 50) * 50);
    await compare('real', n);
    if (n !== 500) await compare('real', 500);

    console.log('\nwhere anki-apkg-export aborts ("Cannot enlarge memory arrays")');
    for (const b of report.breaks) console.log(`  ${b.kind} notes: works with ${b.works}, aborts with ${b.aborts}`);
    report.loadAfter = loadavg();
    console.log(`\nload average before ${report.loadBefore.map((l) => l.toFixed(2)).join(' ')}, after ${report.loadAfter.map((l) => l.toFixed(2)).join(' ')}`);
    if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
