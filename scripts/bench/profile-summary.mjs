// Summarizes a V8 .cpuprofile: self and inclusive time per function, top N. Usage: node profile-summary.mjs file [N]
import { readFileSync } from 'node:fs';

const [file, top = '25'] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map();
const total = profile.samples.length;
const key = (n) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*node_modules\//, '~/').replace(/^file:\/\/\/work\/main\//, '')}:${n.callFrame.lineNumber + 1}`;
const incl = new Map();
for (const s of profile.samples) {
  const node = byId.get(s);
  self.set(key(node), (self.get(key(node)) ?? 0) + 1);
  const seen = new Set();
  for (let id = s; id !== undefined; id = parent.get(id)) {
    const k = key(byId.get(id));
    if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + 1); }
  }
}
const pct = (v) => `${((100 * v) / total).toFixed(1).padStart(5)}%`;
console.log(`${total} samples, ${((profile.endTime - profile.startTime) / 1e6).toFixed(2)} s`);
console.log('-- self');
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) console.log(pct(v), k);
console.log('-- inclusive');
for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) console.log(pct(v), k);
