/** The largest GraphQL request body the API reads: far above any page's request. */
export const MAX_GRAPHQL_BODY_BYTES = 1_000_000;

/**
 * A JSON refusal for a POST whose body is too large or of unknown length, before anything
 * reads it; null when the request may go on. Browsers always send Content-Length for the
 * portal's fetches, so a chunked upload of unknown size is refused rather than buffered.
 */
export function refuseOversizedBody(headers: Headers, limit = MAX_GRAPHQL_BODY_BYTES): Response | null {
  const declared = headers.get('content-length');
  const length = declared === null ? Number.NaN : Number(declared);
  if (Number.isInteger(length) && length >= 0 && length <= limit) return null;
  const status = Number.isInteger(length) ? 413 : 411;
  const message =
    status === 413
      ? `요청 본문이 너무 큽니다(최대 ${(limit / 1_000_000).toLocaleString('ko-KR')}MB). 더 작게 나누어 보내 주세요.`
      : '요청 본문의 길이(Content-Length)를 알 수 없습니다.';
  return Response.json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] }, { status });
}
