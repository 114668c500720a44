'use client';

import { useQuery } from '@apollo/client/react';
import type { ErrorLike } from '@apollo/client';
import { useEffect, useMemo, useState } from 'react';
import { graphql } from '@/graphql/generated/client';
import type { PaletteCaseFragment } from '@/graphql/generated/client/graphql';
import { caseSearchTerms, termsKey, type CaseMatch, type CaseSearchTerms } from './case-search-terms';

/** How long the typing must pause before the server is asked: one search per word, not per key. */
export const SEARCH_DEBOUNCE_MS = 250;
const PER_MATCH = 5;

graphql(`
  fragment PaletteCase on Case {
    id
    code
    status
    incidentAt
    customer {
      id
      name
    }
    pass {
      id
      plate
    }
    lot {
      id
      name
    }
  }
`);

// One request, one `cases` list per way of matching: each is its own LIST_CASES read in the
// access log, with the filter it used.
const PALETTE_CASES = graphql(`
  query PaletteCases(
    $code: String
    $plate: String
    $phoneLast4: String
    $byCode: Boolean!
    $byPlate: Boolean!
    $byPhone: Boolean!
    $first: Int!
  ) {
    byCode: cases(filter: { code: $code }, first: $first) @include(if: $byCode) {
      edges {
        node {
          ...PaletteCase
        }
      }
    }
    byPlate: cases(filter: { plate: $plate }, first: $first) @include(if: $byPlate) {
      edges {
        node {
          ...PaletteCase
        }
      }
    }
    byPhone: cases(filter: { phoneLast4: $phoneLast4 }, first: $first) @include(if: $byPhone) {
      edges {
        node {
          ...PaletteCase
        }
      }
    }
  }
`);

/** One case the palette offers, and how it matched what was typed. */
export interface FoundCase {
  node: PaletteCaseFragment;
  matchedBy: CaseMatch;
}

/** The palette's case search: idle (nothing to search), busy, its results, or its error. */
export interface CaseSearch {
  searching: boolean;
  found: readonly FoundCase[] | null;
  error: ErrorLike | null;
  retry: () => void;
}

function useDebounced<T>(value: T, key: string, ms: number): T {
  const [settled, setSettled] = useState({ key, value });
  useEffect(() => {
    const timer = setTimeout(() => setSettled({ key, value }), ms);
    return () => clearTimeout(timer);
    // Only the key: a new object with the same terms is not a new search.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `value` is deliberately left out, as said above
  }, [key, ms]);
  return settled.value;
}

/** Cases matching the palette's text, asked of the server once the typing pauses. */
export function useCaseSearch(query: string, enabled: boolean): CaseSearch {
  const typed = useMemo(() => (enabled ? caseSearchTerms(query) : null), [query, enabled]);
  const terms: CaseSearchTerms | null = useDebounced(typed, termsKey(typed), SEARCH_DEBOUNCE_MS);
  const settling = termsKey(typed) !== termsKey(terms);
  const { data, loading, error, refetch } = useQuery(PALETTE_CASES, {
    variables: {
      code: terms?.code ?? null,
      plate: terms?.plate ?? null,
      phoneLast4: terms?.phoneLast4 ?? null,
      byCode: Boolean(terms?.code),
      byPlate: Boolean(terms?.plate),
      byPhone: Boolean(terms?.phoneLast4),
      first: PER_MATCH,
    },
    skip: !terms,
    // Cases change while the agent works; a palette result must be today's.
    fetchPolicy: 'network-only',
  });

  const found = useMemo(() => {
    if (!terms || !data) return null;
    const seen = new Set<string>();
    const lists: [CaseMatch, { edges: { node: PaletteCaseFragment }[] } | null | undefined][] = [
      ['code', data.byCode],
      ['phone', data.byPhone],
      ['plate', data.byPlate],
    ];
    return lists.flatMap(([matchedBy, list]) =>
      (list?.edges ?? []).flatMap(({ node }) => {
        if (seen.has(node.id)) return [];
        seen.add(node.id);
        return [{ node, matchedBy }];
      }),
    );
  }, [terms, data]);

  return {
    searching: Boolean(typed) && (settling || loading),
    found: typed && !settling ? found : null,
    error: typed && !settling && error ? error : null,
    retry: () => void refetch().catch(() => undefined),
  };
}
