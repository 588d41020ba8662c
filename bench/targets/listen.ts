import type { Server } from 'restify';

/** The career bot's default MAX_BODY_BYTES, so every target parses bodies under the same limit. */
export const BENCH_BODY_LIMIT = 262_144;

/**
 * Listens on 127.0.0.1:$PORT (the benchmark picks a free port) and stops on SIGTERM, so a CPU profile
 * (`--cpu-prof`) is written on the way out.
 */
export function listenOnPort(server: Server): void {
  const port = Number(process.env.PORT);
  if (!Number.isInteger(port) || port <= 0) {
    process.stderr.write(`PORT must be a port number, got ${JSON.stringify(process.env.PORT)}\n`);
    process.exit(2);
  }
  server.listen(port, '127.0.0.1');
  process.once('SIGTERM', () => server.close(() => process.exit(0)));
}
