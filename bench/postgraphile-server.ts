import { spawn } from 'node:child_process';
import { waitUntilServing } from '../tests/load/app-instances';

/**
 * PostGraphile 4 serving the same database from its generated schema, in a child process
 * (bench/postgraphile-process.ts). v5 needs Promise.withResolvers (Node 22); we run 20.
 */
export async function startPostGraphile(databaseUrl: string, port: number): Promise<{ url: string; stop: () => void }> {
  const child = spawn('node_modules/.bin/tsx', ['bench/postgraphile-process.ts', databaseUrl, String(port)], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const stop = () => void child.kill('SIGTERM');
  const url = `http://127.0.0.1:${port}/graphql`;
  try {
    // An introspection-free POST: it answers once the schema is built from the catalog.
    await waitUntilServing(url, 60_000, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{__typename}"}',
    });
  } catch (error) {
    stop();
    throw error;
  }
  return { url, stop };
}

// The generated schema's names: allCases with a `condition` on columns, relations as
// <table>By<Column>. Each asks for what the portal's document asks for, as far as plain
// tables hold it: computed fields (phoneMasked, couponEligibility, overdue, smsPreview) have
// no column and are left out, so PostGraphile does somewhat less work per request.

/** The case list of bench/scenarios.ts (50 of one lot and month, newest first) in PostGraphile's schema. */
export const POSTGRAPHILE_CASE_LIST = `query PgCases($lotId: UUID!, $month: String!, $first: Int) {
  allCases(condition: { lotId: $lotId, incidentMonth: $month }, orderBy: [CREATED_AT_DESC, ID_DESC], first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id code status kind incidentAt identityVerified createdAt
      customerByCustomerId { id name phone } passByPassId { id plate } parkingLotByLotId { id name } userByAgentId { id name } } }
  }
}`;

/** The case detail of app/_components/case/case-queries.ts (AGENT_CASE) in PostGraphile's schema. */
export const POSTGRAPHILE_CASE_DETAIL = `query PgCase($id: UUID!) {
  caseById(id: $id) {
    id code status kind incidentAt incidentMonth identityVerified version createdAt updatedAt note outcome resolvedAt
    userByLastActorId { id name }
    userByAgentId { id name }
    caseByDuplicateOfId { id code }
    customerByCustomerId { id name phone }
    passByPassId { id plate startsOn endsOn amountPaid availableDays registered }
    parkingLotByLotId { id name integration hasExitCallButton phone }
    exitRequestsByCaseId(orderBy: REQUESTED_AT_ASC) { nodes { id status requestedAt acknowledgedAt escalatedAt } }
    registrationRequestsByCaseId(orderBy: REQUESTED_AT_ASC) { nodes { id status requestedAt acknowledgedAt resolvedAt rejectReason escalatedAt } }
    onsitePaymentsByCaseId(orderBy: PAID_AT_ASC) { nodes { id amount paidAt cancellationRequested } }
    couponsByCaseId(orderBy: ISSUED_AT_ASC) { nodes { id amount month issuedAt } }
    refundsByCaseId(orderBy: PROPOSED_AT_ASC) { nodes { id basis usedDays amount status } }
    caseEventsByCaseId(orderBy: [AT_ASC, ID_ASC]) { nodes { at type detail scriptStep userByActorId { id name } } }
    smsMessagesByCaseId(orderBy: CREATED_AT_ASC) { nodes { id toPhone body status createdAt } }
  }
}`;

/** The PostGraphile request of a scenario that has one, with its variables from the same ids. */
export function postGraphileRequest(
  scenario: string,
  ids: { lotId: string; month: string; caseId: string },
): { query: string; variables: Record<string, unknown> } | undefined {
  if (scenario === 'case-list') return { query: POSTGRAPHILE_CASE_LIST, variables: { lotId: ids.lotId, month: ids.month, first: 50 } };
  if (scenario === 'case-detail') return { query: POSTGRAPHILE_CASE_DETAIL, variables: { id: ids.caseId } };
  return undefined;
}
