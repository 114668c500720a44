'use client';

import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCursorPages } from './cursor-pager';

/** What a paged list query takes: the list's filter, and where and how much to read. */
interface PageVariables<Filter> {
  filter?: Filter | null;
  first?: number | null;
  after?: string | null;
}

interface PagedQueryOptions<Data, Filter, Connection> {
  filter: Filter;
  pageSize: number;
  fetchPolicy: 'cache-and-network' | 'network-only';
  /** The connection inside the query's answer, e.g. `(data) => data.cases`. */
  connectionOf: (data: Data) => Connection;
}

/**
 * A filtered cursor connection read a page at a time: the pages seen so far, the page on screen
 * (the last one stays while the next is on its way) and a retry that never throws.
 */
export function usePagedQuery<Data, Filter, Connection>(
  query: TypedDocumentNode<Data, PageVariables<Filter>>,
  { filter, pageSize, fetchPolicy, connectionOf }: PagedQueryOptions<Data, Filter, Connection>,
) {
  const pages = useCursorPages();
  const { data, previousData, loading, error, refetch } = useQuery(query, {
    variables: { filter, first: pageSize, after: pages.after },
    fetchPolicy,
  });
  const shown = data ?? previousData;
  return {
    pages,
    connection: shown === undefined ? undefined : connectionOf(shown),
    loading,
    error,
    retry: () => void refetch().catch(() => undefined),
  };
}
