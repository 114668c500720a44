import { asc } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { operators, type OperatorRow } from '@/db/schema';

/** Every operator, by name: what a manager picks from when adding operator staff. */
export function listOperators(db: Executor): Promise<OperatorRow[]> {
  return db.select().from(operators).orderBy(asc(operators.name));
}
