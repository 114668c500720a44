/**
 * The Content-Security-Policy of every page. Scripts run only from this origin and with the
 * request's nonce (Next puts it on its own inline scripts); no `unsafe-inline` script ever.
 * Styles allow inline attributes because the charts (recharts) position their parts with
 * `style=""`, which a nonce cannot cover; style injection cannot run code.
 */
export function contentSecurityPolicy(nonce: string, { development }: { development: boolean }): string {
  const directives = [
    "default-src 'self'",
    // React's development build evaluates source maps and fast refresh code; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  return directives.join('; ');
}
