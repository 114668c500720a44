import type { AccessLogFilter } from '@/graphql/generated/client/graphql';
import { isIsoDate } from '@/lib/domain/calendar';

/** The page's filter as its URL holds it: dates are KST calendar days, both ends included. */
export interface AccessLogParams {
  actorId: string;
  action: string;
  subjectType: string;
  subjectId: string;
  from: string;
  to: string;
  clientAddress: string;
}

export const PARAM_NAMES = ['actorId', 'action', 'subjectType', 'subjectId', 'from', 'to', 'clientAddress'] as const;

type SearchParams = Record<string, string | string[] | undefined>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The filter of a page URL; a date or account that cannot be one is simply not a filter. */
export function paramsOf(search: SearchParams): AccessLogParams {
  const value = (name: string) => {
    const raw = search[name];
    return (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? '';
  };
  const date = (name: string) => (isIsoDate(value(name)) ? value(name) : '');
  return {
    actorId: UUID.test(value('actorId')) ? value('actorId') : '',
    action: value('action'),
    subjectType: value('subjectType'),
    subjectId: value('subjectId'),
    from: date('from'),
    to: date('to'),
    clientAddress: value('clientAddress'),
  };
}

/** The query string of a filter, without its empty parts. */
export function queryOf(params: Partial<AccessLogParams>): string {
  const query = new URLSearchParams();
  for (const name of PARAM_NAMES) if (params[name]) query.set(name, params[name]);
  return query.toString();
}

// 00:00 KST of a day, and of the day after (the end is exclusive in the API).
const startOfKstDay = (date: string) => `${date}T00:00:00+09:00`;
function dayAfter(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** The API's filter: whole KST days from `from` through `to`. */
export function apiFilterOf(params: AccessLogParams): AccessLogFilter {
  return {
    actorId: params.actorId || null,
    action: params.action || null,
    subjectType: params.subjectType || null,
    subjectId: params.subjectId || null,
    from: params.from ? startOfKstDay(params.from) : null,
    to: params.to ? startOfKstDay(dayAfter(params.to)) : null,
    clientAddress: params.clientAddress || null,
  };
}

/** The CSV route with the same filter as the page. */
export function exportHrefOf(params: AccessLogParams): string {
  const filter = apiFilterOf(params);
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) if (value) query.set(name, String(value));
  return `/api/exports/access-log.csv?${query.toString()}`;
}
