// The Anki section of BENCHMARKS.md (issue 6): runs the render-anki package's benchmark
// (packages/render-anki/bench/anki.mjs, which compares with anki-apkg-export in fresh processes) and formats its
// JSON report. `npm run bench -- --anki`; without --anki the previous report's section is kept.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Runs the package benchmark and returns its JSON report. */
export function measureAnki(root, runs) {
  const json = path.join(os.tmpdir(), `anki-bench-${process.pid}.json`);
  const result = spawnSync(process.execPath, [path.join(root, 'packages/render-anki/bench/anki.mjs'), '--runs', String(runs), '--json', json], {
    cwd: path.join(root, 'packages/render-anki'), stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`the render-anki benchmark failed (exit ${result.status})`);
  try {
    return JSON.parse(readFileSync(json, 'utf8'));
  } finally {
    rmSync(json, { force: true });
  }
}

const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const size = (b) => (b < 1024 * 1024 ? `${(b / 1024).toFixed(0)} KB` : `${(b / 1024 / 1024).toFixed(2)} MiB`);
const mib = (kb) => `${Math.round(kb / 1024)} MiB`;
const cells = (r) => (r.error ? `aborted: "${r.error.replace(/^abort\("?/, '')}" | | | | |` : `${s(r.renderMs)} (${s(r.renderCpuMs)}) | ${s(r.processMs)} (${s(r.processCpuMs)}) | ${mib(r.rssPeakKb)} | ${size(r.bytes)} |`);

export function ankiSection(report) {
  const lines = ['## Anki (issue 6)', ''];
  lines.push(`\`npm run bench -- --anki\` runs \`packages/render-anki/bench/anki.mjs --runs ${report.runs}\` (medians of ${report.runs} fresh processes; peak RSS: the largest).`);
  lines.push('"render": the render call alone, after the library is loaded and its input is ready; "process": spawn to exit.');
  lines.push('Wall clock, CPU time (user + system) in brackets. Synthetic glossaries from `packages/render-anki/bench/make-glossary.mjs`.');
  lines.push(`Load average before ${report.loadBefore.map((l) => l.toFixed(2)).join(' ')}, after ${(report.loadAfter ?? []).map((l) => l.toFixed(2)).join(' ')}.`, '');
  lines.push('| what | render | whole process | peak RSS | file |', '|---|---:|---:|---:|---:|');
  for (const r of report.ours) lines.push(`| this renderer, ${r.notes} terms (Term + FAQ + cloze notes) | ${cells(r)}`);
  for (const { ours, theirs } of report.comparisons) {
    lines.push(`| this renderer, ${ours.notes} ${ours.kind} notes | ${cells(ours)}`);
    lines.push(`| anki-apkg-export 4.0.3, the same ${theirs.notes} notes | ${cells(theirs)}`);
  }
  lines.push('');
  lines.push('"short" notes have a few hundred characters (the issue\'s comparison); "real" notes are our ~4 KB Term notes.');
  lines.push('anki-apkg-export gets, per note, front = the Term field and back = the other fields joined (the same HTML).', '');
  for (const { ours, theirs } of report.comparisons) {
    if (theirs.error) continue;
    const x = (k) => `${(theirs[k] / ours[k]).toFixed(1)}×`;
    lines.push(`- ${ours.notes} ${ours.kind} notes: this renderer is ${x('renderMs')} faster in render time (${x('renderCpuMs')} in CPU), ${x('processMs')} for the whole process (${x('processCpuMs')} CPU); its file is ${Math.round((ours.bytes / theirs.bytes) * 100)} % of anki-apkg-export's.`);
  }
  for (const b of report.breaks) lines.push(`- anki-apkg-export with ${b.kind} notes: works with ${b.works}, aborts ("Cannot enlarge memory arrays") with ${b.aborts}.`);
  const big = report.ours.find((r) => r.notes === 10000);
  const at500 = report.comparisons.find((c) => c.ours.notes === 500 && c.ours.kind === 'short');
  lines.push('', '| target | measured | result |', '|---|---:|:---:|');
  if (big) lines.push(`| 10,000 terms in ≤ 2 s, renderer alone | ${s(big.renderMs)} (CPU ${s(big.renderCpuMs)}) | ${big.renderMs <= 2000 ? '✅ met' : '❌ miss'} |`);
  if (at500 && !at500.theirs.error) {
    const r = at500.theirs.renderMs / at500.ours.renderMs;
    lines.push(`| ≥ 10× faster than anki-apkg-export at 500 notes (render) | ${r.toFixed(1)}× | ${r >= 10 ? '✅ met' : '❌ miss'} |`);
    lines.push(`| files no larger than anki-apkg-export's (500 notes) | ${Math.round((at500.ours.bytes / at500.theirs.bytes) * 100)} % | ${at500.ours.bytes <= at500.theirs.bytes ? '✅ met' : '❌ miss'} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** Keeps the Anki section of the previous report when this run did not measure it. */
export function previousAnki(previous) {
  const at = previous.indexOf('## Anki');
  if (at === -1) return '## Anki (issue 6)\n\nNot measured yet: run `npm run bench -- --anki`.\n';
  const end = previous.indexOf('\n## ', at + 1);
  return `${previous.slice(at, end === -1 ? undefined : end).trimEnd()}\n`;
}
