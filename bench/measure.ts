/** One server × scenario × concurrency measurement. */
export interface Measurement {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Requests that failed: network errors, timeouts, non-2xx, or a GraphQL `errors` answer. */
  errors: number;
  requests: number;
}

/** Requests/s and the p50/p99 of latencies (ms), the way autocannon reports them. */
export function measurementOf(latenciesMs: number[], errors: number, elapsedMs: number): Measurement {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  const at = (q: number) => round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0);
  return {
    requestsPerSecond: round((sorted.length * 1000) / Math.max(elapsedMs, 1)),
    p50: at(0.5),
    p99: at(0.99),
    errors,
    requests: sorted.length,
  };
}

/**
 * Runs `operation` `requests` times, `concurrency` at once (each worker starts the next when
 * its last one ends), timing each; one that throws counts as an error.
 */
export async function measureLoop(requests: number, concurrency: number, operation: () => Promise<void>): Promise<Measurement> {
  const latencies: number[] = [];
  let errors = 0;
  let started = 0;
  const worker = async () => {
    while (started < requests) {
      started += 1;
      const at = performance.now();
      try {
        await operation();
        latencies.push(performance.now() - at);
      } catch {
        errors += 1;
      }
    }
  };
  const at = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return measurementOf(latencies, errors, performance.now() - at);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
