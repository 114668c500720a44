import type { UserRow } from '@/db/schema';

/** Who is acting, as far as a use case needs to know. */
export type Actor = Pick<UserRow, 'id' | 'role' | 'operatorId'>;

/** Where a request came from, for the access log. */
export interface RequestMeta {
  clientAddress: string | null;
}
