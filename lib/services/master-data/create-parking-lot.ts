import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { operators, parkingLots, type ParkingLotRow } from '@/db/schema';
import type { Actor, RequestMeta } from '../core/actor';
import { insertAudited } from '../audit/record-audit';
import { fieldError } from '../core/service-error';

export type NewParkingLot = Omit<typeof parkingLots.$inferInsert, 'id' | 'createdAt'>;

/** Adds a lot to an existing operator. */
export function createParkingLot(db: Database, actor: Actor, meta: RequestMeta, input: NewParkingLot): Promise<ParkingLotRow> {
  return db.transaction(async (tx) => {
    const [operator] = await tx.select({ id: operators.id }).from(operators).where(eq(operators.id, input.operatorId));
    if (!operator) throw fieldError('NOT_FOUND', 'input.operatorId', 'operatorNotFound');
    return insertAudited(tx, parkingLots, input, { actor, meta, action: 'CREATE_PARKING_LOT', subjectType: 'ParkingLot' });
  });
}
