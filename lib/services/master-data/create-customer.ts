import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { customers, type CustomerRow } from '@/db/schema';
import type { Actor, RequestMeta } from '../core/actor';
import { recordAudit } from '../audit/record-audit';
import { fieldError } from '../core/service-error';

/** Adds an app account holder; the account reference is unique. */
export function createCustomer(
  db: Database,
  actor: Actor,
  meta: RequestMeta,
  input: { name: string; phone: string; accountRef: string },
): Promise<CustomerRow> {
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: customers.id }).from(customers).where(eq(customers.accountRef, input.accountRef));
    if (taken) throw fieldError('BAD_USER_INPUT', 'input.accountRef', 'accountTaken');
    const [row] = await tx.insert(customers).values(input).returning();
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, { actor, meta, action: 'CREATE_CUSTOMER', subjectType: 'Customer', subjectId: row.id });
    return row;
  });
}
