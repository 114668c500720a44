import { z } from 'zod';

/**
 * The environment of the product code, read here and nowhere else (tests/unit/env.test.ts
 * scans for `process.env` elsewhere). Each value is checked by the schema below with its own
 * message; the server refuses to start on any of them (lib/http/refuse-unsafe-start.ts).
 * Values are read per call, not at import: `next build` loads the modules without the
 * server's settings, and the tests set some per test.
 */

/** An environment as a process holds it: names to text. */
export type RawEnv = Record<string, string | undefined>;

/** The process's environment as it is, for the parsers that take one (tests hand in their own). */
export function rawEnv(): RawEnv {
  return process.env;
}

const MAX_PROXY_HOPS = 10;

// Blank counts as unset, as `VAR= npm start` means.
const blankIsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optionalText = z.preprocess(blankIsUnset, z.string().optional());

function wholeNumber(name: string, fallback: number, { min = 0, max = 999_999_999 } = {}) {
  const text = z
    .string()
    .trim()
    .regex(/^\d{1,9}$/, { error: (issue) => `${name} must be a whole number, not "${String(issue.input)}"` });
  return z.preprocess(
    blankIsUnset,
    text
      .transform(Number)
      .refine((n) => n >= min, `${name} must be at least ${min}`)
      .refine((n) => n <= max, `${name} must be at most ${max}`)
      .optional()
      .transform((n) => n ?? fallback),
  );
}

/** A comma-separated list, entries trimmed and blanks dropped; the first entry `isValid` refuses is named by `refusal`. */
function commaList(isValid: (entry: string) => boolean, refusal: (wrong: string) => string) {
  return z
    .string()
    .optional()
    .transform((text) =>
      (text ?? '')
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .superRefine((entries, context) => {
      const wrong = entries.find((entry) => !isValid(entry));
      if (wrong) context.addIssue({ code: 'custom', message: refusal(wrong) });
    });
}

const ipAddress = z.union([z.ipv4(), z.ipv6()]);

/** Whether a text is a URL node-postgres connects with (postgres:// or postgresql://, with a host). */
function isPostgresUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
  } catch {
    return false;
  }
}

// A message names the wrong entry, but never a password it may hold.
function withoutPassword(text: string): string {
  return text.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1:***@');
}

const FIELDS = z.object({
  NODE_ENV: z.preprocess(
    blankIsUnset,
    z
      .enum(['development', 'production', 'test'], {
        error: (issue) => `NODE_ENV must be development, production or test, not "${String(issue.input)}"`,
      })
      .default('development'),
  ),
  // Set by Next: which runtime loads instrumentation.ts, and whether this is `next build`.
  NEXT_RUNTIME: optionalText,
  NEXT_PHASE: optionalText,
  // Set when something else handles SIGTERM and SIGINT (lib/http/graceful-shutdown.ts).
  NEXT_MANUAL_SIG_HANDLE: optionalText,
  PORT: wholeNumber('PORT', 3000, { min: 1, max: 65_535 }),
  // Unset: the embedded demo database (PGlite) in PGLITE_DIR, else .data/pglite.
  DATABASE_URL: optionalText,
  PGLITE_DIR: optionalText,
  // PostgreSQL standbys that lists, searches, reports and exports read from (db/read-replicas.ts).
  DATABASE_REPLICA_URLS: commaList(
    isPostgresUrl,
    (wrong) => `DATABASE_REPLICA_URLS must list postgres:// URLs separated by commas; "${withoutPassword(wrong)}" is not one`,
  ),
  NEXTAUTH_SECRET: optionalText,
  NEXTAUTH_URL: z.preprocess(
    blankIsUnset,
    z.url({ error: (issue) => `NEXTAUTH_URL must be a URL, not "${String(issue.input)}"` }).optional(),
  ),
  RECEIPTS_DIR: optionalText,
  TRUSTED_PROXY_HOPS: z.preprocess(
    blankIsUnset,
    z
      .string()
      .trim()
      .regex(/^\d{1,2}$/, {
        error: (issue) => `TRUSTED_PROXY_HOPS must be a whole number from 0 to ${MAX_PROXY_HOPS}, not "${String(issue.input)}"`,
      })
      .transform(Number)
      .refine((n) => n <= MAX_PROXY_HOPS, `TRUSTED_PROXY_HOPS must be at most ${MAX_PROXY_HOPS}`)
      .optional()
      .transform((n) => n ?? 0),
  ),
  TRUSTED_PROXIES: commaList(
    (address) => ipAddress.safeParse(address).success,
    (wrong) => `TRUSTED_PROXIES must list IP addresses separated by commas; "${wrong}" is not one`,
  ),
  RATE_LIMIT_WINDOW_SECONDS: wholeNumber('RATE_LIMIT_WINDOW_SECONDS', 60, { min: 1 }),
  RATE_LIMIT_GRAPHQL_PER_ADDRESS: wholeNumber('RATE_LIMIT_GRAPHQL_PER_ADDRESS', 1200),
  RATE_LIMIT_GRAPHQL_PER_ACCOUNT: wholeNumber('RATE_LIMIT_GRAPHQL_PER_ACCOUNT', 600),
  RATE_LIMIT_SIGN_IN_PER_ADDRESS: wholeNumber('RATE_LIMIT_SIGN_IN_PER_ADDRESS', 60),
  RATE_LIMIT_SIGN_IN_PER_ACCOUNT: wholeNumber('RATE_LIMIT_SIGN_IN_PER_ACCOUNT', 10),
});

/** The environment, checked and typed: numbers as numbers, defaults filled, blanks unset. */
export type ServerEnv = z.output<typeof FIELDS>;
type EnvName = keyof ServerEnv;

/** Why one proxy setting contradicts itself, or null. */
export function proxyConflict(env: Pick<ServerEnv, 'TRUSTED_PROXY_HOPS' | 'TRUSTED_PROXIES'>): string | null {
  return env.TRUSTED_PROXY_HOPS > 0 && env.TRUSTED_PROXIES.length > 0 ? 'set TRUSTED_PROXY_HOPS or TRUSTED_PROXIES, not both' : null;
}

/** Every malformed value of an environment, one message each (empty when all are well-formed). */
export function envProblems(raw: RawEnv = rawEnv()): string[] {
  const parsed = FIELDS.safeParse(raw);
  if (!parsed.success) return parsed.error.issues.map((issue) => issue.message);
  const conflict = proxyConflict(parsed.data);
  return conflict ? [conflict] : [];
}

/**
 * Some values of an environment, checked; throws the first problem among them. The parsers of
 * one concern (rate limits, proxies) read theirs, so a bad value elsewhere does not stop them.
 */
export function envValues<K extends EnvName>(names: readonly K[], raw: RawEnv = rawEnv()): Pick<ServerEnv, K> {
  const mask = Object.fromEntries(names.map((name) => [name, true]));
  const parsed = FIELDS.pick(mask as never).safeParse(raw);
  if (!parsed.success) throw new Error(parsed.error.issues[0]!.message);
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- zod's pick() loses the keys' types; tsc needs the cast
  return parsed.data as unknown as Pick<ServerEnv, K>;
}

/** The server's environment, checked (throws every problem, though the start check has refused them already). */
export function serverEnv(raw: RawEnv = rawEnv()): ServerEnv {
  const parsed = FIELDS.safeParse(raw);
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join('; '));
  return parsed.data;
}

/** Whether the portal runs on the embedded demo database (no DATABASE_URL). */
export function isDemoDatabase(): boolean {
  return !serverEnv().DATABASE_URL;
}

/** next-auth v4 builds its callback URLs from NEXTAUTH_URL (its own read); defaults it to this server. */
export function defaultNextAuthUrl(): void {
  process.env.NEXTAUTH_URL ??= `http://localhost:${serverEnv().PORT}`;
}
