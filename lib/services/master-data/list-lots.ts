import { asc } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { parkingLots, type ParkingLotRow } from '@/db/schema';
import { lotsInScope } from '@/lib/policy/scope';
import type { Actor } from '../core/actor';

/** The lots a viewer may see: an operator's own, everyone else's all. Scoped in SQL. */
export async function listLots(db: Executor, actor: Actor): Promise<ParkingLotRow[]> {
  return db.select().from(parkingLots).where(lotsInScope(actor)).orderBy(asc(parkingLots.name));
}
