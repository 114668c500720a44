import { z } from 'zod';
import { errorJson, errorResponse, NO_STORE } from '@/app/api/_http/error-response';
import type { ReceiptRouteContext } from '@/app/api/_http/route-context';
import { badInput } from '@/graphql/errors';
import { fields, parseArgs } from '@/graphql/validate';
import { isSameOriginRequest } from '@/lib/http/same-origin';
import { attachReceipt, MAX_RECEIPT_BYTES, RECEIPT_SIZE_MESSAGE } from '@/lib/services/payments/attach-receipt';
import { authorizeSignedIn } from '@/lib/policy/authorize';

// Room for the multipart boundaries, part headers and the two small fields around the file.
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;
/** The largest request body the upload route reads at all. */
export const MAX_UPLOAD_REQUEST_BYTES = MAX_RECEIPT_BYTES + MULTIPART_OVERHEAD_BYTES;

const uploadFields = z.object({
  onsitePaymentId: fields.id,
  expectedVersion: z.coerce
    .number({ error: '숫자여야 합니다.' })
    .int({ error: '정수여야 합니다.' })
    .min(1, { error: '1 이상이어야 합니다.' })
    .optional(),
});

const tooLarge = () => errorJson(413, 'BAD_USER_INPUT', RECEIPT_SIZE_MESSAGE, 'file');

/** What a cross-site upload is told: the SameSite=Lax cookie alone let evil.example post (issue 16). */
export const CROSS_SITE_UPLOAD_MESSAGE = '다른 사이트에서 보낸 업로드는 받지 않습니다. 포털의 상담 화면에서 영수증을 올려 주세요.';

/**
 * POST /api/receipts (multipart/form-data: onsitePaymentId, expectedVersion?, file) →
 * 201 `{ receipt: { id, onsitePaymentId, mimeType, sizeBytes } }`, from the portal's own pages
 * only (same origin). The type is judged by the bytes, never by the name or the type the
 * browser claims; a PDF that acts (scripts, launches, embedded files) is refused.
 */
export async function handleUpload(request: Request, deps: ReceiptRouteContext): Promise<Response> {
  try {
    // A page elsewhere can make the agent's browser post a form here with the session cookie;
    // only the portal's own pages may.
    if (!isSameOriginRequest(request)) return errorJson(403, 'FORBIDDEN', CROSS_SITE_UPLOAD_MESSAGE);
    const viewer = authorizeSignedIn(deps.viewer, 'Route.uploadReceipt');
    // Refused before a byte of the body is read, when the client says how much is coming…
    if (Number(request.headers.get('content-length') ?? 0) > MAX_UPLOAD_REQUEST_BYTES) return tooLarge();
    const contentType = request.headers.get('content-type') ?? '';
    if (!/^multipart\/form-data\s*;/i.test(contentType)) throw badInput('file', 'multipart/form-data 형식으로 파일을 보내 주세요.');
    // …and when it does not, or says less than it sends, by counting.
    const body = await readAtMost(request, MAX_UPLOAD_REQUEST_BYTES);
    if (!body) return tooLarge();
    const form = await new Response(body, { headers: { 'content-type': contentType } }).formData().catch(() => {
      throw badInput('file', '요청 본문을 읽을 수 없습니다.');
    });
    const input = parseArgs(uploadFields, {
      onsitePaymentId: form.get('onsitePaymentId') ?? undefined,
      expectedVersion: form.get('expectedVersion') || undefined,
    });
    const file = form.get('file');
    if (!(file instanceof Blob)) throw badInput('file', '영수증 파일을 첨부해 주세요.');
    if (file.size > MAX_RECEIPT_BYTES) return tooLarge();
    const receipt = await attachReceipt(
      deps.db,
      deps.store,
      viewer,
      { clientAddress: deps.clientAddress ?? null },
      {
        ...input,
        fileName: file instanceof File ? file.name : '',
        data: new Uint8Array(await file.arrayBuffer()),
      },
    );
    const { id, onsitePaymentId, mimeType, sizeBytes } = receipt;
    return Response.json({ receipt: { id, onsitePaymentId, mimeType, sizeBytes } }, { status: 201, headers: NO_STORE });
  } catch (error) {
    return errorResponse(error);
  }
}

// The body, or null as soon as it grows past the limit (the rest is never read).
async function readAtMost(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
