'use client';

import type { TypedDocumentNode } from '@apollo/client';
import type { CaseFilter } from '@/graphql/generated/client/graphql';
import { usePagedQuery } from '../ui/use-paged-query';

/** How many cases a case list shows at a time. */
export const CASE_PAGE_SIZE = 20;

/** What a case list's query takes: the filter, and where and how much to read. */
type CasePageVariables = { filter?: CaseFilter | null; first?: number | null; after?: string | null };

/**
 * A case list (the agent's, the manager's) under a filter, a page at a time. Always asked again:
 * operators and other agents change cases under the reader's feet.
 */
export function useCasePages<Data extends { cases: unknown }>(query: TypedDocumentNode<Data, CasePageVariables>, filter: CaseFilter) {
  return usePagedQuery(query, {
    filter,
    pageSize: CASE_PAGE_SIZE,
    fetchPolicy: 'cache-and-network',
    connectionOf: (data): Data['cases'] => data.cases,
  });
}
