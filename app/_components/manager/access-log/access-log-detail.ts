import { accessActionLabel, accessSubjectLabel } from '@/lib/domain/access-log';
import { CASE_STATUS_LABEL, VOC_KIND_SHORT } from '@/lib/domain/case-labels';
import { ROLE_LABEL } from '../../format';

const COUNT = new Intl.NumberFormat('ko-KR');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// A filter's parts as staff call them; anything else in a filter is left out of the summary.
const FILTER_LABEL: Record<string, string> = {
  status: '상태',
  kind: 'VOC 유형',
  month: '월',
  plate: '차량번호',
  phoneLast4: '전화번호',
  lotId: '주차장',
  customerId: '고객',
  countedOmissions: '누락만',
  actorId: '계정',
  action: '행위',
  subjectType: '대상',
  subjectId: '대상 ID',
  from: '부터',
  to: '까지',
  clientAddress: '접속 주소',
};

const SEARCH_BY: Record<string, string> = {
  PLATE: '차량번호로 검색',
  PHONE_LAST4: '전화번호 뒷자리로 검색',
  'PLATE+PHONE_LAST4': '차량번호·전화번호로 검색',
};

const QUEUE_STATUS: Record<string, string> = { WAITING: '대기 중', REQUESTED: '요청됨', ACKNOWLEDGED: '확인됨', CONFIRMED: '완료', REJECTED: '반려' };

/** An id is shown by its first eight characters; the full id is in the CSV. */
export function shortId(id: string): string {
  return UUID.test(id) ? `${id.slice(0, 8)}…` : id;
}

function filterValue(key: string, value: unknown): string {
  if (value === true) return '예';
  const text = String(value);
  if (key === 'kind') return (VOC_KIND_SHORT as Record<string, string>)[text] ?? text;
  if (key === 'status') return (CASE_STATUS_LABEL as Record<string, string>)[text] ?? text;
  if (key === 'action') return accessActionLabel(text);
  if (key === 'subjectType') return accessSubjectLabel(text);
  if (key === 'from' || key === 'to') return text.slice(0, 10);
  return shortId(text);
}

/**
 * A Korean line for an entry's detail (JSON): a search's kind and terms, a list's filter and
 * counts, the role of a new account… Parts it does not know are left to the CSV.
 */
export function describeDetail(detail: string | null | undefined): string {
  if (!detail) return '';
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(detail) as Record<string, unknown>;
  } catch {
    return '';
  }
  const parts: string[] = [];
  if (typeof data.by === 'string') parts.push(SEARCH_BY[data.by] ?? data.by);
  if (data.filter && typeof data.filter === 'object') {
    for (const [key, value] of Object.entries(data.filter as Record<string, unknown>)) {
      if (FILTER_LABEL[key]) parts.push(`${FILTER_LABEL[key]} ${filterValue(key, value)}`);
    }
  }
  if (typeof data.month === 'string') parts.push(`월 ${data.month}`);
  if (typeof data.status === 'string') parts.push(QUEUE_STATUS[data.status] ?? data.status);
  if (typeof data.role === 'string') parts.push((ROLE_LABEL as Record<string, string>)[data.role] ?? data.role);
  if (typeof data.delivered === 'boolean') parts.push(data.delivered ? '발송 성공' : '발송 실패');
  if (typeof data.count === 'number') parts.push(`${COUNT.format(data.count)}건`);
  if (typeof data.total === 'number' && data.total !== data.count) parts.push(`전체 ${COUNT.format(data.total)}건`);
  if (typeof data.after === 'string') parts.push('다음 쪽');
  return parts.join(' · ');
}
