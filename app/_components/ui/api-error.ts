import { CombinedGraphQLErrors, ServerError, type ErrorLike } from '@apollo/client';
import { useLocale, useTranslations } from 'next-intl';
import { isErrorCode } from '@/lib/domain/error-codes';
import { isReasonCode, type Reason } from '@/lib/i18n/reason';

// Codes whose sentence the page words itself: the server's text for them says less about
// what to do next than these do.
const OWN_SENTENCE = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'SERVICE_UNAVAILABLE', 'TOO_MANY_REQUESTS']);

/** The first GraphQL error's contract code, if the server answered with one. */
export function apiErrorCode(error: ErrorLike): string | undefined {
  // A 503 read as plain JSON (not graphql-response+json) reaches us as a ServerError.
  if (ServerError.is(error) && error.statusCode === 503) return 'SERVICE_UNAVAILABLE';
  // Over the rate limit (graphql/http-handler.ts): 429 with Retry-After.
  if (ServerError.is(error) && error.statusCode === 429) return 'TOO_MANY_REQUESTS';
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The refusal's reason as the API coded it (`extensions.reason`), when it is one of the catalog's. */
function apiReason(error: ErrorLike): Reason | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const reason = error.errors[0]?.extensions?.reason as { code?: unknown; params?: Reason['params'] } | undefined;
  return reason && isReasonCode(reason.code) ? { code: reason.code, params: reason.params } : null;
}

/** The API's own sentence (written for users, in Korean), without the "field: " prefix it carries for programs. */
function serverSentence(error: ErrorLike): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const first = error.errors[0];
  if (!first?.message) return null;
  const field = first.extensions?.field;
  if (typeof field === 'string' && first.message.startsWith(`${field}: `)) return first.message.slice(field.length + 2);
  return first.message;
}

/**
 * A sentence for a failed request in the reader's language. A coded reason is read from the
 * catalogs; otherwise, in Korean, it is the API's own message, and in English the code's English
 * sentence with the server's detail kept beside it for the record.
 */
export function useApiErrorMessage(): (error: ErrorLike) => string {
  const t = useTranslations('errors.api');
  const reasons = useTranslations('reasons');
  const locale = useLocale();
  return (error) => {
    const code = apiErrorCode(error);
    const known = isErrorCode(code) ? code : null;
    if (known && OWN_SENTENCE.has(known)) return t(known);
    const reason = apiReason(error);
    if (reason) return reasons.markup(reason.code, { ...reason.params, words: (chunks) => chunks });
    const detail = serverSentence(error);
    if (!detail) return t('unreachable');
    if (locale === 'ko') return detail;
    return t('detail', { message: t(known ?? 'INTERNAL_SERVER_ERROR'), detail });
  };
}
