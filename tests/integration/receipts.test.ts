import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import type { DatabaseHandle } from '@/db/client';
import { auditLog, caseEvents, cases, MAX_RECEIPT_BYTES, onsitePayments, receiptAttachments, type UserRow } from '@/db/schema';
import { handleDownload } from '@/app/api/receipts/handle-download';
import { handleUpload } from '@/app/api/receipts/handle-upload';
import { FileSystemReceiptStore } from '@/lib/storage/file-system-receipt-store';
import { openTestDatabase } from '../fixtures/test-api';
import { CROSS_SITE_UPLOAD_MESSAGE } from '@/app/api/receipts/handle-upload';
import {
  HEIF_HEADER,
  JPEG_1X1,
  PDF_EMBEDDED_FILE,
  PDF_HEX_ESCAPED_JS,
  PDF_JS_IN_OBJECT_STREAM,
  PDF_LAUNCH,
  PDF_ONE_PAGE,
  PDF_OPEN_ACTION_FIT,
  PDF_OPEN_ACTION_JS,
  PNG_1X1,
  SCRIPT_BYTES,
} from '../fixtures/receipt-samples';
import { makeWorld, type World } from '../fixtures/world';

let handle: DatabaseHandle;
let world: World;
let storeDir: string;
let store: FileSystemReceiptStore;

beforeAll(async () => {
  handle = await openTestDatabase();
  world = await makeWorld(handle.db);
  storeDir = await mkdtemp(path.join(tmpdir(), 'receipts-test-'));
  store = new FileSystemReceiptStore(path.join(storeDir, 'receipts'));
});
afterAll(async () => {
  await handle.close();
  await rm(storeDir, { recursive: true, force: true });
});

const TYPE_MESSAGE = 'file: JPEG, PNG, HEIC, PDF 파일만 올릴 수 있습니다.';
const SIZE_MESSAGE = 'file: 10MB 이하의 파일만 올릴 수 있습니다.';
const URL_BASE = 'http://localhost/api/receipts';

/** A case at lot A with an on-site payment, written straight to the database. */
async function makePayment({ verified = true } = {}) {
  const incidentAt = new Date('2026-04-10T01:00:00Z');
  const [caseRow] = await handle.db
    .insert(cases)
    .values({
      code: `VOC-TEST-${randomUUID().slice(0, 8)}`,
      customerId: world.customer.id,
      passId: world.pass.id,
      lotId: world.lotA.id,
      agentId: world.agent.id,
      kind: 'OPERATOR_OMISSION',
      incidentAt,
      incidentMonth: '2026-04',
      identityVerified: verified,
      identityVerifiedAt: verified ? incidentAt : null,
    })
    .returning();
  if (!caseRow) throw new Error('no case');
  const [payment] = await handle.db
    .insert(onsitePayments)
    .values({ caseId: caseRow.id, amount: 3000, paidAt: incidentAt, recordedById: world.agent.id })
    .returning();
  if (!payment) throw new Error('no payment');
  return { caseRow, payment };
}

interface UploadFields {
  onsitePaymentId: string;
  expectedVersion?: number;
  file?: { bytes: Uint8Array; name: string; type: string };
}

// What Chromium sends with the case page's upload (same origin); tests of other origins replace it.
const SAME_ORIGIN = { origin: 'http://localhost', 'sec-fetch-site': 'same-origin' };

function uploadRequest(fields: UploadFields, headers: Record<string, string> = SAME_ORIGIN): Request {
  const form = new FormData();
  form.set('onsitePaymentId', fields.onsitePaymentId);
  if (fields.expectedVersion != null) form.set('expectedVersion', String(fields.expectedVersion));
  if (fields.file) form.set('file', new File([fields.file.bytes as Uint8Array<ArrayBuffer>], fields.file.name, { type: fields.file.type }));
  return new Request(URL_BASE, { method: 'POST', body: form, headers });
}

const deps = (viewer: UserRow | null) => ({ db: handle.db, store, viewer, clientAddress: '127.0.0.1' });
const upload = (viewer: UserRow | null, request: Request) => handleUpload(request, deps(viewer));
const download = (viewer: UserRow | null, id: string) => handleDownload(id, deps(viewer));
const jpeg = (name = 'receipt.jpg') => ({ bytes: JPEG_1X1, name, type: 'image/jpeg' });

async function errorOf(response: Response): Promise<{ code: string; message: string }> {
  return ((await response.json()) as { error: { code: string; message: string } }).error;
}

/** What an upload may leave behind: rows, files in the store's folder, the case's version. */
async function footprint(caseId: string) {
  const [rows] = await handle.db.select({ n: count() }).from(receiptAttachments);
  const files = await readdir(store.dir).catch(() => []);
  const [caseRow] = await handle.db.select({ version: cases.version }).from(cases).where(eq(cases.id, caseId));
  return { rows: rows?.n, files: files.length, version: caseRow?.version };
}

describe('receipt upload: an agent attaches a photo of an on-site payment', () => {
  it('receipt: a real JPEG is kept byte for byte, the case timeline says so and the version goes up', async () => {
    const { caseRow, payment } = await makePayment();
    const response = await upload(
      world.agent,
      uploadRequest({ onsitePaymentId: payment.id, expectedVersion: caseRow.version, file: jpeg() }),
    );
    expect(response.status).toBe(201);
    const { receipt } = (await response.json()) as { receipt: { id: string } };
    expect(receipt).toEqual({
      id: expect.any(String),
      onsitePaymentId: payment.id,
      mimeType: 'image/jpeg',
      sizeBytes: JPEG_1X1.byteLength,
    });

    const [row] = await handle.db.select().from(receiptAttachments).where(eq(receiptAttachments.id, receipt.id));
    expect(row).toMatchObject({
      fileName: 'receipt.jpg',
      mimeType: 'image/jpeg',
      sha256: createHash('sha256').update(JPEG_1X1).digest('hex'),
      uploadedById: world.agent.id,
    });
    expect(row?.storageKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(await store.get(row!.storageKey)).toEqual(JPEG_1X1);

    const events = await handle.db.select().from(caseEvents).where(eq(caseEvents.caseId, caseRow.id));
    expect(events).toContainEqual(
      expect.objectContaining({
        type: 'RECEIPT_ATTACHED',
        scriptStep: 'ONSITE_PAYMENT',
        detail: '영수증 사진 첨부',
        actorId: world.agent.id,
      }),
    );
    expect((await footprint(caseRow.id)).version).toBe(caseRow.version + 1);
    const logged = await handle.db.select().from(auditLog).where(eq(auditLog.subjectId, receipt.id));
    expect(logged.map((entry) => entry.action)).toEqual(['ATTACH_RECEIPT']);
  });

  it('receipt: download gives back the same bytes with the stored type, inline, nosniff and uncached', async () => {
    const { payment } = await makePayment();
    const created = await upload(world.agent, uploadRequest({ onsitePaymentId: payment.id, file: jpeg('영수증 사진.jpg') }));
    const { receipt } = (await created.json()) as { receipt: { id: string } };

    for (const viewer of [world.agent, world.manager]) {
      const response = await download(viewer, receipt.id);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/jpeg');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('cache-control')).toBe('private, no-store');
      expect(response.headers.get('content-disposition')).toBe(
        `inline; filename="receipt.jpg"; filename*=UTF-8''${encodeURIComponent('영수증 사진.jpg')}`,
      );
      expect(response.headers.get('content-security-policy')).toBe('sandbox');
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(JPEG_1X1);
    }
    const views = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, receipt.id), eq(auditLog.action, 'VIEW_RECEIPT')));
    expect(views.map((entry) => entry.actorId)).toEqual([world.agent.id, world.manager.id]);
  });

  it.each([
    ['a PNG', 'image/png', PNG_1X1],
    ['a PDF', 'application/pdf', PDF_ONE_PAGE],
    ['a HEIC (reported as image/heif)', 'image/heic', HEIF_HEADER],
  ])('receipt: %s is accepted and stored as %s, whatever name and type the browser gave', async (_what, stored, bytes) => {
    const { payment } = await makePayment();
    const response = await upload(
      world.agent,
      uploadRequest({ onsitePaymentId: payment.id, file: { bytes, name: 'photo.gif', type: 'text/plain' } }),
    );
    expect(response.status).toBe(201);
    const { receipt } = (await response.json()) as { receipt: { id: string; mimeType: string } };
    expect(receipt.mimeType).toBe(stored);
    expect((await download(world.agent, receipt.id)).headers.get('content-type')).toBe(stored);
  });

  // Issue 16: a PDF with /OpenAction … /JavaScript was stored and served inline from the
  // portal's origin with no CSP; an upload from https://evil.example was taken.
  it.each([
    ['an /OpenAction running JavaScript', PDF_OPEN_ACTION_JS, '/JavaScript'],
    ['#-escaped names (/J#61vaScript)', PDF_HEX_ESCAPED_JS, '/JavaScript'],
    ['a /Launch action', PDF_LAUNCH, '/Launch'],
    ['an embedded file', PDF_EMBEDDED_FILE, '/EmbeddedFiles'],
    ['a script in a compressed object stream', PDF_JS_IN_OBJECT_STREAM, '/JavaScript'],
  ])('receipt: a PDF with %s is refused naming file, and nothing is stored', async (_what, bytes, name) => {
    const { caseRow, payment } = await makePayment();
    const before = await footprint(caseRow.id);
    const response = await upload(
      world.agent,
      uploadRequest({ onsitePaymentId: payment.id, file: { bytes, name: 'receipt.pdf', type: 'application/pdf' } }),
    );
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(error.message).toContain(name);
    expect(await footprint(caseRow.id)).toEqual(before);
  });

  it('receipt: a PDF is served as an attachment in a CSP sandbox, never inline; one that only sets its view is accepted', async () => {
    const { payment } = await makePayment();
    const created = await upload(
      world.agent,
      uploadRequest({ onsitePaymentId: payment.id, file: { bytes: PDF_OPEN_ACTION_FIT, name: '영수증.pdf', type: 'application/pdf' } }),
    );
    expect(created.status).toBe(201);
    const { receipt } = (await created.json()) as { receipt: { id: string } };
    const response = await download(world.agent, receipt.id);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="receipt.pdf"; filename*=UTF-8''${encodeURIComponent('영수증.pdf')}`,
    );
    expect(response.headers.get('content-security-policy')).toBe('sandbox');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each([
    ['Origin https://evil.example', { origin: 'https://evil.example' }],
    ['Origin https://evil.example with Sec-Fetch-Site cross-site', { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site same-site (a sibling subdomain)', { origin: 'http://other.localhost', 'sec-fetch-site': 'same-site' }],
    ['Origin null (a sandboxed frame)', { origin: 'null' }],
    ['our host in Origin but Sec-Fetch-Site cross-site', { origin: 'http://localhost', 'sec-fetch-site': 'cross-site' }],
    ['neither Origin nor Sec-Fetch-Site', {}],
  ])('receipt: an upload with %s is refused with 403 and nothing is stored', async (_what, headers) => {
    const { caseRow, payment } = await makePayment();
    const before = await footprint(caseRow.id);
    const response = await upload(world.agent, uploadRequest({ onsitePaymentId: payment.id, file: jpeg() }, headers));
    expect(response.status).toBe(403);
    expect(await errorOf(response)).toEqual({ code: 'FORBIDDEN', message: CROSS_SITE_UPLOAD_MESSAGE });
    expect(await footprint(caseRow.id)).toEqual(before);
  });

  it.each([
    ['Origin alone (an older browser)', { origin: 'http://localhost' }],
    ['Sec-Fetch-Site same-origin alone', { 'sec-fetch-site': 'same-origin' }],
  ])('receipt: an upload with %s is same-origin and taken', async (_what, headers) => {
    const { payment } = await makePayment();
    const response = await upload(world.agent, uploadRequest({ onsitePaymentId: payment.id, file: jpeg() }, headers));
    expect(response.status).toBe(201);
  });

  it("receipt: the browser's file name is shown, never used as a path, and loses its control characters", async () => {
    const { payment } = await makePayment();
    const name = `..\\../etc/passwd\r\nX-Evil: 1${'가'.repeat(300)}.jpg`;
    const response = await upload(world.agent, uploadRequest({ onsitePaymentId: payment.id, file: jpeg(name) }));
    expect(response.status).toBe(201);
    const { receipt } = (await response.json()) as { receipt: { id: string } };
    const [row] = await handle.db.select().from(receiptAttachments).where(eq(receiptAttachments.id, receipt.id));
    expect(row?.fileName).not.toMatch(/[\r\n]/);
    expect(Array.from(row?.fileName ?? '')).toHaveLength(200);
    expect(await readdir(store.dir)).toContain(row?.storageKey);
    const disposition = (await download(world.agent, receipt.id)).headers.get('content-disposition') ?? '';
    expect(disposition).not.toMatch(/[\r\n]|X-Evil: /);
  });

  it('receipt: exactly 10 MB is still accepted', async () => {
    const { payment } = await makePayment();
    const bytes = new Uint8Array(MAX_RECEIPT_BYTES);
    bytes.set(JPEG_1X1);
    const response = await upload(
      world.agent,
      uploadRequest({ onsitePaymentId: payment.id, file: { bytes, name: 'big.jpg', type: 'image/jpeg' } }),
    );
    expect(response.status).toBe(201);
    expect(((await response.json()) as { receipt: { sizeBytes: number } }).receipt.sizeBytes).toBe(MAX_RECEIPT_BYTES);
  });
});

describe('receipt upload: what is refused leaves nothing behind', () => {
  it('receipt: a .jpg that is really a script is refused', async () => {
    const { caseRow, payment } = await makePayment();
    const before = await footprint(caseRow.id);
    const response = await upload(
      world.agent,
      uploadRequest({ onsitePaymentId: payment.id, file: { bytes: SCRIPT_BYTES, name: 'receipt.jpg', type: 'image/jpeg' } }),
    );
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toEqual({ code: 'BAD_USER_INPUT', message: TYPE_MESSAGE, field: 'file' });
    expect(await footprint(caseRow.id)).toEqual(before);
  });

  it.each([
    ['10 MB and one byte', MAX_RECEIPT_BYTES + 1],
    ['11 MB', 11 * 1024 * 1024],
  ])('receipt: a file of %s is refused with 413', async (_what, size) => {
    const { caseRow, payment } = await makePayment();
    const before = await footprint(caseRow.id);
    const bytes = new Uint8Array(size);
    bytes.set(JPEG_1X1);
    const response = await upload(
      world.agent,
      uploadRequest({ onsitePaymentId: payment.id, file: { bytes, name: 'big.jpg', type: 'image/jpeg' } }),
    );
    expect(response.status).toBe(413);
    expect(await errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', message: SIZE_MESSAGE });
    expect(await footprint(caseRow.id)).toEqual(before);
  });

  it('receipt: a request that declares more than the limit is refused before its body is read', async () => {
    let pulled = false;
    const body = new ReadableStream(
      {
        pull() {
          pulled = true;
          throw new Error('the body must not be read');
        },
      },
      { highWaterMark: 0 },
    );
    const request = new Request(URL_BASE, {
      method: 'POST',
      headers: { ...SAME_ORIGIN, 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(11 * 1024 * 1024) },
      body,
      duplex: 'half',
    } as RequestInit);
    const response = await upload(world.agent, request);
    expect(response.status).toBe(413);
    expect((await errorOf(response)).message).toBe(SIZE_MESSAGE);
    expect(pulled).toBe(false);
  });

  it('receipt: an empty file is refused', async () => {
    const { caseRow, payment } = await makePayment();
    const before = await footprint(caseRow.id);
    const response = await upload(
      world.agent,
      uploadRequest({ onsitePaymentId: payment.id, file: { bytes: new Uint8Array(0), name: 'a.jpg', type: 'image/jpeg' } }),
    );
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(await footprint(caseRow.id)).toEqual(before);
  });

  it('receipt: a form without a file is refused naming the field', async () => {
    const { payment } = await makePayment();
    const response = await upload(world.agent, uploadRequest({ onsitePaymentId: payment.id }));
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
  });

  it.each([
    ['anonymous', 401, 'UNAUTHENTICATED', () => null],
    ['an operator', 403, 'FORBIDDEN', () => world.operatorUserA],
    ['a manager', 403, 'FORBIDDEN', () => world.manager],
  ])('receipt: %s may not upload (%i %s)', async (_who, status, code, viewer) => {
    const { caseRow, payment } = await makePayment();
    const before = await footprint(caseRow.id);
    const response = await upload(viewer(), uploadRequest({ onsitePaymentId: payment.id, file: jpeg() }));
    expect(response.status).toBe(status);
    expect((await errorOf(response)).code).toBe(code);
    expect(await footprint(caseRow.id)).toEqual(before);
  });

  it('receipt: not before the caller is verified (403 POLICY_DENIED), and the stored bytes are removed again', async () => {
    const { caseRow, payment } = await makePayment({ verified: false });
    const before = await footprint(caseRow.id);
    const response = await upload(world.agent, uploadRequest({ onsitePaymentId: payment.id, file: jpeg() }));
    expect(response.status).toBe(403);
    expect((await errorOf(response)).code).toBe('POLICY_DENIED');
    expect(await footprint(caseRow.id)).toEqual(before);
  });

  it('receipt: a stale case version is a 409 CONFLICT', async () => {
    const { caseRow, payment } = await makePayment();
    const before = await footprint(caseRow.id);
    const response = await upload(
      world.agent,
      uploadRequest({ onsitePaymentId: payment.id, expectedVersion: caseRow.version + 5, file: jpeg() }),
    );
    expect(response.status).toBe(409);
    expect((await errorOf(response)).code).toBe('CONFLICT');
    expect(await footprint(caseRow.id)).toEqual(before);
  });

  it('receipt: an unknown payment is 404 and a malformed id 400', async () => {
    const unknown = await upload(world.agent, uploadRequest({ onsitePaymentId: randomUUID(), file: jpeg() }));
    expect(unknown.status).toBe(404);
    expect((await errorOf(unknown)).code).toBe('NOT_FOUND');
    const malformed = await upload(world.agent, uploadRequest({ onsitePaymentId: 'not-an-id', file: jpeg() }));
    expect(malformed.status).toBe(400);
    expect(await errorOf(malformed)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'onsitePaymentId' });
  });
});

describe('receipt download: only the desk sees receipts', () => {
  let receiptId: string;
  beforeAll(async () => {
    const { payment } = await makePayment();
    const response = await upload(world.agent, uploadRequest({ onsitePaymentId: payment.id, file: jpeg() }));
    receiptId = ((await response.json()) as { receipt: { id: string } }).receipt.id;
  });

  it("receipt: an operator gets 404, as if it did not exist, even for its own lot's case", async () => {
    const response = await download(world.operatorUserA, receiptId);
    expect(response.status).toBe(404);
    expect((await errorOf(response)).code).toBe('NOT_FOUND');
  });

  it('receipt: anonymous gets 401', async () => {
    const response = await download(null, receiptId);
    expect(response.status).toBe(401);
    expect((await errorOf(response)).code).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['an unknown id', randomUUID()],
    ['a malformed id', '../../etc/passwd'],
  ])('receipt: %s is 404', async (_what, id) => {
    const response = await download(world.agent, id);
    expect(response.status).toBe(404);
  });
});

describe('receipt store: files under a folder of its own', () => {
  it.each([['../escape'], ['a/b'], ['a\\b'], ['..'], ['.hidden'], ['']])('receipt store: refuses the key %j', async (key) => {
    await expect(store.put(key, JPEG_1X1, 'image/jpeg')).rejects.toThrow(/unsafe receipt storage key/);
    await expect(store.get(key)).rejects.toThrow(/unsafe receipt storage key/);
  });

  it('receipt store: creates its folder with parents, answers null for a missing key, deletes idempotently', async () => {
    const nested = new FileSystemReceiptStore(path.join(storeDir, 'a', 'b', 'c'));
    const key = randomUUID();
    expect(await nested.get(key)).toBeNull();
    await nested.put(key, PNG_1X1, 'image/png');
    expect(await nested.get(key)).toEqual(PNG_1X1);
    await nested.delete(key);
    await nested.delete(key);
    expect(await nested.get(key)).toBeNull();
    expect(await readdir(nested.dir)).toEqual([]);
  });
});
