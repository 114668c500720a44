import { CombinedGraphQLErrors, ServerError, type ErrorLike } from '@apollo/client';

const MESSAGES_BY_CODE: Record<string, string> = {
  UNAUTHENTICATED: '로그인이 만료되었습니다. 다시 로그인해 주세요.',
  FORBIDDEN: '이 정보를 볼 권한이 없습니다.',
  SERVICE_UNAVAILABLE: '데이터베이스에 잠시 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.',
};
const UNREACHABLE = '서버에 연결하지 못했습니다. 잠시 후 다시 시도해 주세요.';

/** The first GraphQL error's contract code, if the server answered with one. */
export function apiErrorCode(error: ErrorLike): string | undefined {
  // A 503 read as plain JSON (not graphql-response+json) reaches us as a ServerError.
  if (ServerError.is(error) && error.statusCode === 503) return 'SERVICE_UNAVAILABLE';
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * A Korean sentence for a failed request: the API's own message (it is written for users),
 * without the "field: " prefix it carries for programs; a fixed one for network failures.
 */
export function apiErrorMessage(error: ErrorLike): string {
  const code = apiErrorCode(error);
  if (code && MESSAGES_BY_CODE[code]) return MESSAGES_BY_CODE[code];
  if (!CombinedGraphQLErrors.is(error)) return UNREACHABLE;
  const first = error.errors[0];
  if (!first?.message) return UNREACHABLE;
  const field = first.extensions?.field;
  if (typeof field === 'string' && first.message.startsWith(`${field}: `)) {
    return first.message.slice(field.length + 2);
  }
  return first.message;
}
