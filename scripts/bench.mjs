#!/usr/bin/env node
// The benchmark harness (issue 10): `npm run bench [-- options]`.
//
// Generates synthetic glossaries (scripts/bench/generate-glossary.mjs) in a temp folder, runs every measured step
// several times, each in a fresh process, and writes BENCHMARKS.md at the repo root: the machine, the exact
// commands, the medians, and the targets with a pass/miss mark.
//
// Options:
//   --sizes 1000,10000   glossary sizes (the targets are judged on 10000 and on the 10000/1000 ratio)
//   --runs 3             runs per step (the median is reported)
//   --turbo              also time a no-op `npm run build` and one after editing a content term, on this repo
//   --anki               also run render-anki's benchmark (this renderer vs anki-apkg-export, issue 6)
//   --out BENCHMARKS.md  where to write the report ('-' for stdout only)
//   --keep               keep the temp folder
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateContent, writeContent } from './bench/generate-glossary.mjs';
import { ankiSection, measureAnki, previousAnki } from './bench/anki-section.mjs';
import { measureTurbo, turboSection } from './bench/turbo.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    runs: { type: 'string', default: '3' },
    turbo: { type: 'boolean', default: false },
    anki: { type: 'boolean', default: false },
    out: { type: 'string', default: 'BENCHMARKS.md' },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = args.sizes.split(',').map(Number);
const runs = Math.max(1, Number(args.runs));
const node = process.execPath;
const runCli = path.join(root, 'scripts/bench/run-cli.mjs');
const runRenderer = path.join(root, 'scripts/bench/run-renderer.mjs');

if (!existsSync(path.join(root, 'apps/cli/dist/cli.js'))) {
  console.error('bench: build first (npm run build, or npx turbo run build --filter=@alignment-glossary/cli)');
  process.exit(2);
}

/** Spawns `node <args>`, returns wall time (ms), the runner's JSON report and the output. */
function run(argv, { env = {}, cwd = root } = {}) {
  return new Promise((resolve, reject) => {
    const report = path.join(os.tmpdir(), `bench-report-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
    const started = performance.now();
    const child = spawn(node, argv, { cwd, env: { ...process.env, ...env, BENCH_REPORT: report }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', async (code) => {
      const wallMs = performance.now() - started;
      let data = {};
      try {
        data = JSON.parse(await readFile(report, 'utf8'));
        await rm(report, { force: true });
      } catch {
        // the process died before reporting
      }
      resolve({ code, wallMs, out, ...data });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Runs a step `runs` times (calling `before` ahead of each run, untimed) and summarizes: median wall time, median
 * CPU time, peak RSS over the runs, and the first failure's message if any run failed.
 */
async function step(name, argv, { env, before } = {}) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    if (before) await before(i);
    const r = await run(argv, { env });
    results.push(r);
    process.stderr.write(`  ${name} #${i + 1}: ${r.code === 0 ? `${(r.wallMs / 1000).toFixed(2)} s, ${Math.round((r.maxRssKb ?? 0) / 1024)} MiB` : `failed (${firstError(r)})`}\n`);
    if (r.code !== 0) break;
  }
  const ok = results.every((r) => r.code === 0);
  const pick = (k) => median(results.map((r) => r[k] ?? 0));
  return {
    name, ok, runs: results.length, error: ok ? undefined : firstError(results.find((r) => r.code !== 0)),
    wallMs: pick('wallMs'), cpuMs: median(results.map((r) => (r.userMs ?? 0) + (r.systemMs ?? 0))),
    maxRssKb: Math.max(...results.map((r) => r.maxRssKb ?? 0)),
    renderMs: pick('renderMs'), loadMs: pick('loadMs'), files: results[0]?.files, bytes: results[0]?.bytes,
    out: results.at(-1)?.out ?? '',
  };
}

function firstError(r) {
  if (r.error) return r.error;
  const line = r.out.split('\n').find((l) => /error|not implemented|✖/i.test(l)) ?? r.out.trim().split('\n').at(-1) ?? '';
  return line.replace(/^glossary:\s*/, '').trim().slice(0, 160);
}

/** Machine description for the report. */
function machine() {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  const osRelease = existsSync('/etc/os-release') ? /PRETTY_NAME="?([^"\n]*)/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] : undefined;
  return {
    cpu: model.trim(), cores: os.availableParallelism(), ramGiB: (os.totalmem() / 2 ** 30).toFixed(1),
    node: process.version, os: `${osRelease ?? os.type()} (${os.type()} ${os.release()}, ${os.arch()})`,
  };
}

const work = await mkdtemp(path.join(os.tmpdir(), 'glossary-bench-'));
const started = new Date();
const loadBefore = os.loadavg();
const results = new Map();
try {
  for (const n of sizes) {
    const dir = path.join(work, `g${n}`);
    const content = path.join(dir, 'content');
    const cache = path.join(dir, 'cache');
    const out = path.join(dir, 'out');
    const env = { GLOSSARY_CACHE_DIR: cache };
    process.stderr.write(`generating ${n} terms…\n`);
    const files = generateContent(n, 1);
    await writeContent(content, files);
    const bytes = [...files.values()].reduce((s, t) => s + Buffer.byteLength(t), 0);
    const clearCache = () => rm(cache, { recursive: true, force: true });
    const r = { n, contentBytes: bytes, steps: {} };
    results.set(n, r);

    r.steps.validateCold = await step(`validate cold ${n}`, [runCli, 'validate', content], { env, before: clearCache });
    r.steps.validateWarm = await step(`validate warm ${n}`, [runCli, 'validate', content], { env });
    for (const target of ['books', 'jsonld', 'anki', 'npm']) {
      r.steps[`render:${target}`] = await step(`render ${target} ${n}`, [runRenderer, content, target], { env });
    }
    // The previous output is moved aside, not deleted: deleting a 60,000-file tree makes ext4 slow to create
    // files for the next ~30 s (it skips recently freed inodes), which measured the deletion, not the build
    // (scripts/bench/findings.md). The moved trees are deleted with the temp folder at the end.
    let moved = 0;
    const clearAll = async () => {
      await clearCache();
      if (existsSync(out)) await rename(out, path.join(work, `old-output-${n}-${moved++}`));
    };
    r.steps.buildCold = await step(`build cold ${n}`, [runCli, 'build', content, '--out', out], { env, before: clearAll });
    // The same with the heaviest target (books) rendered in a worker thread: both cores, two glossaries in memory.
    r.steps.buildColdTwoThreads = await step(`build cold, 2 render threads ${n}`, [runCli, 'build', content, '--out', out], { env: { ...env, GLOSSARY_RENDER_THREADS: '2' }, before: clearAll });
    // Warm: cache and previous output present; one term's body changes before each run.
    const edited = [...files.keys()].filter((f) => f.startsWith('terms/'))[Math.floor(n / 2)];
    const original = files.get(edited);
    r.editedFile = edited;
    r.steps.buildWarm = r.steps.buildCold.ok
      ? await step(`build warm ${n}`, [runCli, 'build', content, '--out', out], {
        env,
        before: (i) => writeFile(path.join(content, edited), `${original}\nRevision ${i + 1} of this term.\n`),
      })
      : { name: 'build warm', ok: false, error: 'cold build failed', wallMs: 0, cpuMs: 0, maxRssKb: 0 };
    await writeFile(path.join(content, edited), original);
  }
  const turbo = args.turbo ? await measureTurbo(root) : undefined;
  const anki = args.anki ? measureAnki(root, runs) : undefined;
  const report = renderReport({ started, loadBefore, loadAfter: os.loadavg(), turbo, anki, previous: await readPrevious() });
  if (args.out === '-') console.log(report);
  else {
    await writeFile(path.resolve(root, args.out), report);
    console.error(`wrote ${args.out}`);
  }
} finally {
  if (args.keep) console.error(`kept ${work}`);
  else await rm(work, { recursive: true, force: true });
}

async function readPrevious() {
  try {
    return await readFile(path.resolve(root, args.out === '-' ? 'BENCHMARKS.md' : args.out), 'utf8');
  } catch {
    return '';
  }
}

function renderReport({ started, loadBefore, loadAfter, turbo, anki, previous }) {
  const m = machine();
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  const mib = (kb) => `${Math.round(kb / 1024)} MiB`;
  const cell = (st, f) => (st?.ok ? f(st) : `✗ ${st?.error ?? 'not run'}`);
  const big = results.get(Math.max(...sizes));
  const small = results.get(Math.min(...sizes));
  const lines = [];
  lines.push('# Benchmarks', '');
  lines.push('Generated by `npm run bench` (scripts/bench.mjs). Do not edit by hand; re-run the script.', '');
  lines.push('## Machine', '');
  lines.push(`- CPU: ${m.cpu}, ${m.cores} cores available`, `- RAM: ${m.ramGiB} GiB`, `- Node ${m.node}`, `- OS: ${m.os}`);
  lines.push(`- Run: ${started.toISOString()}; load average before ${loadBefore.map((x) => x.toFixed(2)).join(' ')}, after ${loadAfter.map((x) => x.toFixed(2)).join(' ')}` +
    ' (other processes share the machine: compare CPU time when the load is high)');
  lines.push(`- ${runs} runs per step, each in a fresh process; figures are medians (peak RSS: the maximum over the runs).`, '');

  lines.push('## Synthetic content', '');
  lines.push('`scripts/bench/generate-glossary.mjs` (seed 1): ~2.1 KB Markdown bodies with 4–5 `term:` links, a list and sometimes a table;',
    '2–3 authored relations per term (a `broader` tree plus links to earlier terms: no cycles, nothing written from both sides;',
    '≈ 5 relations per term with the derived inverses), 1–2 examples, 2 FAQs, 2 sources with URLs, 8 categories, n/200 comparisons,',
    'n/333 diagrams, a full book by category and a 20-term primer with a neighbours appendix; 5 % drafts, 1 % deprecated. Valid under',
    '`glossary validate` with no problems.', '');
  lines.push('| terms | content size |', '|---:|---:|');
  for (const r of results.values()) lines.push(`| ${r.n} | ${(r.contentBytes / 2 ** 20).toFixed(1)} MiB |`);
  lines.push('');

  lines.push('## Commands', '');
  lines.push(`This report: \`npm run build\`, then \`npm run bench -- --runs ${runs}${args.turbo ? ' --turbo' : ''}${args.anki ? ' --anki' : ''}${args.sizes !== '1000,10000' ? ` --sizes ${args.sizes}` : ''}\` (options: \`--sizes\`, \`--runs\`, \`--turbo\`, \`--anki\`, \`--keep\`, \`--out\`).`, '');
  lines.push('Each step runs `node scripts/bench/run-cli.mjs <args>`, which calls the CLI\'s `main()` exactly as `apps/cli/bin/glossary.js` does',
    'and reports peak RSS and CPU time from `process.resourceUsage()`. Wall time is measured by the parent from spawn to exit, so',
    'it includes Node start-up and module loading. `GLOSSARY_CACHE_DIR` points at a per-size temp folder.', '');
  lines.push('| step | command | before each run |', '|---|---|---|');
  lines.push('| validate cold | `glossary validate <content>` | cache folder deleted |');
  lines.push('| validate warm | `glossary validate <content>` | cache from the previous run |');
  lines.push('| render `<target>` | `node scripts/bench/run-renderer.mjs <content> <target>` | (loads with the warm cache, then times `target.render(glossary, context)` only) |');
  lines.push('| build cold | `glossary build <content> --out <out>` | cache deleted, previous output moved aside (deleting it would slow the next file creations: see below) |');
  lines.push('| build cold, two render threads | `GLOSSARY_RENDER_THREADS=2 glossary build <content> --out <out>` | as for build cold |');
  lines.push('| build warm | `glossary build <content> --out <out>` | cache and previous output present; one term file edited (a sentence appended) |', '');

  lines.push('## Results', '');
  const head = `| step | ${[...results.keys()].map((n) => `${n} terms: wall`).join(' | ')} | ${[...results.keys()].map((n) => `${n}: CPU`).join(' | ')} | ${[...results.keys()].map((n) => `${n}: peak RSS`).join(' | ')} |`;
  lines.push(head, `|---|${[...results.keys()].map(() => '---:').join('|')}|${[...results.keys()].map(() => '---:').join('|')}|${[...results.keys()].map(() => '---:').join('|')}|`);
  const stepNames = [['validateCold', 'validate cold'], ['validateWarm', 'validate warm'], ['render:books', 'render books (render only)'],
    ['render:jsonld', 'render JSON-LD (render only)'], ['render:anki', 'render Anki (render only)'], ['render:npm', 'render data package (render only)'],
    ['buildCold', 'build cold (all targets)'], ['buildColdTwoThreads', 'build cold, two render threads'], ['buildWarm', 'build warm (one term edited)']];
  for (const [key, label] of stepNames) {
    const rs = [...results.values()].map((r) => r.steps[key]);
    const time = (st) => (key.startsWith('render:') ? s(st.renderMs) : s(st.wallMs));
    const cpu = (st) => (key.startsWith('render:') ? `${s(st.loadMs)} load` : s(st.cpuMs));
    lines.push(`| ${label} | ${rs.map((st) => cell(st, time)).join(' | ')} | ${rs.map((st) => cell(st, cpu)).join(' | ')} | ${rs.map((st) => cell(st, (x) => mib(x.maxRssKb))).join(' | ')} |`);
  }
  lines.push('', 'For the render rows the time is `render()` alone and the CPU column shows instead how long loading took in that process.',
    'Rendered alone, the data package (`npm`) includes a JSON-LD render (in a build, the `jsonld` and `npm` targets share one).', '');
  const buildOut = big?.steps.buildCold?.ok ? big.steps.buildCold.out.trim() : '';
  if (buildOut) lines.push(`Per-target times reported by the cold ${big.n}-term build:`, '', '```', buildOut.split('\n').filter((l) => !l.startsWith('⚠')).join('\n'), '```', '');

  lines.push('## Targets', '');
  lines.push(`Judged on the ${big.n}-term glossary${small !== big ? ` and the ${big.n} / ${small.n} ratio` : ''}.`, '');
  lines.push('| target | measured | result |', '|---|---:|:---:|');
  const mark = (ok) => (ok ? '✅ pass' : '❌ miss');
  const target = (label, st, measure, pass) => lines.push(`| ${label} | ${st?.ok ? measure(st) : `✗ ${st?.error ?? 'not run'}`} | ${st?.ok ? mark(pass(st)) : '❌ miss'} |`);
  target('cold build (load + validate + books + JSON-LD + Anki + data package) ≤ 20 s', big.steps.buildCold, (st) => s(st.wallMs), (st) => st.wallMs <= 20000);
  target('warm rebuild after editing one term ≤ 2 s', big.steps.buildWarm, (st) => s(st.wallMs), (st) => st.wallMs <= 2000);
  const rate = (st) => (big.n / st.wallMs) * 1000;
  target('cold validation ≥ 1,000 terms/s', big.steps.validateCold, (st) => `${Math.round(rate(st)).toLocaleString('en')} terms/s`, (st) => rate(st) >= 1000);
  target('warm validation ≥ 20,000 terms/s', big.steps.validateWarm, (st) => `${Math.round(rate(st)).toLocaleString('en')} terms/s`, (st) => rate(st) >= 20000);
  // Judged on the default commands; the opt-in second render thread is shown next to it.
  const peak = Math.max(...Object.entries(big.steps).filter(([k, st]) => st.ok && k !== 'buildColdTwoThreads').map(([, st]) => st.maxRssKb));
  const twoThreads = big.steps.buildColdTwoThreads;
  lines.push(`| peak RSS ≤ 1.5 GiB (largest over every step with default settings${twoThreads?.ok ? `; ${mib(twoThreads.maxRssKb)} with GLOSSARY_RENDER_THREADS=2` : ''}) | ${mib(peak)} | ${mark(peak <= 1.5 * 2 ** 20)} |`);
  if (small !== big) {
    for (const [key, label] of [['buildCold', 'cold build'], ['validateCold', 'cold validation'], ['validateWarm', 'warm validation']]) {
      const a = small.steps[key], b = big.steps[key];
      const ok = a?.ok && b?.ok;
      const ratio = ok ? b.wallMs / a.wallMs : 0;
      lines.push(`| near-linear growth: ${label} ${big.n} ≤ ${Math.round((big.n / small.n) * 12) / 10} × ${small.n} | ${ok ? `${ratio.toFixed(1)} ×` : '✗ not measured'} | ${ok ? mark(ratio <= (big.n / small.n) * 1.2) : '❌ miss'} |`);
    }
  }
  lines.push('');
  lines.push(readFileSync(path.join(root, 'scripts/bench/findings.md'), 'utf8').trim(), '');
  lines.push(anki ? ankiSection(anki) : previousAnki(previous));
  lines.push(turbo ? turboSection(turbo) : previousTurbo(previous));
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Keeps the Turbo section of the previous report when this run did not measure it (it needs --turbo). */
function previousTurbo(previous) {
  const at = previous.indexOf('## Turbo');
  if (at === -1) return '## Turbo\n\nNot measured yet: run `npm run bench -- --turbo`.\n';
  return previous.slice(at);
}
