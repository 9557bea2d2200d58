// `npm run bench -- --turbo`: times `npm run build` on this repository when nothing changed (it must be a full
// cache hit, "FULL TURBO") and after editing one content term (only the tasks whose inputs include content/ may
// run again), then restores the term and checks the cache is hit again.
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const TERM = 'content/terms/alignment.md';
/** The tasks whose inputs include content/ (turbo.json): the only ones an edited term may re-run. */
const CONTENT_TASKS = new Set(['//:artifacts', 'alignment-glossary:build', '@alignment-glossary/docs:build', '@alignment-glossary/content:build']);

function npmBuild(root) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('npm', ['run', 'build'], {
      cwd: root,
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', TURBO_NO_UPDATE_NOTIFIER: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, wallMs: performance.now() - started, ...summarize(out) }));
  });
}

/** Which tasks hit or missed the cache, from turbo's streamed log ("<task>: cache hit, replaying logs …"). */
export function summarize(out) {
  const tasks = new Map();
  for (const line of out.replace(/\x1b\[[0-9;]*m/g, '').split('\n')) {
    const m = /^(\S+?:\S+?): cache (hit|miss|bypass)/.exec(line.trim());
    if (m && !tasks.has(m[1])) tasks.set(m[1], m[2]);
  }
  const cached = /Cached:\s+(\d+) cached, (\d+) total/.exec(out);
  return {
    fullTurbo: out.includes('FULL TURBO'),
    cached: cached ? Number(cached[1]) : undefined,
    total: cached ? Number(cached[2]) : undefined,
    ran: [...tasks].filter(([, s]) => s !== 'hit').map(([t]) => t).sort(),
    tail: out.trim().split('\n').slice(-4).join('\n'),
  };
}

export async function measureTurbo(root) {
  process.stderr.write('turbo: warming up (npm run build)…\n');
  const warmup = await npmBuild(root);
  process.stderr.write('turbo: no-op build…\n');
  const noop = await npmBuild(root);
  const file = path.join(root, TERM);
  const original = await readFile(file);
  let edited;
  let restored;
  try {
    // Blank lines at the end change the file's bytes but not its meaning; a random count makes a state the turbo
    // cache has not seen before, so every task that depends on content really runs.
    await writeFile(file, Buffer.concat([original, Buffer.from('\n'.repeat(1 + Math.floor(Math.random() * 500)))]));
    process.stderr.write(`turbo: build after editing ${TERM}…\n`);
    edited = await npmBuild(root);
  } finally {
    await writeFile(file, original);
  }
  process.stderr.write('turbo: build after restoring it…\n');
  restored = await npmBuild(root);
  return { date: new Date().toISOString(), warmup, noop, edited, restored };
}

export function turboSection(t) {
  const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
  const row = (label, r, expect) => `| ${label} | ${r.code === 0 ? s(r.wallMs) : `failed (exit ${r.code})`} | ${r.cached ?? '?'} / ${r.total ?? '?'} | ${r.ran.length ? r.ran.map((x) => `\`${x}\``).join(', ') : '—'} | ${expect(r) ? '✅' : '❌'} |`;
  return [
    '## Turbo',
    '',
    `Measured with \`npm run bench -- --turbo\` on this repository (${t.date}). \`npm run build\` is \`turbo run build artifacts\`.`,
    `The edit appends blank lines (a random number, so the state is new to the cache) to \`${TERM}\`; afterwards the file is restored.`,
    '',
    '| run | wall | cached / tasks | tasks that ran | expected |',
    '|---|---:|---:|---|:---:|',
    row('first run (warm-up, not judged)', t.warmup, () => true),
    row('no-op: nothing changed → FULL TURBO', t.noop, (r) => r.fullTurbo),
    row('one content term edited → only content-dependent tasks run', t.edited, (r) => r.ran.length > 0 && r.ran.every((x) => CONTENT_TASKS.has(x))),
    row('term restored → cache hit again', t.restored, (r) => r.fullTurbo),
    '',
    `No-op log tail:\n\n\`\`\`\n${t.noop.tail}\n\`\`\``,
    '',
  ].join('\n');
}
