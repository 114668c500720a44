import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { onsitePayments, receiptAttachments } from '@/db/schema';
import type { ReceiptStore } from '@/lib/storage/receipt-store';
import { permits } from '@/lib/policy/authorize';
import type { Actor, RequestMeta } from '../core/actor';
import { recordRead } from '../audit/record-read';
import { ServiceError } from '../core/service-error';

/** A receipt's bytes and what to serve them as. */
export interface ReceiptFile {
  contentType: string;
  data: Uint8Array;
  fileName: string;
}

/**
 * A receipt for whom Route.viewReceipt admits (agents and managers), logged as VIEW_RECEIPT.
 * Operators do not see receipts (yet); to them, as to anyone without access, a receipt is NOT_FOUND.
 */
export async function readReceipt(
  db: Database,
  store: ReceiptStore,
  actor: Actor,
  attachmentId: string,
  meta?: RequestMeta,
): Promise<ReceiptFile> {
  const notFound = new ServiceError('NOT_FOUND', 'receiptNotFound');
  if (!permits(actor, 'Route.viewReceipt')) throw notFound;
  const [found] = await db
    .select({ attachment: receiptAttachments, caseId: onsitePayments.caseId })
    .from(receiptAttachments)
    .innerJoin(onsitePayments, eq(onsitePayments.id, receiptAttachments.onsitePaymentId))
    .where(eq(receiptAttachments.id, attachmentId));
  if (!found) throw notFound;
  const { attachment } = found;
  const data = await store.get(attachment.storageKey);
  // The row promises bytes; their absence is our fault, not the caller's.
  if (!data) throw new Error(`receipt ${attachment.id}: bytes missing from storage`);
  await recordRead(db, {
    actor,
    meta,
    action: 'VIEW_RECEIPT',
    subjectType: 'ReceiptAttachment',
    subjectId: attachment.id,
    detail: { caseId: found.caseId },
  });
  return { contentType: attachment.mimeType, data, fileName: attachment.fileName };
}
