import { expect, type APIRequestContext } from '@playwright/test';
import { formatKstIso } from '@/lib/domain/calendar';
import { graphql } from './fixtures';

/** A refund proposed on a case, as the manager's queue lists it. */
export interface Proposed {
  id: string;
  caseId: string;
  code: string;
  amount: number;
}

/** A refund-claim case opened and verified through the agent's API session, with a refund proposed on it. */
export async function proposeOn(agentApi: APIRequestContext, plate: string, refund: string): Promise<Proposed> {
  const found = await graphql(agentApi, 'query ($p: String!) { searchPasses(plate: $p) { id } }', { p: plate });
  const passId = (found.data?.searchPasses as { id: string }[])[0]?.id;
  const opened = await graphql(agentApi, 'mutation ($i: OpenCaseInput!) { openCase(input: $i) { id code } }', {
    i: { passId, kind: 'REFUND_CLAIM', incidentAt: formatKstIso(new Date()) },
  });
  expect(opened.errors).toBeUndefined();
  const { id, code } = opened.data?.openCase as { id: string; code: string };
  expect((await graphql(agentApi, 'mutation ($id: ID!) { verifyIdentity(caseId: $id) { id } }', { id })).errors).toBeUndefined();
  const proposed = await graphql(agentApi, `mutation ($id: ID!) { proposeRefund(caseId: $id, ${refund}) { id amount status } }`, { id });
  expect(proposed.errors).toBeUndefined();
  const made = proposed.data?.proposeRefund as { id: string; amount: number; status: string };
  expect(made.status).toBe('PROPOSED');
  return { id: made.id, caseId: id, code, amount: made.amount };
}
