/** What a caller over its rate limit reads; the Retry-After header says when to try again. */
export const TOO_MANY_REQUESTS_MESSAGE = '요청이 너무 많습니다. 잠시 후 다시 시도해 주세요.';

/** A 429 in the GraphQL error shape, with Retry-After in seconds. */
export function tooManyRequests(retryAfterSeconds: number): Response {
  return Response.json(
    { errors: [{ message: TOO_MANY_REQUESTS_MESSAGE, extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds } }] },
    { status: 429, headers: { 'retry-after': String(retryAfterSeconds) } },
  );
}
