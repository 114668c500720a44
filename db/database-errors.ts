/**
 * Which database failures are passing: a transaction that lost a race (run it again) and a
 * server that is away for a moment (tell the user to come back). Everything else is a bug or
 * a refusal and is neither retried nor called unavailable.
 */

// 40001 serialization_failure, 40P01 deadlock_detected: PostgreSQL rolled the whole
// transaction back so that another could go on; the same work run again can succeed.
const RETRYABLE_SQLSTATES = new Set(['40001', '40P01']);

// Class 08 connection exceptions; 57P01 admin_shutdown, 57P02 crash_shutdown and
// 57P03 cannot_connect_now (starting up or shutting down): the server is restarting.
const UNAVAILABLE_SQLSTATE = /^(08[0-9A-Z]{3}|57P0[123])$/;

// The socket could not be opened or was cut.
const UNAVAILABLE_ERRNOS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

// node-postgres says these in plain errors without a code: a connection lost mid-query, a
// client used after that, the pool's connectionTimeoutMillis, and a pool being shut down.
const UNAVAILABLE_MESSAGE =
  /^(Connection terminated|Client has encountered a connection error|Client was closed and is not queryable|timeout exceeded when trying to connect|Cannot use a pool after calling end)/;

/** True when PostgreSQL gave up a transaction to let another go on (serialization failure, deadlock). */
export function isRetryableConflict(error: unknown): boolean {
  return someCause(error, (e) => typeof e.code === 'string' && RETRYABLE_SQLSTATES.has(e.code));
}

/** True when the database could not be reached or went away mid-request (restart, failover, pool timeout). */
export function isDatabaseUnavailable(error: unknown): boolean {
  return someCause(error, (e) => {
    if (typeof e.code === 'string' && (UNAVAILABLE_SQLSTATE.test(e.code) || UNAVAILABLE_ERRNOS.has(e.code))) return true;
    return typeof e.message === 'string' && UNAVAILABLE_MESSAGE.test(e.message);
  });
}

/**
 * The driver's own words for a failure, for a log line: drizzle's wrapper repeats the SQL
 * and its parameters (ids, sometimes personal data), which a warning does not need.
 */
export function describeDatabaseError(error: unknown): string {
  let e = error as ErrorLike | undefined;
  for (let depth = 0; e?.cause && typeof e.cause === 'object' && depth < 8; depth += 1) e = e.cause;
  if (Array.isArray(e?.errors) && e.errors[0] && !e.message) e = e.errors[0] as ErrorLike;
  const message = typeof e?.message === 'string' ? e.message : String(error);
  return typeof e?.code === 'string' ? `${message} (${e.code})` : message;
}

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  errors?: unknown;
}

// drizzle wraps the driver's error as `cause`; Node reports a refused localhost connection
// (IPv6 and IPv4 tried) as an AggregateError whose `errors` hold the real ones.
function someCause(error: unknown, test: (e: ErrorLike) => boolean, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 8) return false;
  const e = error as ErrorLike;
  if (test(e)) return true;
  if (Array.isArray(e.errors) && e.errors.some((inner) => someCause(inner, test, depth + 1))) return true;
  return someCause(e.cause, test, depth + 1);
}
