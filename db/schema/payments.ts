import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { cases } from './cases';

/** Money the customer paid at the exit although the pass should have covered it (현장결제). */
export const onsitePayments = pgTable(
  'onsite_payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'restrict' }),
    amount: integer('amount').notNull(),
    paidAt: timestamp('paid_at', { withTimezone: true }).notNull(),
    cancellationRequested: boolean('cancellation_requested').notNull().default(false),
    cancellationRequestedAt: timestamp('cancellation_requested_at', { withTimezone: true }),
    recordedById: uuid('recorded_by_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('onsite_payments_case_idx').on(t.caseId),
    check('onsite_payments_amount_nonnegative', sql`${t.amount} >= 0`),
    check(
      'onsite_payments_cancellation_time',
      sql`${t.cancellationRequested} = (${t.cancellationRequestedAt} IS NOT NULL)`,
    ),
  ],
);

/** 10 MB: the largest receipt photo or PDF an agent may attach. */
export const MAX_RECEIPT_BYTES = 10 * 1024 * 1024;

/** A receipt photo (or PDF) attached to an on-site payment; the bytes live in storage. */
export const receiptAttachments = pgTable(
  'receipt_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    onsitePaymentId: uuid('onsite_payment_id')
      .notNull()
      .references(() => onsitePayments.id, { onDelete: 'restrict' }),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedById: uuid('uploaded_by_id').references(() => users.id),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('receipt_attachments_payment_idx').on(t.onsitePaymentId),
    check(
      'receipt_attachments_mime_allowed',
      sql`${t.mimeType} IN ('image/jpeg', 'image/png', 'image/heic', 'application/pdf')`,
    ),
    check('receipt_attachments_size', sql`${t.sizeBytes} > 0 AND ${t.sizeBytes} <= ${sql.raw(String(MAX_RECEIPT_BYTES))}`),
  ],
);

export type OnsitePaymentRow = typeof onsitePayments.$inferSelect;
export type ReceiptAttachmentRow = typeof receiptAttachments.$inferSelect;
