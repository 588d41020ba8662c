/**
 * Preloaded into the bot by `npm run bench` (`node --expose-gc -r …/heap-report.js`): on SIGUSR2 it runs a
 * full garbage collection and writes the live heap as one JSON line to stderr. RSS alone cannot tell a leak
 * from V8 letting garbage pile up until its next full collection; the heap after a full GC can.
 */
let seq = 0;
process.on('SIGUSR2', () => {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  const mb = (bytes: number): number => Math.round((bytes / 1048576) * 10) / 10;
  process.stderr.write(`${JSON.stringify({ heapReport: { seq: ++seq, liveHeapMb: mb(m.heapUsed), heapTotalMb: mb(m.heapTotal), externalMb: mb(m.external), rssMb: mb(m.rss) } })}\n`);
});
