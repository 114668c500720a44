import { GraphQLError } from 'graphql';
import { GENERIC_MESSAGE, unavailableInContext } from '@/graphql/errors';
import { httpStatusOf, isErrorCode } from '@/lib/domain/error-codes';
import { refusalSentence, ServiceError } from '@/lib/services/core/service-error';

// Nothing the REST routes answer may sit in a shared cache.
export const NO_STORE = { 'Cache-Control': 'private, no-store' } as const;

/** The JSON error body of the REST routes: `{ error: { code, message, field? } }`. */
export function errorJson(status: number, code: string, message: string, field?: string): Response {
  return Response.json({ error: field ? { code, message, field } : { code, message } }, { status, headers: NO_STORE });
}

/**
 * The one error → response mapping of the REST routes, by the status table (error-codes.ts):
 * a refusal keeps its code, message and field; a database that is away is a 503 the client may
 * retry; anything else is logged and answered with a bare 500 (no stack, SQL or detail). A
 * refusal with a catalog reason is worded in the viewer's language (Korean unless told).
 */
export function errorResponse(error: unknown, locale?: string | null): Response {
  const refusal = refusalOf(unavailableInContext(error), locale);
  const status = refusal && isErrorCode(refusal.code) ? httpStatusOf(refusal.code) : undefined;
  if (refusal && status && (status < 500 || refusal.code === 'SERVICE_UNAVAILABLE')) {
    return errorJson(status, refusal.code, refusal.message, refusal.field);
  }
  console.error('[http] unexpected error', error);
  return errorJson(500, 'INTERNAL_SERVER_ERROR', GENERIC_MESSAGE);
}

/** The contract code of a service refusal or of a policy error, if it is one, its sentence in the viewer's language. */
export function refusalOf(error: unknown, locale?: string | null): { code: string; message: string; field?: string } | null {
  if (error instanceof ServiceError) {
    const message = error.reason && locale ? refusalSentence(error.reason, error.named ? error.field : undefined, locale) : error.message;
    return { code: error.code, message, field: error.field };
  }
  if (error instanceof GraphQLError && typeof error.extensions.code === 'string') {
    const field = typeof error.extensions.field === 'string' ? error.extensions.field : undefined;
    return { code: error.extensions.code, message: error.message, field };
  }
  return null;
}
