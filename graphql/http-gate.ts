import { Lexer, Source, TokenKind } from 'graphql';

/**
 * Refusals at the HTTP edge of /api/graphql that cost next to nothing: a body that is not
 * JSON, and an anonymous document longer than an anonymous caller has any use for (the
 * sign-in page sends no GraphQL at all; a stranger may ask for __typename or the viewer).
 */
export const ANONYMOUS_MAX_TOKENS = 100;

export const EMPTY_BODY_MESSAGE = '요청 본문이 비어 있습니다. {"query": "…"} 형식의 JSON으로 보내 주세요.';
export const MALFORMED_JSON_MESSAGE = '요청 본문이 올바른 JSON이 아닙니다. {"query": "…"} 형식으로 보내 주세요.';
export const ANONYMOUS_TOO_LONG_MESSAGE = `로그인하지 않은 요청의 쿼리는 ${ANONYMOUS_MAX_TOKENS} 토큰까지입니다. 먼저 로그인해 주세요.`;

/** A 400 in the GraphQL error shape. */
export function badRequest(message: string): Response {
  return Response.json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] }, { status: 400 });
}

/** The JSON body of a POST, or the 400 for an empty or malformed one. Other content types are Apollo's to refuse. */
export function parseJsonBody(contentType: string | null, text: string): { body: unknown } | { refusal: Response } {
  if (!contentType?.toLowerCase().startsWith('application/json')) return { body: text };
  if (text.trim() === '') return { refusal: badRequest(EMPTY_BODY_MESSAGE) };
  try {
    return { body: JSON.parse(text) as unknown };
  } catch {
    return { refusal: badRequest(MALFORMED_JSON_MESSAGE) };
  }
}

/**
 * Whether a document has more than `max` tokens, found by lexing at most max + 1 of them (no
 * parse, no validation). A lexing error is left for the parser to report.
 */
export function hasMoreTokensThan(query: string, max: number): boolean {
  const lexer = new Lexer(new Source(query));
  try {
    for (let count = 0; lexer.advance().kind !== TokenKind.EOF;) {
      count += 1;
      if (count > max) return true;
    }
  } catch {
    return false;
  }
  return false;
}

/** The document of a request: the body's `query` (POST) or the URL's `query` (GET). */
export function queryOf(body: unknown, url: string): string | null {
  if (body && typeof body === 'object' && 'query' in body) {
    const query = body.query;
    return typeof query === 'string' ? query : null;
  }
  return new URL(url).searchParams.get('query');
}
