import { asc, eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { smsMessages, type SmsMessageRow } from '@/db/schema';
import type { SmsSender } from '@/lib/sms/sms-sender';
import { recordAudit } from '../audit/record-audit';

/**
 * Sends queued texts, oldest first, a batch at a time. Rows are claimed with SKIP LOCKED so
 * several app instances can drain the same outbox without sending a message twice. Each
 * attempt is in the access log.
 */
export async function drainSmsOutbox(db: Database, sender: SmsSender, batchSize = 20): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  await db.transaction(async (tx) => {
    const batch = await tx
      .select()
      .from(smsMessages)
      .where(eq(smsMessages.status, 'QUEUED'))
      .orderBy(asc(smsMessages.createdAt))
      .limit(batchSize)
      .for('update', { skipLocked: true });
    // The system hands a customer's phone number to the sender: no account, no address.
    const logSend = (message: SmsMessageRow, delivered: boolean) =>
      recordAudit(tx, {
        actor: null,
        action: 'SEND_SMS',
        subjectType: 'SmsMessage',
        subjectId: message.id,
        detail: { customerId: message.customerId, caseId: message.caseId, delivered },
      });
    for (const message of batch) {
      try {
        await sender.send({ to: message.toPhone, body: message.body });
        await tx
          .update(smsMessages)
          .set({ status: 'SENT', sentAt: sql`now()` })
          .where(eq(smsMessages.id, message.id));
        await logSend(message, true);
        sent += 1;
      } catch (error) {
        const reason = error instanceof Error ? error.message.slice(0, 200) : 'unknown';
        await tx.update(smsMessages).set({ status: 'FAILED', failureReason: reason }).where(eq(smsMessages.id, message.id));
        await logSend(message, false);
        failed += 1;
      }
    }
  });
  return { sent, failed };
}
