import type { Executor } from '@/db/client';
import { auditLog } from '@/db/schema';
import type { AccessAction } from '@/lib/domain/access-log';
import type { Actor, RequestMeta } from '../core/actor';

/** One access-log entry, written in the caller's transaction so it stands or falls with it. */
export async function recordAudit(
  tx: Executor,
  entry: { actor: Actor | null; meta?: RequestMeta; action: AccessAction; subjectType: string; subjectId: string; detail?: unknown },
): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: entry.actor?.id ?? null,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    clientAddress: entry.meta?.clientAddress ?? null,
    detail: entry.detail ?? null,
  });
}
