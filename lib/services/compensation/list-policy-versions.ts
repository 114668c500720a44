import { desc } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { policyVersions, type PolicyVersionRow } from '@/db/schema';

/** Every compensation policy version, the newest effective date first. */
export function listPolicyVersions(db: Executor): Promise<PolicyVersionRow[]> {
  return db.select().from(policyVersions).orderBy(desc(policyVersions.effectiveFrom));
}
