import { GraphQLError } from 'graphql';
import type { Database } from '@/db/client';
import type { UserRow } from '@/db/schema';
import { isDatabaseUnavailable } from '@/db/database-errors';
import { UNAVAILABLE_MESSAGE } from '@/graphql/errors';
import { ServiceError } from '@/lib/services/core/service-error';
import { httpStatusOf, isErrorCode } from '@/lib/domain/error-codes';
import type { ReceiptStore } from '@/lib/storage/receipt-store';

/** What the receipt routes need from the server; tests hand in their own. */
export interface ReceiptRouteDeps {
  db: Database;
  store: ReceiptStore;
  viewer: UserRow | null;
  clientAddress: string | null;
}

// Nothing these routes answer may sit in a shared cache.
export const NO_STORE = { 'Cache-Control': 'private, no-store' } as const;

const GENERIC_MESSAGE = '요청을 처리하지 못했습니다. 잠시 후 다시 시도해 주세요.';

/** The JSON error body of the receipt routes: `{ error: { code, message, field? } }`. */
export function errorJson(status: number, code: string, message: string, field?: string): Response {
  return Response.json({ error: field ? { code, message, field } : { code, message } }, { status, headers: NO_STORE });
}

/** A refusal with its contract code and status; a database outage a 503; anything unexpected is logged and a bare 500. */
export function errorResponse(error: unknown): Response {
  const refusal = refusalOf(error);
  const status = refusal && isErrorCode(refusal.code) ? httpStatusOf(refusal.code) : undefined;
  if (refusal && status && status < 500) return errorJson(status, refusal.code, refusal.message, refusal.field);
  // The database is away (a restart, a failover): the client should retry, not report a bug.
  if (isDatabaseUnavailable(error)) return errorJson(503, 'SERVICE_UNAVAILABLE', UNAVAILABLE_MESSAGE);
  console.error('[receipts] unexpected error', error);
  return errorJson(500, 'INTERNAL_SERVER_ERROR', GENERIC_MESSAGE);
}

/** The contract code of a service refusal or of a policy error, if it is one. */
export function refusalOf(error: unknown): { code: string; message: string; field?: string } | null {
  if (error instanceof ServiceError) return { code: error.code, message: error.message, field: error.field };
  if (error instanceof GraphQLError && typeof error.extensions.code === 'string') {
    const field = typeof error.extensions.field === 'string' ? error.extensions.field : undefined;
    return { code: error.extensions.code, message: error.message, field };
  }
  return null;
}
