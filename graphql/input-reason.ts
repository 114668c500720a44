import { isReasonCode, type Reason, type ReasonCode, type ReasonParams } from '@/lib/i18n/reasons';

// A zod issue carries a string only: a catalog reason rides in it as JSON behind this mark, and
// parseArgs reads it back, so bad input is worded in the viewer's language like any refusal.
const MARK = 'reason:';

/** A zod issue's message that is a catalog sentence: for `ctx.addIssue({ code: 'custom', message })`. */
export function reasonMessage(code: ReasonCode, params?: ReasonParams): string {
  return MARK + JSON.stringify(params ? { code, params } : { code });
}

/** A zod check's error option as a catalog sentence: `.min(1, say('inputRequired'))`. */
export function say(code: ReasonCode, params?: ReasonParams): { error: string } {
  return { error: reasonMessage(code, params) };
}

/** The catalog sentence a zod issue's message carries, or null for any other message. */
export function reasonOfMessage(message: string): Reason | null {
  if (!message.startsWith(MARK)) return null;
  try {
    const reason = JSON.parse(message.slice(MARK.length)) as { code?: unknown; params?: ReasonParams };
    return isReasonCode(reason.code) ? { code: reason.code, params: reason.params } : null;
  } catch {
    return null;
  }
}
