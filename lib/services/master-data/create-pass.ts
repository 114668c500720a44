import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { customers, parkingLots, passes, type PassRow } from '@/db/schema';
import type { Actor, RequestMeta } from '../core/actor';
import { insertAudited } from '../audit/record-audit';
import { fieldError } from '../core/service-error';

export type NewPass = Pick<
  typeof passes.$inferInsert,
  'customerId' | 'lotId' | 'plate' | 'startsOn' | 'endsOn' | 'amountPaid' | 'availableDays'
>;

/** Records a customer's monthly pass at a lot. */
export function createPass(db: Database, actor: Actor, meta: RequestMeta, input: NewPass): Promise<PassRow> {
  if (input.endsOn < input.startsOn) {
    throw fieldError('BAD_USER_INPUT', 'input.endsOn', 'endBeforeStart');
  }
  return db.transaction(async (tx) => {
    const [customer] = await tx.select({ id: customers.id }).from(customers).where(eq(customers.id, input.customerId));
    if (!customer) throw fieldError('NOT_FOUND', 'input.customerId', 'customerNotFound');
    const [lot] = await tx.select({ id: parkingLots.id }).from(parkingLots).where(eq(parkingLots.id, input.lotId));
    if (!lot) throw fieldError('NOT_FOUND', 'input.lotId', 'lotNotFound');
    return insertAudited(tx, passes, input, { actor, meta, action: 'CREATE_PASS', subjectType: 'Pass' });
  });
}
