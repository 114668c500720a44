import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { NewCaseFlow } from '@/app/_components/case/new-case-flow';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('agent.newCase');
  return { title: t('title') };
}

/** A new case: the caller's pass first, then the VOC kind and the incident. */
export default async function NewCasePage() {
  const t = await getTranslations('agent.newCase');
  return (
    <div className="page">
      <div className="page-header">
        <p>
          <Link href="/agent">{t('back')}</Link>
        </p>
        <h1>{t('title')}</h1>
        <p className="muted">{t('intro')}</p>
      </div>
      <NewCaseFlow />
    </div>
  );
}
