// Preloaded (--import) into every server under test (ours, the reference, the floor), started with --expose-gc.
// On SIGUSR2 it runs a full garbage collection and prints the heap in use on stderr, so the bench can tell
// memory still held (rooms kept) from garbage not yet collected. It changes nothing else in the process.
process.on('SIGUSR2', () => {
  globalThis.gc?.();
  const usage = process.memoryUsage();
  process.stderr.write(`BENCH_HEAP ${JSON.stringify({ heapUsed: usage.heapUsed, rss: usage.rss })}\n`);
});

// Under --cpu-prof (BENCH_CPU_PROF_DIR) the profile is written only on a normal exit; a server without its
// own SIGTERM handler (the reference) would die without writing it, so it exits normally instead.
if (process.execArgv.includes('--cpu-prof')) {
  process.on('SIGTERM', () => {
    if (process.listenerCount('SIGTERM') === 1) process.exit(0);
  });
}
