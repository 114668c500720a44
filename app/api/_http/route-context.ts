import { requestContextOf, type RequestContext } from '@/lib/http/request-context';
import type { ReceiptStore } from '@/lib/storage/receipt-store';
import { errorResponse } from './error-response';

/** What a REST handler gets from its request; tests hand in their own, the address and key optional. */
export type RouteContext = Pick<RequestContext, 'db' | 'viewer'> &
  Partial<Pick<RequestContext, 'reader' | 'clientAddress' | 'idempotencyKey'>>;

/** A receipt handler's context: the request's, and where the files are kept. */
export type ReceiptRouteContext = RouteContext & { store: ReceiptStore };

/** What an export reads its rows with: the replicas when the context has them, else the primary. */
export function readDatabaseOf(context: RouteContext): RequestContext['db'] {
  return context.reader ?? context.db;
}

/** The signed-in viewer of a context. */
export type Viewer = NonNullable<RequestContext['viewer']>;

/**
 * Serves a request with its context (lib/http/request-context.ts); when there is none to have
 * (the database away), the answer is the one error mapping's, like any other failure.
 */
export async function withRouteContext(request: Request, handle: (context: RequestContext) => Promise<Response>): Promise<Response> {
  let context: RequestContext;
  try {
    context = await requestContextOf(request);
  } catch (error) {
    return errorResponse(error);
  }
  return handle(context);
}
