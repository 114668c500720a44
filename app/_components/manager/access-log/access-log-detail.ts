import { CASE_STATUSES, REQUEST_STATUSES, VOC_KINDS } from '@/lib/domain/enum-values';
import { ACCESS_ACTION_LABEL, ACCESS_SUBJECT_LABEL, type AccessAction } from '@/lib/domain/access-log';
import type { Messages } from '@/lib/i18n/messages';
import type { Translate } from '../translate';
import { isRole } from '../users/staff-roles';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// A filter's parts as staff call them; anything else in a filter is left out of the summary.
const FILTER_PARTS = [
  'status',
  'kind',
  'month',
  'plate',
  'phoneLast4',
  'lotId',
  'customerId',
  'countedOmissions',
  'actorId',
  'action',
  'subjectType',
  'subjectId',
  'from',
  'to',
  'clientAddress',
] as const;
type FilterPart = (typeof FILTER_PARTS)[number];

const SEARCH_BY = { PLATE: 'PLATE', PHONE_LAST4: 'PHONE_LAST4', 'PLATE+PHONE_LAST4': 'PLATE_AND_PHONE_LAST4' } as const;
// A queue's filter: its waiting view, then the requests' own states.
const QUEUE_STATUSES = ['WAITING', ...REQUEST_STATUSES] as const;

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

/** An id is shown by its first eight characters; the full id is in the CSV. */
export function shortId(id: string): string {
  return UUID.test(id) ? `${id.slice(0, 8)}…` : id;
}

/** An action in the reader's language; an action the catalog does not know yet shows its code. */
export function actionName(t: Translate, action: string): string {
  return Object.hasOwn(ACCESS_ACTION_LABEL, action) ? t(`accessLog.action.${action as AccessAction}`) : action;
}

/** A subject type in the reader's language, or the type itself (tests/unit/access-log-catalog.test.ts keeps the two lists level). */
export function subjectName(t: Translate, subjectType: string | null): string {
  if (!subjectType) return '';
  return Object.hasOwn(ACCESS_SUBJECT_LABEL, subjectType)
    ? t(`accessLog.subject.${subjectType as keyof Messages['accessLog']['subject']}`)
    : subjectType;
}

function filterValue(t: Translate, key: FilterPart, value: unknown): string {
  if (value === true) return t('accessLog.detail.yes');
  const text = String(value);
  if (key === 'kind') return isOneOf(VOC_KINDS, text) ? t(`labels.vocKindShort.${text}`) : text;
  if (key === 'status') return isOneOf(CASE_STATUSES, text) ? t(`labels.caseStatus.${text}`) : text;
  if (key === 'action') return actionName(t, text);
  if (key === 'subjectType') return subjectName(t, text);
  if (key === 'from' || key === 'to') return text.slice(0, 10);
  return shortId(text);
}

/**
 * One line for an entry's detail (JSON) in the reader's language: a search's kind and terms, a
 * list's filter and counts, the role of a new account… Parts it does not know are left to the CSV.
 */
export function describeDetail(t: Translate, detail: string | null | undefined): string {
  if (!detail) return '';
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(detail) as Record<string, unknown>;
  } catch {
    return '';
  }
  const parts: string[] = [];
  if (typeof data.by === 'string')
    parts.push(Object.hasOwn(SEARCH_BY, data.by) ? t(`accessLog.detail.by.${SEARCH_BY[data.by as keyof typeof SEARCH_BY]}`) : data.by);
  if (data.filter && typeof data.filter === 'object') {
    for (const [key, value] of Object.entries(data.filter as Record<string, unknown>)) {
      if (isOneOf(FILTER_PARTS, key))
        parts.push(t('accessLog.detail.part', { label: t(`accessLog.detail.filter.${key}`), value: filterValue(t, key, value) }));
    }
  }
  if (typeof data.month === 'string') parts.push(t('accessLog.detail.month', { month: data.month }));
  if (typeof data.status === 'string')
    parts.push(isOneOf(QUEUE_STATUSES, data.status) ? t(`accessLog.detail.queue.${data.status}`) : data.status);
  if (typeof data.role === 'string') parts.push(isRole(data.role) ? t(`labels.role.${data.role}`) : data.role);
  if (typeof data.delivered === 'boolean') parts.push(t(data.delivered ? 'accessLog.detail.delivered' : 'accessLog.detail.notDelivered'));
  if (typeof data.count === 'number') parts.push(t('accessLog.detail.count', { count: data.count }));
  if (typeof data.total === 'number' && data.total !== data.count) parts.push(t('accessLog.detail.total', { total: data.total }));
  if (typeof data.after === 'string') parts.push(t('accessLog.detail.nextPage'));
  return parts.join(' · ');
}

/** The values staff typed into the filter an entry records (a plate…): data, kept in its own language in the line above. */
export function detailFilterValues(detail: string | null | undefined): string[] {
  try {
    const data = JSON.parse(detail ?? '') as { filter?: unknown };
    if (!data.filter || typeof data.filter !== 'object') return [];
    return Object.values(data.filter).filter((value): value is string => typeof value === 'string');
  } catch {
    return [];
  }
}
