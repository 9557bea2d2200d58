/** Peak RSS (KiB) and CPU time (ms) of this process so far, including its worker threads. */
export function resourceUsageReport() {
  const u = process.resourceUsage();
  return { maxRssKb: u.maxRSS, userMs: u.userCPUTime / 1000, systemMs: u.systemCPUTime / 1000 };
}
