import Link from 'next/link';
import type { AccessLogQuery } from '@/graphql/generated/client/graphql';
import { accessActionLabel, accessActorRoleLabel, accessSubjectLabel } from '@/lib/domain/access-log';
import { formatClock, formatDate } from '../../format';
import { describeDetail, shortId } from './access-log-detail';
import { queryOf } from './access-log-params';
import styles from './access-log.module.css';

type Entry = AccessLogQuery['accessLog']['edges'][number]['node'];

/** One page of entries: when, who, what, on what, from where. */
export function AccessLogTable({ entries, page }: { entries: Entry[]; page: number }) {
  return (
    <div className="card table-card">
      <table className={`table table-stack ${styles.table}`}>
        <caption>최근 기록 순, {page}쪽</caption>
        <thead>
          <tr>
            <th scope="col">시각 (KST)</th>
            <th scope="col">계정</th>
            <th scope="col">역할</th>
            <th scope="col">행위</th>
            <th scope="col">대상</th>
            <th scope="col">접속 주소</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <th scope="row" data-label="시각 (KST)" className="nowrap">
                <time dateTime={entry.at}>
                  {formatDate(entry.at)} {formatClock(entry.at)}
                </time>
              </th>
              <td data-label="계정">
                {entry.actor ? (
                  <span>
                    {entry.actor.name}
                    <span className={`cell-sub ${styles.email}`}>{entry.actor.email}</span>
                  </span>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
              <td data-label="역할" className="nowrap">{accessActorRoleLabel(entry.actor?.role ?? null)}</td>
              <td data-label="행위">
                <span>
                  {accessActionLabel(entry.action)}
                  {describeDetail(entry.detail) && <span className="cell-sub">{describeDetail(entry.detail)}</span>}
                </span>
              </td>
              <td data-label="대상">
                <Subject entry={entry} />
              </td>
              <td data-label="접속 주소" className={styles.address}>
                {entry.clientAddress ?? <span className="muted">알 수 없음</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// The subject's kind, and its name or short id as a link to every entry about it.
function Subject({ entry }: { entry: Entry }) {
  const kind = accessSubjectLabel(entry.subjectType ?? null);
  if (!entry.subjectId || !entry.subjectType) return <span>{kind || '—'}</span>;
  const href = `/manager/access-log?${queryOf({ subjectType: entry.subjectType, subjectId: entry.subjectId })}`;
  return (
    <span>
      {kind}
      <Link href={href} className={`cell-sub ${styles.subjectLink}`} title={`${entry.subjectId}: 이 대상의 기록만 보기`}>
        {entry.subjectLabel ?? shortId(entry.subjectId)}
      </Link>
    </span>
  );
}
