import type { UserRow } from '@/db/schema';

/** Who is acting, as far as a use case needs to know. */
export type Actor = Pick<UserRow, 'id' | 'role' | 'operatorId'>;

/** Where a request came from, for the access log, and the client's key for retrying a write. */
export interface RequestMeta {
  clientAddress: string | null;
  /** The Idempotency-Key header, already validated; only the creating use cases read it. */
  idempotencyKey?: string | null;
}
