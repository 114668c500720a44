import { getTranslations } from 'next-intl/server';
import { AccessLog } from '@/app/_components/manager/access-log/access-log';
import { AccessLogExport } from '@/app/_components/manager/access-log/access-log-export';
import { AccessLogFilters } from '@/app/_components/manager/access-log/access-log-filters';
import { exportHrefOf, paramsOf, queryOf } from '@/app/_components/manager/access-log/access-log-params';
import styles from '@/app/_components/manager/access-log/access-log.module.css';

export async function generateMetadata() {
  const t = await getTranslations('accessLog');
  return { title: t('title') };
}

/** The PIPA access log: who read or changed customers' personal data, when and from where. */
export default async function ManagerAccessLogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = paramsOf(await searchParams);
  const t = await getTranslations('accessLog');
  return (
    <div className="page">
      <div className="page-header page-header-row">
        <div className={styles.headerText}>
          <h1>{t('title')}</h1>
          <p className="muted">{t('intro')}</p>
        </div>
        <AccessLogExport href={exportHrefOf(params)} />
      </div>
      <AccessLogFilters params={params} />
      <AccessLog key={queryOf(params)} params={params} />
    </div>
  );
}
