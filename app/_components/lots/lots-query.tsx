'use client';

import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useApiErrorMessage } from '../ui/api-error';
import { ErrorState, LoadingState } from '../ui/query-state';

interface LotsQueryProps<Lot> {
  /** A `lots` query: the API scopes the list to the viewer (an operator's own, every lot for a manager). */
  query: TypedDocumentNode<{ lots: Lot[] }, Record<string, never>>;
  /** Stands in for the lots when the viewer has none. */
  empty: ReactNode;
  children: (lots: Lot[]) => ReactNode;
}

/** Asks for the viewer's lots and shows the loading, error and empty states the operator's and the manager's lot views share. */
export function LotsQuery<Lot>({ query, empty, children }: LotsQueryProps<Lot>) {
  const errorMessage = useApiErrorMessage();
  const { data, loading, error, refetch } = useQuery(query);
  const retry = () => void refetch().catch(() => undefined);

  if (loading && !data) return <LoadingState />;
  if (error) return <ErrorState message={errorMessage(error)} onRetry={retry} />;
  const lots = data?.lots ?? [];
  return lots.length === 0 ? empty : children(lots);
}
