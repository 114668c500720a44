import { useLocale, useTranslations } from 'next-intl';
import { ReceiptUploadError } from './upload-receipt';

type StatusKey = 'badFile' | 'forbidden' | 'notFound' | 'tooLarge' | 'failed';
// 401 has the API's sentence; 409 never gets here (the form shows the conflict hint).
const STATUS_KEY: Record<number, StatusKey> = { 400: 'badFile', 403: 'forbidden', 404: 'notFound', 413: 'tooLarge' };

/**
 * A sentence for a failed receipt upload, as useApiErrorMessage words API errors: in Korean the
 * route's own sentence (or one by HTTP status when it gave none); in English the status's
 * sentence with the route's Korean kept beside it.
 */
export function useReceiptErrorMessage(): (error: unknown) => string {
  const t = useTranslations();
  const locale = useLocale();
  return (error) => {
    if (!(error instanceof ReceiptUploadError)) return t('errors.api.unreachable');
    if (error.code === 'NETWORK') return t('errors.api.unreachable');
    if (error.status === 401) return t('errors.api.UNAUTHENTICATED');
    if (error.status === 503) return t('errors.api.SERVICE_UNAVAILABLE');
    const own = t(`case.receipt.errors.${STATUS_KEY[error.status] ?? 'failed'}`);
    if (!error.serverMessage) return own;
    return locale === 'ko' ? error.serverMessage : t('errors.api.detail', { message: own, detail: error.serverMessage });
  };
}
