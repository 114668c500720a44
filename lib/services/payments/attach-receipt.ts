import { createHash, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { fileTypeFromBuffer } from 'file-type';
import type { Database } from '@/db/client';
import { MAX_RECEIPT_BYTES, onsitePayments, receiptAttachments, type ReceiptAttachmentRow } from '@/db/schema';
import { findActivePdfContent } from '@/lib/domain/pdf-active-content';
import { stripHiddenCharacters } from '@/lib/domain/text-hygiene';
import type { ReceiptStore } from '@/lib/storage/receipt-store';
import type { Actor, RequestMeta } from '../core/actor';
import { lockCaseForWrite } from '../cases/case-write';
import { recordAuditedCaseEvent } from '../cases/write-case-event';
import { insertRow } from '../core/rows';
import { fieldError } from '../core/service-error';

/** The types a receipt may be, as stored. */
export type ReceiptMimeType = 'image/jpeg' | 'image/png' | 'image/heic' | 'application/pdf';

// What file-type reports for the bytes → what we store. HEIC comes as either name.
const ALLOWED: Record<string, ReceiptMimeType> = {
  'image/jpeg': 'image/jpeg',
  'image/png': 'image/png',
  'image/heic': 'image/heic',
  'image/heif': 'image/heic',
  'application/pdf': 'application/pdf',
};

export const RECEIPT_TYPE_MESSAGE = 'file: JPEG, PNG, HEIC, PDF 파일만 올릴 수 있습니다.';
/** The largest receipt file kept (the database's CHECK holds the same bound). */
export { MAX_RECEIPT_BYTES };

export const RECEIPT_SIZE_MESSAGE = `file: ${MAX_RECEIPT_BYTES / 1024 / 1024}MB 이하의 파일만 올릴 수 있습니다.`;
const FILE_NAME_MAX = 200;

export interface ReceiptUpload {
  onsitePaymentId: string;
  /** The name the browser sent: kept for display only, never used as a path or a type. */
  fileName: string;
  data: Uint8Array;
  /** The case version the agent was looking at; a different one is a CONFLICT. */
  expectedVersion?: number | null;
}

/** The stored type of a receipt judged by its magic bytes, or a BAD_USER_INPUT refusal. */
export async function detectReceiptType(data: Uint8Array): Promise<ReceiptMimeType> {
  if (data.byteLength === 0) throw fieldError('BAD_USER_INPUT', 'file', 'emptyFile');
  if (data.byteLength > MAX_RECEIPT_BYTES)
    throw fieldError('BAD_USER_INPUT', 'file', 'receiptTooLarge', { mb: MAX_RECEIPT_BYTES / 1024 / 1024 });
  const detected = await fileTypeFromBuffer(data);
  const mimeType = detected ? ALLOWED[detected.mime] : undefined;
  if (!mimeType) throw fieldError('BAD_USER_INPUT', 'file', 'receiptType');
  // A PDF that runs a script or a program, or carries files, is not a receipt: it would run
  // in the agent's viewer (lib/domain/pdf-active-content.ts says what the scan sees).
  const active = mimeType === 'application/pdf' ? findActivePdfContent(data) : null;
  if (active) {
    throw fieldError('BAD_USER_INPUT', 'file', 'activePdf', { active });
  }
  return mimeType;
}

/**
 * Attaches a receipt photo or PDF to an on-site payment: the bytes go to the store under a
 * key of our own, the row, the case's timeline event and the access log in one transaction.
 */
export async function attachReceipt(
  db: Database,
  store: ReceiptStore,
  actor: Actor,
  meta: RequestMeta,
  upload: ReceiptUpload,
): Promise<ReceiptAttachmentRow> {
  const mimeType = await detectReceiptType(upload.data);
  const [payment] = await db.select().from(onsitePayments).where(eq(onsitePayments.id, upload.onsitePaymentId));
  if (!payment) throw fieldError('NOT_FOUND', 'onsitePaymentId', 'onsitePaymentNotFound');

  const storageKey = randomUUID();
  // Stored first so that a committed row always has its bytes; undone if the row is not.
  await store.put(storageKey, upload.data, mimeType);
  try {
    return await db.transaction(async (tx) => {
      const row = await lockCaseForWrite(tx, actor, payment.caseId, { expectedVersion: upload.expectedVersion });
      const attachment = await insertRow(tx, receiptAttachments, {
        onsitePaymentId: payment.id,
        fileName: displayName(upload.fileName),
        mimeType,
        sizeBytes: upload.data.byteLength,
        sha256: createHash('sha256').update(upload.data).digest('hex'),
        storageKey,
        uploadedById: actor.id,
      });
      const detail = { caseId: row.id, onsitePaymentId: payment.id, mimeType, sizeBytes: attachment.sizeBytes };
      const entry = { actor, meta, action: 'ATTACH_RECEIPT', subjectType: 'ReceiptAttachment', subjectId: attachment.id, detail } as const;
      await recordAuditedCaseEvent(tx, entry, row, {
        type: 'RECEIPT_ATTACHED',
        scriptStep: 'ONSITE_PAYMENT',
        reason: { code: 'eventReceiptAttached' },
      });
      return attachment;
    });
  } catch (error) {
    await store.delete(storageKey).catch((cleanup: unknown) => console.error('[receipts] could not remove orphan', storageKey, cleanup));
    throw error;
  }
}

// Controls, direction overrides and invisible characters out (the text rule of
// lib/domain/text-hygiene.ts, line breaks and tabs too: a name is one line), at most 200
// characters (not UTF-16 halves), never empty.
function displayName(fileName: string): string {
  const cleaned = stripHiddenCharacters(fileName)
    .replace(/[\n\t]/g, '')
    .trim();
  return Array.from(cleaned).slice(0, FILE_NAME_MAX).join('') || 'receipt';
}
