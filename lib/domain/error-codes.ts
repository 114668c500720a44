/**
 * Every error code the portal answers with, and the HTTP status a route answers it under.
 * The contract's codes come first; the last two are ours (a database that cannot be reached,
 * a caller over the rate limit). GraphQL, the REST routes and the pages all read this table.
 */
export const ERROR_CODE_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  POLICY_DENIED: 403,
  NOT_IMPLEMENTED: 501,
  INTERNAL_SERVER_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
  TOO_MANY_REQUESTS: 429,
} as const;

/** A code the portal answers with. */
export type ErrorCode = keyof typeof ERROR_CODE_STATUS;

/** Every code, in the table's order. */
export const ERROR_CODES = Object.keys(ERROR_CODE_STATUS) as ErrorCode[];

/** The refusals a use case or the policy can give (a service never answers for the transport). */
export const SERVICE_ERROR_CODES = [
  'UNAUTHENTICATED',
  'BAD_USER_INPUT',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'POLICY_DENIED',
] as const satisfies readonly ErrorCode[];

/** Whether a string from the wire is one of our codes. */
export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(ERROR_CODE_STATUS, code);
}

/** The HTTP status a route answers a code under. */
export function httpStatusOf(code: ErrorCode): number {
  return ERROR_CODE_STATUS[code];
}
