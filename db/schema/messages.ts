import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { customers } from './customers';
import { messageStatusEnum } from './enums';

/** A text message to a customer; queued in the transaction that decides to send it. */
export const smsMessages = pgTable(
  'sms_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'restrict' }),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'restrict' }),
    toPhone: text('to_phone').notNull(),
    body: text('body').notNull(),
    status: messageStatusEnum('status').notNull().default('QUEUED'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    failureReason: text('failure_reason'),
  },
  (t) => [index('sms_messages_case_idx').on(t.caseId), index('sms_messages_status_idx').on(t.status, t.createdAt)],
);

export type SmsMessageRow = typeof smsMessages.$inferSelect;
