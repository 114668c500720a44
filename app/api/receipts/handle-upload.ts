import { z } from 'zod';
import { errorJson, errorResponse, NO_STORE } from '@/app/api/_http/error-response';
import type { ReceiptRouteContext } from '@/app/api/_http/route-context';
import { badInput } from '@/graphql/errors';
import { say } from '@/graphql/input-reason';
import { fields, parseArgs } from '@/graphql/validate';
import { isSameOriginRequest } from '@/lib/http/same-origin';
import { attachReceipt, MAX_RECEIPT_BYTES } from '@/lib/services/payments/attach-receipt';
import { refusalSentence } from '@/lib/services/core/service-error';
import { authorizeSignedIn } from '@/lib/policy/authorize';

// Room for the multipart boundaries, part headers and the two small fields around the file.
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;
/** The largest request body the upload route reads at all. */
export const MAX_UPLOAD_REQUEST_BYTES = MAX_RECEIPT_BYTES + MULTIPART_OVERHEAD_BYTES;

const uploadFields = z.object({
  onsitePaymentId: fields.id,
  expectedVersion: z.coerce
    .number(say('inputNumber'))
    .int(say('inputInteger'))
    .min(1, say('inputAtLeast', { min: 1 }))
    .optional(),
});

const TOO_LARGE = { code: 'receiptTooLarge', params: { mb: MAX_RECEIPT_BYTES / 1024 / 1024 } } as const;
const tooLarge = (locale: string | undefined) => errorJson(413, 'BAD_USER_INPUT', refusalSentence(TOO_LARGE, 'file', locale), 'file');

/** What a cross-site upload is told: the SameSite=Lax cookie alone let evil.example post (issue 16). */
const CROSS_SITE_UPLOAD = { code: 'crossSiteUpload' } as const;
/** Its Korean sentence, as anonymous and Korean callers read it. */
export const CROSS_SITE_UPLOAD_MESSAGE = refusalSentence(CROSS_SITE_UPLOAD);

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
    const locale = deps.viewer?.locale;
    if (!isSameOriginRequest(request)) return errorJson(403, 'FORBIDDEN', refusalSentence(CROSS_SITE_UPLOAD, undefined, locale));
    const viewer = authorizeSignedIn(deps.viewer, 'Route.uploadReceipt');
    // Refused before a byte of the body is read, when the client says how much is coming…
    if (Number(request.headers.get('content-length') ?? 0) > MAX_UPLOAD_REQUEST_BYTES) return tooLarge(locale);
    const contentType = request.headers.get('content-type') ?? '';
    if (!/^multipart\/form-data\s*;/i.test(contentType)) throw badInput('file', 'uploadNotMultipart');
    // …and when it does not, or says less than it sends, by counting.
    const body = await readAtMost(request, MAX_UPLOAD_REQUEST_BYTES);
    if (!body) return tooLarge(locale);
    const form = await new Response(body, { headers: { 'content-type': contentType } }).formData().catch(() => {
      throw badInput('file', 'uploadUnreadable');
    });
    const input = parseArgs(uploadFields, {
      onsitePaymentId: form.get('onsitePaymentId') ?? undefined,
      expectedVersion: form.get('expectedVersion') || undefined,
    });
    const file = form.get('file');
    if (!(file instanceof Blob)) throw badInput('file', 'uploadNoFile');
    if (file.size > MAX_RECEIPT_BYTES) return tooLarge(locale);
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
    return errorResponse(error, deps.viewer?.locale);
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
