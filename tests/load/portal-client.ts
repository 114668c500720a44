// A signed-in session on one app instance, over plain fetch: what a browser tab does, minus the page.
import { signIn as signInClient } from './http-client';

/** One GraphQL answer, with the first error's code ("OK" when none, "NETWORK" when no answer). */
export interface Answer<T = Record<string, unknown>> {
  code: string;
  data: T | null;
  ms: number;
}

/** A session cookie on one instance and the GraphQL calls made with it. */
export interface PortalSession {
  base: string;
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, idempotencyKey?: string): Promise<Answer<T>>;
}

/** Signs in (tests/load/http-client.ts) and answers each call with its code and time. */
export async function signIn(base: string, email: string, password: string): Promise<PortalSession> {
  const client = await signInClient(base, email, password);
  return {
    base,
    async graphql<T>(query: string, variables: Record<string, unknown> = {}, idempotencyKey?: string): Promise<Answer<T>> {
      const started = performance.now();
      // The load runs wait as long as the servers take: a slow answer is a figure, not a failure.
      const answer = await client.graphql(query, variables, { idempotencyKey, timeoutMs: 120_000 });
      const code = answer.networkError ? 'NETWORK' : (answer.errors?.[0]?.extensions?.code ?? (answer.errors ? 'UNKNOWN' : 'OK'));
      return { code, data: (answer.data ?? null) as T | null, ms: performance.now() - started };
    },
  };
}

/** Runs `count` tasks with at most `concurrency` in flight; results in task order. */
export async function runPool<T>(count: number, concurrency: number, task: (index: number) => Promise<T>): Promise<T[]> {
  const results = new Array<T>(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      results[index] = await task(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return results;
}

/** Outcome counts and latency of a batch of answers. */
export function summarize(answers: Answer[]) {
  const byCode: Record<string, number> = {};
  for (const answer of answers) byCode[answer.code] = (byCode[answer.code] ?? 0) + 1;
  const sorted = answers.map((a) => a.ms).sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
  return { attempts: answers.length, byCode, p50: at(0.5), p95: at(0.95), max: at(1) };
}
