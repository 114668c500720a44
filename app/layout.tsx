import type { Metadata, Viewport } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { Toaster } from './_components/ui/toaster';
import './globals.css';
import './_components/ui/primitives.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('common');
  return { title: { default: t('brand'), template: `%s · ${t('brand')}` }, description: t('description') };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

/** The document around every page: in the reader's language (Korean unless they chose English), one stylesheet. */
export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request, so Next can stamp this request's CSP nonce (proxy.ts)
  // on its scripts; a page prerendered at build time would carry none and be blocked.
  await connection();
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body>
        {/* Messages, language and the KST time zone reach the client components from lib/i18n/request.ts. */}
        <NextIntlClientProvider>
          {children}
          <Toaster />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
