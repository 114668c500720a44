import type { SERVICE_ERROR_CODES } from '@/lib/domain/error-codes';
import { isReasonCode, renderReason, type Reason, type ReasonCode, type ReasonParams } from '@/lib/i18n/reasons';

/** The refusals a use case can give; they are the contract's error codes. */
export type ServiceErrorCode = (typeof SERVICE_ERROR_CODES)[number];

/**
 * A refusal: the contract's code, the reason as a catalog code with parameters (the API renders
 * it in the viewer's language; `message` is the Korean sentence), and the input at fault, when
 * there is one. `named` refusals say the field first ("amount: …"), as programs read them.
 */
export class ServiceError extends Error {
  // Null for a sentence given as is (a domain rule's own wording not in the catalog yet).
  readonly reason: Reason | null;

  constructor(
    readonly code: ServiceErrorCode,
    reason: ReasonCode | Reason | SentenceAsIs,
    readonly field?: string,
    readonly named = false,
  ) {
    const asReason = typeof reason !== 'string' ? reason : isReasonCode(reason) ? { code: reason } : null;
    super(asReason ? refusalSentence(asReason, named ? field : undefined) : (reason as string));
    this.reason = asReason;
    this.name = 'ServiceError';
  }
}

// Any other string: a finished sentence, shown as it is in every language.
type SentenceAsIs = string & Record<never, never>;

/** A refusal about one input, its sentence led by the field's name ("passId: 정기권을 찾을 수 없습니다."). */
export function fieldError(code: ServiceErrorCode, field: string, reason: ReasonCode, params?: ReasonParams): ServiceError {
  return new ServiceError(code, { code: reason, params }, field, true);
}

/** A refusal's sentence in a language, led by the field's name when it is a named one. */
export function refusalSentence(reason: Reason, field?: string, locale?: string | null): string {
  const sentence = renderReason(reason, locale);
  return field ? `${field}: ${sentence}` : sentence;
}
