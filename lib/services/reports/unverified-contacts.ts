import { and, count, eq, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { cases } from '@/db/schema';

/** Contacts of one lot in a month whose caller could not be verified. */
export interface UnverifiedContactRow {
  lotId: string;
  count: number;
}

/**
 * Cases closed because the caller could not be verified (cases.identity_unconfirmed_at), per lot,
 * in a KST incident month, most first. They never count as omissions; managers watch them apart.
 */
export async function unverifiedContacts(db: Executor, month: string): Promise<UnverifiedContactRow[]> {
  const n = count();
  const rows = await db
    .select({ lotId: cases.lotId, count: n })
    .from(cases)
    .where(and(eq(cases.incidentMonth, month), isNotNull(cases.identityUnconfirmedAt)))
    .groupBy(cases.lotId)
    .orderBy(sql`2 DESC`, cases.lotId);
  return rows.map((row) => ({ lotId: row.lotId, count: Number(row.count) }));
}
