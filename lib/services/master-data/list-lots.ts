import { asc, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { parkingLots, type ParkingLotRow } from '@/db/schema';
import type { Actor } from '../core/actor';

/** The lots a viewer may see: an operator's own, everyone else's all. Scoped in SQL. */
export async function listLots(db: Executor, actor: Actor): Promise<ParkingLotRow[]> {
  const query = db.select().from(parkingLots).orderBy(asc(parkingLots.name));
  if (actor.role === 'OPERATOR') {
    // An operator account without an operator sees nothing rather than everything.
    if (!actor.operatorId) return [];
    return query.where(eq(parkingLots.operatorId, actor.operatorId));
  }
  return query;
}
