import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { CsvDownloadLink } from '@/app/_components/manager/csv-download-link';
import { ManagerCaseList } from '@/app/_components/manager/manager-case-list';
import type { CaseFilter, VocKind } from '@/graphql/generated/client/graphql';
import { VOC_KINDS } from '@/lib/domain/enum-values';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('managerCases.page');
  return { title: t('title') };
}

type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a query parameter, or null when absent or blank. */
function param(params: SearchParams, name: string): string | null {
  const value = params[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first?.trim() || null;
}

/** The cases behind a figure of the manager's report, filtered by ?lotId=&customerId=&month=&kind=&counted=1. */
export default async function ManagerCasesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [params, t, tCsv] = await Promise.all([
    searchParams,
    getTranslations('managerCases.page'),
    getTranslations('managerDashboard.csv'),
  ]);
  const kind = param(params, 'kind');
  // The month and lot are the API's to validate; an unknown kind is simply not a filter.
  const filter: CaseFilter = {
    lotId: param(params, 'lotId'),
    customerId: param(params, 'customerId'),
    month: param(params, 'month'),
    kind: VOC_KINDS.includes(kind as VocKind) ? (kind as VocKind) : null,
    countedOmissions: param(params, 'counted') === '1',
  };
  // The same filter as the list, for the CSV route (one row per case, UTF-8 with BOM).
  const exportQuery = new URLSearchParams();
  if (filter.lotId) exportQuery.set('lotId', String(filter.lotId));
  if (filter.customerId) exportQuery.set('customerId', String(filter.customerId));
  if (filter.month) exportQuery.set('month', filter.month);
  if (filter.kind) exportQuery.set('kind', filter.kind);
  if (filter.countedOmissions) exportQuery.set('counted', '1');
  const exportHref = `/api/exports/cases.csv?${exportQuery.toString()}`;
  return (
    <div className="page">
      <div className="page-header">
        <h1>{t('title')}</h1>
        <CsvDownloadLink className="button button-secondary page-header-action" href={exportHref}>
          {tCsv('download')}
        </CsvDownloadLink>
        <p className="muted">
          {t('intro')} <Link href="/manager">{t('back')}</Link>
        </p>
      </div>
      <ManagerCaseList key={JSON.stringify(filter)} filter={filter} exportHref={exportHref} />
    </div>
  );
}
