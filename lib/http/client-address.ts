import { isIP } from 'node:net';
import { proxyTrustOf, type ProxyTrust } from './proxy-trust';

type HeaderSource = Headers | Record<string, unknown> | undefined | null;

function forwardedFor(headers: HeaderSource): string {
  if (!headers) return '';
  const value = headers instanceof Headers ? headers.get('x-forwarded-for') : headers['x-forwarded-for'];
  if (Array.isArray(value)) return value.join(',');
  return typeof value === 'string' ? value : '';
}

let configured: ProxyTrust | null = null;
/** The server's proxy setting, read once (the start check has refused a malformed one). */
function configuredTrust(): ProxyTrust {
  configured ??= proxyTrustOf();
  return configured;
}

/**
 * The caller's address, from the X-Forwarded-For entries only trusted proxies appended (see
 * proxy-trust.ts), or null when it cannot be known: no trusted proxy configured, a header
 * shorter than the proxy chain, or an entry that is not an IP address. Used by GraphQL,
 * receipts, exports, sign-in and so by the access log; never the leftmost entry, which the
 * client writes itself.
 */
export function clientAddressOf(headers: HeaderSource, trust: ProxyTrust = configuredTrust()): string | null {
  const entries = forwardedFor(headers)
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  let candidate: string | undefined;
  if (trust.hops > 0) {
    candidate = entries[entries.length - trust.hops];
  } else if (trust.addresses.length > 0) {
    const proxies = new Set(trust.addresses);
    let index = entries.length - 1;
    while (index > 0 && proxies.has(entries[index]!)) index -= 1;
    candidate = entries[index];
  }
  return candidate && isIP(candidate) !== 0 ? candidate : null;
}
