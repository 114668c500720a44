'use client';

import { useQuery } from '@apollo/client/react';
import type { CustomerHistoryQuery } from '@/graphql/generated/client/graphql';
import { CUSTOMER_HISTORY } from './customer-history-query';

/** The customer history as the panel reads it. */
export type CustomerHistory = NonNullable<CustomerHistoryQuery['customerHistory']>;
export type HistoryCase = CustomerHistory['cases'][number];

export interface CustomerHistoryTarget {
  customerId: string;
  /** The lot a call is about: what the same-incident candidates are looked up at. */
  lotId: string;
  /** The case on screen, left out of the candidates. */
  excludeCaseId?: string | null;
}

/**
 * One query for the panel and the same-incident offer beside it: the same variables are one
 * request (Apollo deduplicates it) and one cache entry.
 */
export function useCustomerHistory(target: CustomerHistoryTarget) {
  return useQuery(CUSTOMER_HISTORY, {
    variables: { customerId: target.customerId, lotId: target.lotId, excludeCaseId: target.excludeCaseId ?? null },
    fetchPolicy: 'cache-and-network',
  });
}

/** The Apollo name of the query, for refetchQueries after a link or unlink. */
export const CUSTOMER_HISTORY_QUERY_NAME = 'CustomerHistory';
