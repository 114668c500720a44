'use client';

import { useQuery } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { graphql } from '@/graphql/generated/client';
import { apiErrorCode, apiErrorMessage } from './api-error';
import { PassSearchForm, type PassQuery } from './pass-search-form';
import { PassTable, type FoundPass } from './pass-table';
import { EmptyState, ErrorState, LoadingState } from './ui/query-state';

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
        <h2 id="pass-results-heading">검색 결과</h2>
        <PassSearchResults
          searched={Boolean(query)}
          loading={loading}
          passes={data?.searchPasses}
          error={error ? { message: apiErrorMessage(error), badInput: apiErrorCode(error) === 'BAD_USER_INPUT' } : null}
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
  if (!searched) {
    return (
      <EmptyState title="고객의 정기권을 찾아 주세요.">
        차량번호(일부도 가능)나 고객 휴대전화 뒷자리 4자리를 입력하고 검색하세요. 둘 다 입력하면 두 조건에 모두 맞는
        정기권만 보여 줍니다.
      </EmptyState>
    );
  }
  if (loading) return <LoadingState label="정기권을 찾는 중…" />;
  // A bad query is fixed in the form, not by retrying it.
  if (error) return <ErrorState message={error.message} onRetry={error.badInput ? undefined : onRetry} />;
  if (!passes || passes.length === 0) {
    return (
      <EmptyState title="조건에 맞는 정기권이 없습니다.">
        차량번호나 전화번호 뒷자리를 다시 확인하거나, 차량번호를 일부만 입력해 보세요.
      </EmptyState>
    );
  }
  return <PassTable passes={passes} renderAction={renderAction} />;
}
