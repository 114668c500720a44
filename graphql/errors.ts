import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { sqlStateOf } from '@/db/client';
import { describeDatabaseError, isDatabaseUnavailable } from '@/db/database-errors';
import { ServiceError } from '@/lib/services/core/service-error';
import { TOO_MANY_TOKENS_MESSAGE } from './limits';
import { ERROR_CODES as ALL_CODES, type ErrorCode } from '@/lib/domain/error-codes';

/** The error codes by name, for `ERROR_CODES.CONFLICT`-style use; the table is lib/domain/error-codes.ts. */
export const ERROR_CODES = Object.fromEntries(ALL_CODES.map((code) => [code, code])) as { readonly [C in ErrorCode]: C };

export type { ErrorCode };

/** A GraphQL error with a contract code and, for bad input, the field at fault. */
export function apiError(code: ErrorCode, message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: field ? { code, field } : { code } });
}

/** A bad value: the message says which field and why. */
export function badInput(field: string, reason: string): GraphQLError {
  return apiError('BAD_USER_INPUT', `${field}: ${reason}`, field);
}

/** What the user reads when something unexpected failed (the details go to the log only). */
export const GENERIC_MESSAGE = '요청을 처리하지 못했습니다. 잠시 후 다시 시도해 주세요.';
/** What the user reads while the database cannot be reached. */
export const UNAVAILABLE_MESSAGE = '데이터베이스에 잠시 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.';

/**
 * For the route's context function: a database that cannot be reached while the viewer is
 * loaded becomes SERVICE_UNAVAILABLE with HTTP 503 (Apollo takes the status from
 * `extensions.http` here, as plugins do not run for a failed context); other errors stay.
 */
export function unavailableInContext(error: unknown): unknown {
  if (!isDatabaseUnavailable(error)) return error;
  logUnavailable(error);
  return new GraphQLError(UNAVAILABLE_MESSAGE, { extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } } });
}

function logUnavailable(error: unknown): void {
  console.warn(`[graphql] database unavailable: ${describeDatabaseError(error)}`);
}

// PostgreSQL SQLSTATEs that mean the request lost to an invariant, not that we broke.
const PG_CODE_TO_API: Record<string, { code: ErrorCode; message: string }> = {
  '23505': { code: 'CONFLICT', message: '같은 값이 이미 등록되어 있습니다.' },
  '40001': { code: 'CONFLICT', message: '다른 사용자가 동시에 변경했습니다. 다시 시도해 주세요.' },
  '40P01': { code: 'CONFLICT', message: '다른 사용자가 동시에 변경했습니다. 다시 시도해 주세요.' },
  '23514': { code: 'BAD_USER_INPUT', message: '입력값이 허용 범위를 벗어났습니다.' },
  '23503': { code: 'BAD_USER_INPUT', message: '참조하는 항목이 없습니다.' },
};

const KNOWN_CODES = new Set<string>(Object.values(ERROR_CODES));
// Apollo's own codes for requests it could not parse or validate pass through unchanged.
const APOLLO_REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * A refused document's message for people: graphql-armor's limits come with a "Syntax Error: "
 * prefix they do not need, and graphql-js's token limit speaks English.
 */
function requestErrorMessage(code: string, message: string): string {
  if (code === 'GRAPHQL_PARSE_FAILED' && /more th(?:an|at) \d+ tokens/.test(message)) return TOO_MANY_TOKENS_MESSAGE;
  if (code === 'GRAPHQL_VALIDATION_FAILED') return message.replace(/^Syntax Error: /, '');
  return message;
}

/**
 * Apollo's formatError: every error leaves with a contract code and a user-fit message;
 * unexpected ones are logged here and reach the client without stack, SQL or ids.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };

  if (original instanceof ServiceError) {
    const extensions = {
      code: original.code,
      ...(original.field && { field: original.field }),
      ...(original.reason && { reason: { code: original.reason.code, params: original.reason.params ?? {} } }),
    };
    return { ...base, message: original.message, extensions };
  }
  // A scalar that refused an inline literal fails validation; the contract calls it bad input.
  // graphql-js's message names the variable or the literal, and ends with the scalar's reason.
  if (findCause(original, ScalarInputError)) {
    return { ...base, message: formatted.message, extensions: { code: 'BAD_USER_INPUT' } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && (KNOWN_CODES.has(code) || APOLLO_REQUEST_CODES.has(code)) && code !== 'INTERNAL_SERVER_ERROR') {
    const { stacktrace: _dropped, ...extensions } = formatted.extensions ?? {};
    return { ...base, message: requestErrorMessage(code, formatted.message), extensions };
  }
  if (isDatabaseUnavailable(original)) {
    logUnavailable(original);
    return { ...base, message: UNAVAILABLE_MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE' } };
  }
  const pg = sqlStateOf(original);
  const mapped = pg ? PG_CODE_TO_API[pg] : undefined;
  if (mapped) return { ...base, message: mapped.message, extensions: { code: mapped.code } };

  console.error('[graphql] unexpected error', original);
  return { ...base, message: GENERIC_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/**
 * Thrown by the custom scalars; its message names the scalar and the expected form. A plain
 * Error on purpose: graphql-js then wraps it with the variable or literal it came from.
 */
export class ScalarInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScalarInputError';
  }
}

function findCause<T>(error: unknown, type: abstract new (...args: never[]) => T): T | undefined {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { originalError?: unknown }).originalError) {
    if (e instanceof type) return e;
  }
  return undefined;
}
