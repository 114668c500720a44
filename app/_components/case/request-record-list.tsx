import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { RequestStatus } from '@/graphql/generated/client/graphql';
import { formatInstant } from '../ui/format';
import { RequestStatusBadge } from '../ui/status-badges';
import { CaseRecordList } from './case-record-list';
import { OverdueBadges } from './overdue-badges';

/** The catalog that words each kind's list: listLabel, name, requestedAt and acknowledgedAt ({at}). */
const MESSAGES = { exit: 'case.exitRequest', registration: 'case.registration' } as const;

/** What every exit or registration request shows in the case's lists. */
interface RequestRecord {
  id: string;
  status: RequestStatus;
  overdue: boolean;
  escalatedAt?: string | null;
  requestedAt: string;
  acknowledgedAt?: string | null;
}

interface RequestRecordListProps<T extends RequestRecord> {
  request: keyof typeof MESSAGES;
  requests: readonly T[];
  /** A later time of the kind's own, read on after when the lot took the request. */
  laterTime?: (record: T) => ReactNode;
  /** The rest of the line: the kind's own reason. */
  children: (record: T) => ReactNode;
}

/** The case's exit or registration requests: status, late or escalated, when asked and when taken. */
export function RequestRecordList<T extends RequestRecord>({ request, requests, laterTime, children }: RequestRecordListProps<T>) {
  const t = useTranslations(MESSAGES[request]);
  return (
    <CaseRecordList label={t('listLabel')} records={requests} name={() => t('name')}>
      {(record) => (
        <>
          <RequestStatusBadge status={record.status} request={request} />
          <OverdueBadges overdue={record.overdue} escalatedAt={record.escalatedAt} />
          <span className="muted">
            {t('requestedAt', { at: formatInstant(record.requestedAt) })}
            {record.acknowledgedAt && t('acknowledgedAt', { at: formatInstant(record.acknowledgedAt) })}
            {laterTime?.(record)}
          </span>
          {children(record)}
        </>
      )}
    </CaseRecordList>
  );
}
