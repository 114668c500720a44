'use client';

import { useQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState, type ReactNode } from 'react';
import { graphql } from '@/graphql/generated/client';
import { apiErrorCode, useApiErrorMessage } from '../ui/api-error';
import { PassSearchForm, type PassQuery } from './pass-search-form';
import { PassTable, type FoundPass } from './pass-table';
import { EmptyState, ErrorState, LoadingState } from '../ui/query-state';

const SEARCH_PASSES = graphql(`
  query SearchPasses($plate: String, $phoneLast4: String) {
    searchPasses(plate: $plate, phoneLast4: $phoneLast4) {
      id
      plate
      startsOn
      endsOn
      amountPaid
      registered
      customer {
        id
        name
        phoneMasked
      }
      lot {
        id
        name
        integration
      }
    }
  }
`);

/** The agent's first step: find the caller's pass by plate or phone; renderAction adds a button per pass. */
export function PassSearch({ renderAction }: { renderAction?: (pass: FoundPass) => ReactNode } = {}) {
  const t = useTranslations('passSearch');
  const errorMessage = useApiErrorMessage();
  const [query, setQuery] = useState<PassQuery | null>(null);
  const { data, loading, error, refetch } = useQuery(SEARCH_PASSES, {
    variables: query ?? {},
    skip: !query,
    // A pass's registration changes while the agent works; always ask the server.
    fetchPolicy: 'network-only',
  });

  const retry = () => void refetch().catch(() => undefined);

  function search(next: PassQuery) {
    const same = query && query.plate === next.plate && query.phoneLast4 === next.phoneLast4;
    if (same) retry();
    else setQuery(next);
  }

  return (
    <>
      <PassSearchForm onSearch={search} busy={loading} />
      <section className="section" aria-labelledby="pass-results-heading">
        <h2 id="pass-results-heading">{t('resultsHeading')}</h2>
        <PassSearchResults
          searched={Boolean(query)}
          loading={loading}
          passes={data?.searchPasses}
          error={error ? { message: errorMessage(error), badInput: apiErrorCode(error) === 'BAD_USER_INPUT' } : null}
          onRetry={retry}
          renderAction={renderAction}
        />
      </section>
    </>
  );
}

interface ResultsProps {
  searched: boolean;
  loading: boolean;
  passes: Parameters<typeof PassTable>[0]['passes'] | undefined;
  error: { message: string; badInput: boolean } | null;
  onRetry: () => void;
  renderAction?: (pass: FoundPass) => ReactNode;
}

function PassSearchResults({ searched, loading, passes, error, onRetry, renderAction }: ResultsProps) {
  const t = useTranslations('passSearch');
  if (!searched) return <EmptyState title={t('startTitle')}>{t('startHint')}</EmptyState>;
  if (loading) return <LoadingState label={t('loading')} />;
  // A bad query is fixed in the form, not by retrying it.
  if (error) return <ErrorState message={error.message} onRetry={error.badInput ? undefined : onRetry} />;
  if (!passes || passes.length === 0) {
    return <EmptyState title={t('emptyTitle')}>{t('emptyHint')}</EmptyState>;
  }
  return <PassTable passes={passes} renderAction={renderAction} />;
}
