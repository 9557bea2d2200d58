// Runs the glossary CLI inside this process (exactly what bin/glossary.js does) and, when BENCH_REPORT names a
// file, writes the process's peak RSS and CPU time there as JSON. Used by scripts/bench.mjs: one fresh process
// per measured run.
import { writeFileSync } from 'node:fs';
import { resourceUsageReport } from './resource-usage.mjs';

const { main } = await import('@alignment-glossary/cli');
const code = await main(process.argv.slice(2));
if (process.env.BENCH_REPORT) writeFileSync(process.env.BENCH_REPORT, JSON.stringify({ code, ...resourceUsageReport() }));
process.exitCode = code;
