/**
 * The caller's address for the access log: the first address of X-Forwarded-For, as the proxy
 * in front of the app (or `next start` itself) reports the client; null when absent.
 */
export function clientAddressOf(headers: Headers): string | null {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || null;
}
