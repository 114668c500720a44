import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { sqlStateOf } from '@/db/client';
import { describeDatabaseError, isDatabaseUnavailable } from '@/db/database-errors';
import { renderReason, type ReasonCode, type ReasonParams } from '@/lib/i18n/reasons';
import { fieldError, ServiceError } from '@/lib/services/core/service-error';
import { TOO_MANY_TOKENS_MESSAGE } from './limits';
import { ERROR_CODES as ALL_CODES, type ErrorCode } from '@/lib/domain/error-codes';

/** The error codes by name, for `ERROR_CODES.CONFLICT`-style use; the table is lib/domain/error-codes.ts. */
export const ERROR_CODES = Object.fromEntries(ALL_CODES.map((code) => [code, code])) as { readonly [C in ErrorCode]: C };

export type { ErrorCode };

/** A GraphQL error with a contract code and, for bad input, the field at fault. */
export function apiError(code: ErrorCode, message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: field ? { code, field } : { code } });
}

/** A service's refusal as a GraphQL error: its code, sentence, field and catalog reason kept. */
export function refusalError(refusal: ServiceError): GraphQLError {
  const { code, field, reason } = refusal;
  return new GraphQLError(refusal.message, {
    extensions: { code, ...(field && { field }), ...(reason && { reason: { code: reason.code, params: reason.params ?? {} } }) },
  });
}

/** A bad value: the message says which field and why, the why a catalog sentence in the viewer's language. */
export function badInput(field: string, reason: ReasonCode, params?: ReasonParams): ServiceError {
  return fieldError('BAD_USER_INPUT', field, reason, params);
}

/** A bad value whose why is a finished sentence not of ours (zod's own words), shown as it is. */
export function badInputSaid(field: string, sentence: string): GraphQLError {
  return apiError('BAD_USER_INPUT', `${field}: ${sentence}`, field);
}

/** The API's own sentence of a catalog reason, in Korean; the viewer's language is reason-language.ts's. */
const answered = (code: ReasonCode) => ({ message: renderReason({ code }), extensions: { reason: { code, params: {} } } });
const GENERIC = answered('requestFailed');
const UNAVAILABLE = answered('databaseUnavailable');
/** What the user reads when something unexpected failed (the details go to the log only). */
export const GENERIC_MESSAGE = GENERIC.message;
/** What the user reads while the database cannot be reached. */
export const UNAVAILABLE_MESSAGE = UNAVAILABLE.message;

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
const PG_CODE_TO_API: Record<string, { code: ErrorCode; reason: ReasonCode }> = {
  '23505': { code: 'CONFLICT', reason: 'valueTaken' },
  '40001': { code: 'CONFLICT', reason: 'changedConcurrently' },
  '40P01': { code: 'CONFLICT', reason: 'changedConcurrently' },
  '23514': { code: 'BAD_USER_INPUT', reason: 'valueOutOfRange' },
  '23503': { code: 'BAD_USER_INPUT', reason: 'referenceMissing' },
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
    const { message, extensions } = refusalError(original);
    return { ...base, message, extensions };
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
    return { ...base, message: UNAVAILABLE.message, extensions: { code: 'SERVICE_UNAVAILABLE', ...UNAVAILABLE.extensions } };
  }
  const pg = sqlStateOf(original);
  const mapped = pg ? PG_CODE_TO_API[pg] : undefined;
  if (mapped) {
    const { message, extensions } = answered(mapped.reason);
    return { ...base, message, extensions: { code: mapped.code, ...extensions } };
  }

  console.error('[graphql] unexpected error', original);
  return { ...base, message: GENERIC.message, extensions: { code: 'INTERNAL_SERVER_ERROR', ...GENERIC.extensions } };
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
