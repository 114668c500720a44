/** A signed-in HTTP client of the running app, for load scripts (no browser). */
export interface AppClient {
  base: string;
  /** The session's Cookie header, for load tools that send their own requests (bench/run.ts). */
  cookie(): string;
  /** Runs a GraphQL operation; never throws: a network failure comes back as status 0. */
  graphql(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<GraphQLAnswer>;
}

/** timeoutMs: give up after this long (default 15 s); idempotencyKey: sent as Idempotency-Key. */
export interface RequestOptions {
  timeoutMs?: number;
  idempotencyKey?: string;
}

export interface GraphQLAnswer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
  /** Set when no HTTP answer came (connection refused, timeout). */
  networkError?: string;
}

/** Signs in through next-auth's credentials callback and keeps the session cookie. */
export async function signIn(base: string, email: string, password: string): Promise<AppClient> {
  const cookies = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      if (at > 0) cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  const cookieHeader = () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');

  const csrf = await fetch(`${base}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader() },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
    redirect: 'manual',
  });
  keep(callback);
  if (![...cookies.keys()].some((name) => name.endsWith('next-auth.session-token'))) {
    throw new Error(`sign-in of ${email} failed: HTTP ${callback.status}`);
  }

  return {
    base,
    cookie: cookieHeader,
    async graphql(query, variables = {}, { timeoutMs = 15_000, idempotencyKey }: RequestOptions = {}) {
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        cookie: cookieHeader(),
      };
      if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
      try {
        const response = await fetch(`${base}/api/graphql`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(timeoutMs),
        });
        const text = await response.text();
        try {
          return { status: response.status, ...(JSON.parse(text) as Omit<GraphQLAnswer, 'status'>) };
        } catch {
          return { status: response.status, networkError: `not JSON: ${text.slice(0, 80)}` };
        }
      } catch (error) {
        const cause = (error as { cause?: { code?: string } }).cause?.code;
        return { status: 0, networkError: cause ?? (error instanceof Error ? error.name : String(error)) };
      }
    },
  };
}
