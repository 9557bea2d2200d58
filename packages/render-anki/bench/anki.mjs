#!/usr/bin/env node
// Benchmark of the Anki renderer: `npm run bench` in this package (after `npm run build`). Prints figures and
// asserts nothing.
//
// Every measurement runs in a fresh Node process, so its peak memory (process.resourceUsage().maxRSS) is its own
// and no JIT or heap state carries over. Time is the render call alone (wall clock, with CPU time beside it: on a
// busy machine wall time can be far above CPU time). Measured:
// - this renderer on synthetic glossaries of 500, 1,000 and 10,000 terms (~2 KB explanation, 2 FAQ entries,
//   3 relations per term, a comparison per 50 terms; bench/make-glossary.mjs): the whole package;
// - like for like against anki-apkg-export 4.0.3 on the same N Term notes (no FAQ, no comparisons): ours as an
//   .apkg with two cards per note, anki-apkg-export with front = Term and back = the other fields joined.
//   anki-apkg-export runs sql.js 0.5 in a fixed 16 MB heap and aborts ("Cannot enlarge memory arrays") once the
//   notes outgrow it; the script finds where.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const self = fileURLToPath(import.meta.url);
const TARGET_MS = 2000;
const EPOCH = 1735689600;

/** A synthetic glossary; for 'terms' without FAQ entries and comparisons, so every note is a Term note. */
async function glossaryFor(kind, n) {
  const { syntheticGlossary } = await import('./make-glossary.mjs');
  const full = syntheticGlossary(n);
  if (kind === 'full') return full;
  const terms = full.terms.map((t) => ({ ...t, faq: [] }));
  return { ...full, terms, termsById: new Map(terms.map((t) => [t.id, t])), comparisons: [], comparisonsByTerm: new Map() };
}

/** Runs one measurement in this process. */
async function measure(kind, n) {
  const glossary = await glossaryFor(kind === 'export' ? 'terms' : kind, n);
  const options = { version: '0.0.0', modifiedAt: new Map(), sourceDateEpoch: EPOCH };
  const { renderAnki } = await import('../dist/index.js');
  const AnkiExport = kind === 'export' ? createRequire(self)('anki-apkg-export').default : undefined;
  // anki-apkg-export gets the very field HTML our Term notes hold, built before its clock starts.
  const { bookDeck } = await import('../dist/book-deck.js');
  const { createNoteContext } = await import('../dist/note-context.js');
  const notes = kind === 'export' ? [...bookDeck(glossary.books[0], createNoteContext(glossary, options.modifiedAt, EPOCH), '0.0.0').notes] : [];
  const rssBefore = process.resourceUsage().maxRSS;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const result = (fields) => {
    const cpu = process.cpuUsage(c0);
    return { ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000, rssBefore, rssPeak: process.resourceUsage().maxRSS, ...fields };
  };
  if (kind !== 'export') {
    const [file] = renderAnki(glossary, options);
    return result({ bytes: file.contents.length });
  }
  try {
    const apkg = new AnkiExport('Synthetic');
    for (const note of notes) apkg.addCard(note.fields[1], note.fields.slice(2).filter(Boolean).join('<br>'), { tags: [...note.tags] });
    const zip = await apkg.save();
    return result({ bytes: zip.length });
  } catch (error) {
    return result({ error: String(error?.message ?? error).split('.')[0] });
  }
}

function run(kind, n) {
  const out = execFileSync(process.execPath, [self, '--one', kind, String(n)], { encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'ignore'] });
  return JSON.parse(out.trim().split('\n').at(-1));
}

const mb = (kb) => `${Math.round(kb / 1024)} MB`;
const size = (b) => (b < 1024 * 1024 ? `${(b / 1024).toFixed(0)} KB` : `${(b / 1024 / 1024).toFixed(1)} MB`);
const time = (r) => `${r.ms.toFixed(0).padStart(6)} ms (cpu ${r.cpuMs.toFixed(0)} ms)`;
const row = (label, r) => `  ${label.padEnd(28)} ${time(r)}  peak RSS ${mb(r.rssPeak)} (${mb(r.rssBefore)} before)  ${size(r.bytes)}`;

if (process.argv[2] === '--one') {
  console.log(JSON.stringify(await measure(process.argv[3], Number(process.argv[4]))));
} else {
  console.log('render-anki benchmark: each row is a fresh process; time is the render call alone\n');
  console.log('this renderer, whole package (Term + FAQ + cloze notes)');
  for (const n of [500, 1000, 10000]) {
    const r = run('full', n);
    const verdict = n === 10000 ? (r.ms <= TARGET_MS ? `  ✓ ≤ ${TARGET_MS} ms` : `  ✗ target ${TARGET_MS} ms`) : '';
    console.log(row(`${n} terms`, r) + verdict);
  }

  console.log('\nlike for like: the same N Term notes, render-anki vs anki-apkg-export 4.0.3');
  const works = (n) => !run('export', n).error;
  let low = 0;
  for (const n of [500, 1000]) {
    const theirs = run('export', n);
    console.log(theirs.error ? `  anki-apkg-export, ${n} notes: aborted after ${theirs.ms.toFixed(0)} ms: "${theirs.error}"` : row(`anki-apkg-export, ${n} notes`, theirs));
    if (!theirs.error) low = n;
  }
  if (low < 1000) {
    let high = low === 500 ? 1000 : 500;
    while (high - low > 10) {
      const mid = Math.round((low + high) / 2);
      if (works(mid)) low = mid;
      else high = mid;
    }
    console.log(`  anki-apkg-export breaks between ${low} and ${high} of these notes`);
  }
  const n = low >= 500 ? 500 : Math.floor(low / 50) * 50;
  const ours = run('terms', n);
  const theirs = run('export', n);
  console.log(row(`render-anki, ${n} notes`, ours));
  console.log(row(`anki-apkg-export, ${n} notes`, theirs));
  console.log(`  → render-anki ${(theirs.ms / ours.ms).toFixed(1)}× faster (cpu ${(theirs.cpuMs / ours.cpuMs).toFixed(1)}×), file ${Math.round((ours.bytes / theirs.bytes) * 100)}% of anki-apkg-export's`);
  const ours500 = n === 500 ? ours : run('terms', 500);
  if (n !== 500) console.log(row('render-anki, 500 notes', ours500));
}
