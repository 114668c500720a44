import type { UserRow } from '@/db/schema';
import type { RequestMeta } from '@/lib/services/actor';
import type { GraphQLContext } from '../context';
import { apiError } from '../errors';

/** The signed-in viewer; the policy wrapper has already refused anonymous callers. */
export function requireViewer(ctx: GraphQLContext): UserRow {
  if (!ctx.viewer) throw apiError('UNAUTHENTICATED', '로그인이 필요합니다.');
  return ctx.viewer;
}

/** Where the request came from, for the access log. */
export function requestMeta(ctx: GraphQLContext): RequestMeta {
  return { clientAddress: ctx.clientAddress };
}
