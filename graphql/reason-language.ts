import type { ApolloServerPlugin } from '@apollo/server';
import { isReasonCode, type ReasonParams } from '@/lib/i18n/reasons';
import { refusalSentence } from '@/lib/services/core/service-error';
import type { GraphQLContext } from './context';

/**
 * Renders refusals in the viewer's language: formatError leaves the Korean sentence (it has no
 * context), and here an English-mode viewer's errors that carry `extensions.reason` get theirs.
 * Korean viewers and anonymous callers keep the Korean, so the API's default is unchanged.
 */
export const reasonLanguage: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart({ contextValue }) {
    return {
      async willSendResponse({ response }) {
        const locale = contextValue.viewer?.locale;
        if (!locale || locale === 'ko') return;
        const body = response.body;
        const result = body.kind === 'single' ? body.singleResult : body.initialResult;
        if (!result.errors) return;
        result.errors = result.errors.map((error) => {
          const reason = error.extensions?.reason as { code?: unknown; params?: ReasonParams } | undefined;
          if (!reason || !isReasonCode(reason.code)) return error;
          // A named refusal ("amount: …") keeps its field first in every language.
          const field = error.extensions?.field;
          const named = typeof field === 'string' && error.message.startsWith(`${field}: `) ? field : undefined;
          return { ...error, message: refusalSentence({ code: reason.code, params: reason.params }, named, locale) };
        });
      },
    };
  },
};
