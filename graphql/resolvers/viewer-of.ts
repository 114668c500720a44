import type { UserRow } from '@/db/schema';
import type { RequestMeta } from '@/lib/services/core/actor';
import type { GraphQLContext } from '../context';
import { ServiceError } from '@/lib/services/core/service-error';
import { badInput } from '../errors';

/** The signed-in viewer; the policy wrapper has already refused anonymous callers. */
export function requireViewer(ctx: GraphQLContext): UserRow {
  if (!ctx.viewer) throw new ServiceError('UNAUTHENTICATED', 'loginRequired');
  return ctx.viewer;
}

/** Where the request came from, for the access log. */
export function requestMeta(ctx: GraphQLContext): RequestMeta {
  return { clientAddress: ctx.clientAddress };
}

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,128}$/;

/**
 * requestMeta for the creating mutations, with the Idempotency-Key header: absent means no
 * idempotency (as before); present but malformed is refused before anything runs.
 */
export function creatingRequestMeta(ctx: GraphQLContext): RequestMeta {
  const key = ctx.idempotencyKey;
  if (key != null && !IDEMPOTENCY_KEY.test(key)) {
    throw badInput('Idempotency-Key', 'idempotencyKeyFormat');
  }
  return { clientAddress: ctx.clientAddress, idempotencyKey: key };
}
