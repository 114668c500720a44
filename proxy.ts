import { NextResponse, type NextRequest } from 'next/server';
import { serverEnv } from '@/lib/env';
import { contentSecurityPolicy } from '@/lib/http/content-security-policy';

/**
 * Gives every page request a fresh CSP nonce. Next reads the policy from the request headers
 * and stamps the nonce on the scripts it renders; the browser gets the same policy. No access
 * check lives here: the pages and the API check the session themselves.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = contentSecurityPolicy(nonce, { development: serverEnv().NODE_ENV !== 'production' });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Pages only: API answers are JSON or files, and static assets carry no scripts to allow.
  matcher: [
    {
      source: '/((?!api/|_next/static|_next/image|icon.svg|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
