import { serverEnv } from '@/lib/env';

/**
 * Whether a state-changing request comes from the portal's own pages, by what the browser says
 * and a page cannot forge: `Sec-Fetch-Site` (when sent, it must be `same-origin`) and `Origin`
 * (when sent, its host must be ours). A request with neither is refused too: every browser
 * the portal supports sends `Origin` on a POST, so only a non-browser client omits both, and
 * such a client has no business posting with the agent's cookie.
 *
 * "Ours" is the host of the request's own URL (what the browser addressed) or of NEXTAUTH_URL
 * (the public address when a proxy in front rewrites Host). Hosts are compared with their
 * port, not the scheme: behind a TLS proxy the app sees http while the page is https.
 */
export function isSameOriginRequest(request: Request, publicUrl = serverEnv().NEXTAUTH_URL): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin') return false;
  const origin = request.headers.get('origin');
  if (origin === null) return site === 'same-origin';
  const host = hostOf(origin);
  if (!host) return false;
  return [hostOf(request.url), publicUrl ? hostOf(publicUrl) : null].includes(host);
}

function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.host.toLowerCase() : null;
  } catch {
    return null; // "null" (a sandboxed page, a file:) or garbage
  }
}
