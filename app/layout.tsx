import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: '주차 CS 포털', template: '%s · 주차 CS 포털' },
  description: '정기권 미적용 VOC를 처리하는 주차 CS 포털',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

/** The document around every page: Korean, one stylesheet. */
export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request, so Next can stamp this request's CSP nonce (proxy.ts)
  // on its scripts; a page prerendered at build time would carry none and be blocked.
  await connection();
  return (
    <html lang="ko">
      <body>{children}</body>
    </html>
  );
}
