'use client';

import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import type { AgentCase } from '../case/case-workspace-context';
import { CustomerPanel } from './customer-panel';
import { DuplicateLinkCard } from './duplicate-link-card';
import { CUSTOMER_HISTORY_QUERY_NAME } from './use-customer-history';

/** The case page's customer side: linking or unlinking a repeat contact, then the customer's history. */
export function CaseCustomerSide({ kase }: { kase: AgentCase }) {
  const client = useApolloClient();
  const seenVersion = useRef(kase.version);

  // A change to the case (a coupon, a refund, a request) is a change to the history: read it again.
  useEffect(() => {
    if (seenVersion.current === kase.version) return;
    seenVersion.current = kase.version;
    void client.refetchQueries({ include: [CUSTOMER_HISTORY_QUERY_NAME] }).catch(() => undefined);
  }, [kase.version, client]);

  return (
    <>
      <DuplicateLinkCard />
      <CustomerPanel
        customerId={kase.customer.id}
        lotId={kase.lot.id}
        excludeCaseId={kase.id}
        currentCaseId={kase.id}
        caseHref={(id) => `/agent/cases/${id}`}
      />
    </>
  );
}
