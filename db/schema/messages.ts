import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { customers } from './customers';
import { messageStatusEnum } from './enums';
import { idColumn, instant, writtenAt, keptRef } from './columns';

/** A text message to a customer; queued in the transaction that decides to send it. */
export const smsMessages = pgTable(
  'sms_messages',
  {
    id: idColumn(),
    customerId: keptRef('customer_id', () => customers.id),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'restrict' }),
    toPhone: text('to_phone').notNull(),
    body: text('body').notNull(),
    status: messageStatusEnum('status').notNull().default('QUEUED'),
    createdAt: writtenAt(),
    sentAt: instant('sent_at'),
    failureReason: text('failure_reason'),
  },
  (t) => [index('sms_messages_case_idx').on(t.caseId), index('sms_messages_status_idx').on(t.status, t.createdAt)],
);

export type SmsMessageRow = typeof smsMessages.$inferSelect;
