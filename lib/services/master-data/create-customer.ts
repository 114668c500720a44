import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { customers, type CustomerRow } from '@/db/schema';
import type { Actor, RequestMeta } from '../core/actor';
import { insertAudited } from '../audit/record-audit';
import { fieldError } from '../core/service-error';

/** What a manager gives for a new account holder. */
export type NewCustomer = Pick<typeof customers.$inferInsert, 'name' | 'phone' | 'accountRef'>;

/** Adds an app account holder; the account reference is unique. */
export function createCustomer(db: Database, actor: Actor, meta: RequestMeta, input: NewCustomer): Promise<CustomerRow> {
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: customers.id }).from(customers).where(eq(customers.accountRef, input.accountRef));
    if (taken) throw fieldError('BAD_USER_INPUT', 'input.accountRef', 'accountTaken');
    return insertAudited(tx, customers, input, { actor, meta, action: 'CREATE_CUSTOMER', subjectType: 'Customer' });
  });
}
