import type { Metadata } from 'next';
import Link from 'next/link';
import { ManagerCaseList } from '@/app/_components/manager/manager-case-list';
import type { CaseFilter, VocKind } from '@/graphql/generated/client/graphql';

export const metadata: Metadata = { title: '상담 목록' };

const KINDS: readonly VocKind[] = ['OPERATOR_OMISSION', 'EQUIPMENT_FAULT', 'REFUND_CLAIM'];

type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a query parameter, or null when absent or blank. */
function param(params: SearchParams, name: string): string | null {
  const value = params[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first?.trim() || null;
}

/** The cases behind a figure of the manager's report, filtered by ?lotId=&customerId=&month=&kind=&counted=1. */
export default async function ManagerCasesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const kind = param(params, 'kind');
  // The month and lot are the API's to validate; an unknown kind is simply not a filter.
  const filter: CaseFilter = {
    lotId: param(params, 'lotId'),
    customerId: param(params, 'customerId'),
    month: param(params, 'month'),
    kind: KINDS.includes(kind as VocKind) ? (kind as VocKind) : null,
    countedOmissions: param(params, 'counted') === '1',
  };
  // The same filter as the list, for the CSV route (one row per case, UTF-8 with BOM).
  const exportQuery = new URLSearchParams();
  if (filter.lotId) exportQuery.set('lotId', String(filter.lotId));
  if (filter.customerId) exportQuery.set('customerId', String(filter.customerId));
  if (filter.month) exportQuery.set('month', filter.month);
  if (filter.kind) exportQuery.set('kind', filter.kind);
  if (filter.countedOmissions) exportQuery.set('counted', '1');
  return (
    <div className="page">
      <div className="page-header">
        <h1>상담 목록</h1>
        <a className="button button-secondary page-header-action" href={`/api/exports/cases.csv?${exportQuery.toString()}`} download>
          CSV 내려받기
        </a>
        <p className="muted">
          현황의 숫자 뒤에 있는 상담입니다. 누락 건수에서 왔다면 누락으로 세는 상담(본인 확인, 중복 아님)만 보입니다.{' '}
          <Link href="/manager">현황으로 돌아가기</Link>
        </p>
      </div>
      <ManagerCaseList key={JSON.stringify(filter)} filter={filter} exportHref={`/api/exports/cases.csv?${exportQuery.toString()}`} />
    </div>
  );
}
