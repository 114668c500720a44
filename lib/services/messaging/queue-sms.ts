import { eq } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { customers, smsMessages, type SmsMessageRow } from '@/db/schema';

/**
 * Puts a text to the customer in the outbox, inside the caller's transaction: the message
 * exists exactly when the change that caused it does. A sender drains the outbox later.
 */
export async function queueSms(
  tx: Transaction,
  input: { customerId: string; caseId: string | null; body: string },
): Promise<SmsMessageRow> {
  const [customer] = await tx.select({ phone: customers.phone }).from(customers).where(eq(customers.id, input.customerId));
  if (!customer) throw new Error('sms for a missing customer');
  const [message] = await tx
    .insert(smsMessages)
    .values({ customerId: input.customerId, caseId: input.caseId, toPhone: customer.phone, body: input.body })
    .returning();
  if (!message) throw new Error('insert returned no row');
  return message;
}
