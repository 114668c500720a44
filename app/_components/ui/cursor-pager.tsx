'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { graphql } from '@/graphql/generated/client';

/** What a list asks of a connection's pageInfo: all the pager reads. */
export const PAGER_INFO = graphql(`
  fragment PagerInfo on PageInfo {
    hasNextPage
    endCursor
  }
`);

/**
 * Pages of a cursor connection, one at a time: the cursors that opened each page so far; the
 * last one is the page on screen. `reset` goes back to the first page (a new filter, a reload).
 */
export function useCursorPages(): CursorPages {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return {
    after: cursors[cursors.length - 1] ?? null,
    page: cursors.length,
    previous: () => setCursors((list) => list.slice(0, -1)),
    next: (endCursor: string | null | undefined) => setCursors((list) => [...list, endCursor ?? null]),
    reset: () => setCursors([null]),
  };
}

/** The pages seen so far and the moves between them. */
export interface CursorPages {
  after: string | null;
  page: number;
  previous: () => void;
  next: (endCursor: string | null | undefined) => void;
  reset: () => void;
}

/** The catalogs that word a pager: each has pager, previous, next and page ("page {page}"). */
type PagerMessages = 'case.list' | 'managerCases.list' | 'accessLog.list';

/** Where the pager's middle line announces itself: not at all, as a status, or politely. */
type Live = 'off' | 'status' | 'polite';

/**
 * Previous / page / next under a list; both buttons wait while a page is on its way, and the
 * middle line says `busyStatus` then, where the list wants that said (otherwise the page number).
 */
export function CursorPager({
  pages,
  pageInfo,
  busy,
  messages,
  busyStatus,
  live = 'off',
}: {
  pages: CursorPages;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  busy: boolean;
  messages: PagerMessages;
  busyStatus?: string;
  live?: Live;
}) {
  const t = useTranslations(messages);
  return (
    <nav className="pager" aria-label={t('pager')}>
      <button type="button" className="button button-secondary" disabled={pages.page === 1 || busy} onClick={pages.previous}>
        {t('previous')}
      </button>
      <span className="muted" role={live === 'status' ? 'status' : undefined} aria-live={live === 'polite' ? 'polite' : undefined}>
        {busy && busyStatus !== undefined ? busyStatus : t('page', { page: pages.page })}
      </span>
      <button
        type="button"
        className="button button-secondary"
        disabled={!pageInfo.hasNextPage || busy}
        onClick={() => pages.next(pageInfo.endCursor)}
      >
        {t('next')}
      </button>
    </nav>
  );
}
