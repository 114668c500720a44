import { print, type DocumentNode } from 'graphql';
import { AGENT_CASE } from '../app/_components/case/case-queries';
import { TOP_LOTS } from '../app/_components/manager/manager-report-query';
import { OPERATOR_REQUEST_QUEUES } from '../app/_components/operator/queue-documents';
import type { BenchIds } from './pick-ids';

/** Who sends a request: one signed-in session (Next) or one fixed viewer (bare Apollo) per role. */
export type BenchRole = 'agent' | 'operator' | 'manager';

/** One GraphQL request of a scenario, sent the same to both servers. */
export interface BenchRequest {
  role: BenchRole;
  query: string;
  variables: Record<string, unknown>;
}

/** A read scenario: one request repeated; its SQL is captured once and replayed with `pg`. */
export interface ReadScenario {
  name: string;
  request: BenchRequest;
}

const text = (document: DocumentNode | string) => (typeof document === 'string' ? document : print(document));

// The documents the pages send where they are importable without React (case detail, queue);
// the others are copies of the page's document (case-list.tsx, pass-search.tsx,
// manager-report-query.ts), cut to the one field the scenario measures.
const CASE_LIST = `query BenchCases($filter: CaseFilter, $first: Int) {
  cases(filter: $filter, first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id code status kind incidentAt identityVerified createdAt
      customer { id name phoneMasked } pass { id plate } lot { id name } agent { id name } } }
  }
}`;

const PLATE_SEARCH = `query BenchSearchPasses($plate: String) {
  searchPasses(plate: $plate) {
    id plate startsOn endsOn amountPaid registered
    customer { id name phoneMasked }
    lot { id name integration }
  }
}`;

// The page's top lots (app/_components/manager/manager-report-query.ts TOP_LOTS), as the page asks.
const REPEAT_OMISSION_REPORT = `query BenchRepeatOmissions($month: Month!) {
  repeatOmissionReport(month: $month, first: ${TOP_LOTS}) {
    month totalOmissions totalCount
    rows { lot { id name operator { id name } } omissions customersWithRepeats couponsIssued couponAmount }
    pageInfo { hasNextPage endCursor }
  }
}`;

const TREND = `query BenchTrend($month: Month!) {
  monthlyTrend(endMonth: $month, months: 12) { month omissions couponsIssued couponAmount refundsCount refundAmount }
}`;

/** The six reads of issue 8, with the ids picked from the bench database. */
export function readScenarios(ids: BenchIds): ReadScenario[] {
  return [
    { name: 'case-detail', request: { role: 'agent', query: text(AGENT_CASE), variables: { id: ids.caseId } } },
    {
      name: 'case-list',
      request: { role: 'agent', query: CASE_LIST, variables: { filter: { lotId: ids.lotId, month: ids.month }, first: 50 } },
    },
    { name: 'plate-search', request: { role: 'agent', query: PLATE_SEARCH, variables: { plate: ids.plate } } },
    { name: 'operator-queue', request: { role: 'operator', query: text(OPERATOR_REQUEST_QUEUES), variables: {} } },
    { name: 'repeat-omission-report', request: { role: 'manager', query: REPEAT_OMISSION_REPORT, variables: { month: ids.month } } },
    { name: 'trend-12-months', request: { role: 'manager', query: TREND, variables: { month: ids.month } } },
  ];
}

export const OPEN_CASE = `mutation BenchOpenCase($input: OpenCaseInput!) { openCase(input: $input) { id code version } }`;
export const VERIFY_IDENTITY = `mutation BenchVerifyIdentity($caseId: ID!) { verifyIdentity(caseId: $caseId) { id identityVerified } }`;
export const REQUEST_EXIT = `mutation BenchRequestExit($caseId: ID!) { requestExit(caseId: $caseId) { id status } }`;
export const ACKNOWLEDGE_EXIT = `mutation BenchAcknowledgeExit($id: ID!) { acknowledgeExit(id: $id) { id status acknowledgedAt } }`;

/**
 * The write mix: the agent opens a case, verifies the caller (every other case mutation needs
 * it, cases.graphql) and asks for an exit; the operator acknowledges it.
 */
export const WRITE_MIX = 'write-mix';

/** The note of the write mix's cases, so that a later run's reads do not pick them. */
export const WRITE_MIX_NOTE = 'bench write mix';
