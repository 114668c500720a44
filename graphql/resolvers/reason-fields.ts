import { isReasonCode, renderReason, type Reason } from '@/lib/i18n/reasons';
import type { GraphQLContext } from '../context';

/** A stored code and its values as a Reason, when the code is one the catalogs know. */
export function storedReason(code: string | null, params: unknown): Reason | null {
  if (!isReasonCode(code)) return null;
  return { code, params: (params ?? {}) as Reason['params'] };
}

/** A stored sentence for this viewer: ours in their language, else the text as written. */
export function textFor(ctx: GraphQLContext, reason: Reason | null, text: string): string {
  return reason ? renderReason(reason, ctx.viewer?.locale) : text;
}

/** The API's Reason type: the code and its values as JSON. */
export function reasonOut(reason: Reason | null): { code: string; params: string } | null {
  return reason && { code: reason.code, params: JSON.stringify(reason.params ?? {}) };
}
