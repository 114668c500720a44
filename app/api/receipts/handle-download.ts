import { z } from 'zod';
import { errorResponse, NO_STORE, refusalOf } from '@/app/api/_http/error-response';
import type { ReceiptRouteContext } from '@/app/api/_http/route-context';
import { readReceipt } from '@/lib/services/payments/read-receipt';
import { ServiceError } from '@/lib/services/core/service-error';
import { authorizeSignedIn } from '@/lib/policy/authorize';

const EXTENSION_OF: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/heic': 'heic',
  'application/pdf': 'pdf',
};

/**
 * GET /api/receipts/:id → the receipt's bytes with its stored type, never sniffed or cached,
 * in a CSP sandbox (no script of the file runs with the portal's origin); photos are shown
 * inline, PDFs are downloaded, so no viewer of the browser opens them on our origin. Signed in but not allowed to see it (an operator) is a 404, like an
 * unknown id, so that the answer says nothing about which receipts exist.
 */
export async function handleDownload(attachmentId: string, deps: ReceiptRouteContext): Promise<Response> {
  try {
    const viewer = authorizeSignedIn(deps.viewer, 'Route.viewReceipt');
    const notFound = new ServiceError('NOT_FOUND', 'receiptNotFound');
    if (!z.uuid().safeParse(attachmentId).success) throw notFound;
    const receipt = await readReceipt(deps.db, deps.store, viewer, attachmentId, { clientAddress: deps.clientAddress ?? null });
    // Stores hand out plain ArrayBuffer-backed bytes; the DOM typings want that said.
    return new Response(receipt.data as Uint8Array<ArrayBuffer>, {
      status: 200,
      headers: {
        ...NO_STORE,
        'Content-Type': receipt.contentType,
        'Content-Length': String(receipt.data.byteLength),
        'Content-Disposition': disposition(receipt.fileName, receipt.contentType),
        'Content-Security-Policy': 'sandbox',
        'X-Content-Type-Options': 'nosniff',
        'Cross-Origin-Resource-Policy': 'same-origin',
      },
    });
  } catch (error) {
    if (deps.viewer && refusalOf(error)?.code === 'FORBIDDEN') {
      return errorResponse(new ServiceError('NOT_FOUND', 'receiptNotFound'), deps.viewer.locale);
    }
    return errorResponse(error, deps.viewer?.locale);
  }
}

// Photos inline, PDFs as attachments. An ASCII name for old clients, the real one (RFC 5987)
// for the rest; the user's name never reaches the header unencoded.
function disposition(fileName: string, contentType: string): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const kind = contentType === 'application/pdf' ? 'attachment' : 'inline';
  return `${kind}; filename="receipt.${EXTENSION_OF[contentType] ?? 'bin'}"; filename*=UTF-8''${encoded}`;
}
