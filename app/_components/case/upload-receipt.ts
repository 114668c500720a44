/** What POST /api/receipts answers on success. */
export interface UploadedReceipt {
  id: string;
  onsitePaymentId: string;
  mimeType: string;
  sizeBytes: number;
}

/**
 * A failed upload: the route's error code (NETWORK when no answer came), the HTTP status, and
 * the route's own sentence (Korean) when it gave one; the form words it for the reader.
 */
export class ReceiptUploadError extends Error {
  constructor(
    readonly code: string,
    readonly serverMessage: string | null,
    readonly status: number,
  ) {
    super(serverMessage ?? code);
  }
}

/**
 * Sends a receipt to POST /api/receipts as multipart form data. XMLHttpRequest rather than
 * fetch, because only it reports upload progress (0–1).
 */
export function uploadReceipt(
  fields: { onsitePaymentId: string; expectedVersion: number; file: File },
  onProgress: (fraction: number) => void,
): Promise<UploadedReceipt> {
  const body = new FormData();
  body.set('onsitePaymentId', fields.onsitePaymentId);
  body.set('expectedVersion', String(fields.expectedVersion));
  body.set('file', fields.file);

  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/receipts');
    xhr.withCredentials = true;
    xhr.responseType = 'text';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new ReceiptUploadError('NETWORK', null, 0));
    xhr.onload = () => {
      const json = parseJson(xhr.responseText);
      if (xhr.status === 201 || xhr.status === 200) {
        const receipt = (json as { receipt?: UploadedReceipt } | null)?.receipt;
        if (receipt) return resolve(receipt);
      }
      const error = (json as { error?: { code?: unknown; message?: unknown; field?: unknown } } | null)?.error;
      const message = typeof error?.message === 'string' && error.message ? withoutField(error.message, error.field) : null;
      const code = typeof error?.code === 'string' ? error.code : `HTTP_${xhr.status}`;
      reject(new ReceiptUploadError(code, message, xhr.status));
    };
    xhr.send(body);
  });
}

/** The route's sentence without the "file: " prefix it carries for programs. */
function withoutField(message: string, field: unknown): string {
  return typeof field === 'string' && message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
