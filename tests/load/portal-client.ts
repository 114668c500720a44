// A signed-in session on one app instance, over plain fetch: what a browser tab does, minus the page.

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

/** Signs in through next-auth's credentials callback and keeps the cookies it sets. */
export async function signIn(base: string, email: string, password: string): Promise<PortalSession> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      if (at > 0) jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');

  const csrf = await fetch(`${base}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
    redirect: 'manual',
  });
  keep(callback);
  if (![...jar.keys()].some((name) => name.endsWith('session-token'))) throw new Error(`sign-in of ${email} on ${base} failed (${callback.status})`);

  return {
    base,
    async graphql<T>(query: string, variables: Record<string, unknown> = {}, idempotencyKey?: string): Promise<Answer<T>> {
      const started = performance.now();
      const headers: Record<string, string> = { 'content-type': 'application/json', cookie: cookie() };
      if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
      try {
        const response = await fetch(`${base}/api/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
        const body = (await response.json()) as { data?: T | null; errors?: { extensions?: { code?: string } }[] };
        const code = body.errors?.[0]?.extensions?.code ?? (body.errors ? 'UNKNOWN' : 'OK');
        return { code, data: body.data ?? null, ms: performance.now() - started };
      } catch {
        return { code: 'NETWORK', data: null, ms: performance.now() - started };
      }
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
