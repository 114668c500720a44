/** What POST /api/receipts answers on success. */
export interface UploadedReceipt {
  id: string;
  onsitePaymentId: string;
  mimeType: string;
  sizeBytes: number;
}

/** A failed upload: the route's error code (or NETWORK) and a Korean message. */
export class ReceiptUploadError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

const FALLBACK: Record<number, string> = {
  401: '로그인이 만료되었습니다. 다시 로그인해 주세요.',
  403: '이 결제에 영수증을 첨부할 권한이 없습니다.',
  404: '현장결제를 찾을 수 없습니다.',
  409: '다른 사용자가 이 상담을 먼저 변경했습니다.',
  413: '파일이 너무 큽니다.',
};
const UNREACHABLE = '서버에 연결하지 못했습니다. 잠시 후 다시 시도해 주세요.';

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
    xhr.onerror = () => reject(new ReceiptUploadError('NETWORK', UNREACHABLE, 0));
    xhr.onload = () => {
      const json = parseJson(xhr.responseText);
      if (xhr.status === 201 || xhr.status === 200) {
        const receipt = (json as { receipt?: UploadedReceipt } | null)?.receipt;
        if (receipt) return resolve(receipt);
      }
      const error = (json as { error?: { code?: unknown; message?: unknown } } | null)?.error;
      const message = typeof error?.message === 'string' && error.message ? error.message : FALLBACK[xhr.status];
      const code = typeof error?.code === 'string' ? error.code : `HTTP_${xhr.status}`;
      reject(new ReceiptUploadError(code, message ?? '영수증을 올리지 못했습니다. 다시 시도해 주세요.', xhr.status));
    };
    xhr.send(body);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
