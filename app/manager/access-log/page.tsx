import type { Metadata } from 'next';
import { AccessLog } from '@/app/_components/manager/access-log/access-log';
import { AccessLogFilters } from '@/app/_components/manager/access-log/access-log-filters';
import { exportHrefOf, paramsOf, queryOf } from '@/app/_components/manager/access-log/access-log-params';

export const metadata: Metadata = { title: '개인정보 접근 기록' };

/** The PIPA access log: who read or changed customers' personal data, when and from where. */
export default async function ManagerAccessLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = paramsOf(await searchParams);
  return (
    <div className="page">
      <div className="page-header page-header-row">
        <div>
          <h1>개인정보 접근 기록</h1>
          <p className="muted">
            고객 개인정보를 열람하거나 변경한 모든 기록입니다. 기록은 고치거나 지울 수 없고, 2년 이상 보관합니다.
          </p>
        </div>
        <a className="button button-secondary" href={exportHrefOf(params)} download>
          CSV 내려받기
        </a>
      </div>
      <AccessLogFilters params={params} />
      <AccessLog key={queryOf(params)} params={params} />
    </div>
  );
}
