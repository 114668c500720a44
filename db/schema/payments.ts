import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { cases } from './cases';
import { cancellationStatusEnum } from './enums';
import { idColumn, instant, writtenAt, keptRef, staffRef, atLeast } from './columns';

/** Money the customer paid at the exit although the pass should have covered it (현장결제). */
export const onsitePayments = pgTable(
  'onsite_payments',
  {
    id: idColumn(),
    caseId: keptRef('case_id', () => cases.id),
    amount: integer('amount').notNull(),
    paidAt: instant('paid_at').notNull(),
    cancellationRequested: boolean('cancellation_requested').notNull().default(false),
    cancellationRequestedAt: instant('cancellation_requested_at'),
    recordedById: staffRef('recorded_by_id', () => users.id),
    createdAt: writtenAt(),
  },
  (t) => [
    index('onsite_payments_case_idx').on(t.caseId),
    // Money paid: at least 1 won (domain.md, "An on-site payment"); the service says so first.
    atLeast('onsite_payments_amount_positive', t.amount, 1),
    check('onsite_payments_cancellation_time', sql`${t.cancellationRequested} = (${t.cancellationRequestedAt} IS NOT NULL)`),
  ],
);

/** 10 MB: the largest receipt photo or PDF an agent may attach. */
export const MAX_RECEIPT_BYTES = 10 * 1024 * 1024;

/** A receipt photo (or PDF) attached to an on-site payment; the bytes live in storage. */
export const receiptAttachments = pgTable(
  'receipt_attachments',
  {
    id: idColumn(),
    onsitePaymentId: keptRef('onsite_payment_id', () => onsitePayments.id),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedById: staffRef('uploaded_by_id', () => users.id),
    uploadedAt: writtenAt('uploaded_at'),
  },
  (t) => [
    index('receipt_attachments_payment_idx').on(t.onsitePaymentId),
    check('receipt_attachments_mime_allowed', sql`${t.mimeType} IN ('image/jpeg', 'image/png', 'image/heic', 'application/pdf')`),
    check('receipt_attachments_size', sql`${t.sizeBytes} > 0 AND ${t.sizeBytes} <= ${sql.raw(String(MAX_RECEIPT_BYTES))}`),
  ],
);

/**
 * The cancellation of an on-site payment as a work item with an owner (managers by default),
 * a status, a response target and escalation; its completion is texted to the customer.
 */
export const paymentCancellations = pgTable(
  'payment_cancellations',
  {
    id: idColumn(),
    onsitePaymentId: keptRef('onsite_payment_id', () => onsitePayments.id),
    caseId: keptRef('case_id', () => cases.id),
    status: cancellationStatusEnum('status').notNull().default('RECEIVED'),
    // Who works on it; null while it waits in the managers' shared queue.
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'restrict' }),
    requestedAt: writtenAt('requested_at'),
    requestedById: uuid('requested_by_id').references(() => users.id, { onDelete: 'restrict' }),
    dueAt: instant('due_at').notNull(),
    // Set once, by whichever app instance first finds it overdue.
    escalatedAt: instant('escalated_at'),
    startedAt: instant('started_at'),
    resolvedAt: instant('resolved_at'),
    resolvedById: uuid('resolved_by_id').references(() => users.id, { onDelete: 'restrict' }),
    rejectReason: text('reject_reason'),
  },
  (t) => [
    uniqueIndex('payment_cancellations_payment_key').on(t.onsitePaymentId),
    index('payment_cancellations_case_idx').on(t.caseId),
    index('payment_cancellations_status_due_idx').on(t.status, t.dueAt),
    check('payment_cancellations_due_after_request', sql`${t.dueAt} > ${t.requestedAt}`),
    check('payment_cancellations_resolved_time', sql`(${t.status} IN ('COMPLETED', 'REJECTED')) = (${t.resolvedAt} IS NOT NULL)`),
    check('payment_cancellations_reject_reason', sql`(${t.status} = 'REJECTED') = (${t.rejectReason} IS NOT NULL)`),
    check('payment_cancellations_started_time', sql`${t.status} = 'RECEIVED' OR ${t.startedAt} IS NOT NULL`),
  ],
);

export type OnsitePaymentRow = typeof onsitePayments.$inferSelect;
export type PaymentCancellationRow = typeof paymentCancellations.$inferSelect;
export type ReceiptAttachmentRow = typeof receiptAttachments.$inferSelect;
