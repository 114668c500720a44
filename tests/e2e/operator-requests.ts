import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { formatKstIso } from '@/lib/domain/calendar';
import { customerWithPassAt } from './case-steps';
import { DEMO_PASSWORD, graphql, signInThroughApi } from './fixtures';

// Steps the operator specs share: an operator company of the test's own (so its queues hold
// only the test's requests), requests made through the API as the agent, and the toasts.

export const OPERATOR_PASSWORD = 'operator-spec-pass-2026';

let serial = 0;
/** A name part no other run or test shares. */
function stamp(): string {
  serial += 1;
  return `${Date.now().toString(36)}${serial}`;
}

/** A lot operator made for the test: its company, one lot without an exit call button, its account. */
export interface OwnOperator {
  email: string;
  operatorName: string;
  lotName: string;
}

/** Makes an operator company, a lot of it and an OPERATOR account through the manager's API. */
export async function ownOperator(manager: APIRequestContext): Promise<OwnOperator> {
  await signInThroughApi(manager, 'manager@demo.test', DEMO_PASSWORD);
  const tag = stamp();
  const company = await graphql(manager, 'mutation ($i: OperatorInput!) { createOperator(input: $i) { id name } }', {
    i: { name: `e2e운영 ${tag}` },
  });
  expect(company.errors).toBeUndefined();
  const { id: operatorId, name: operatorName } = company.data?.createOperator as { id: string; name: string };
  const lotName = `e2e주차장 ${tag}`;
  const lot = await graphql(manager, 'mutation ($i: ParkingLotInput!) { createParkingLot(input: $i) { id } }', {
    i: {
      name: lotName,
      address: '서울 중구 세종대로 110',
      operatorId,
      integration: 'NON_LINKED',
      hasExitCallButton: false,
      phone: '02-000-0000',
    },
  });
  expect(lot.errors).toBeUndefined();
  const email = `e2e-operator-${tag}@demo.test`;
  const user = await graphql(manager, 'mutation ($i: UserInput!) { createUser(input: $i) { id } }', {
    i: { name: `운영 ${tag}`, email, password: OPERATOR_PASSWORD, role: 'OPERATOR', operatorId },
  });
  expect(user.errors).toBeUndefined();
  return { email, operatorName, lotName };
}

/** A verified OPERATOR_OMISSION case for a new customer with a pass at the lot; returns its id and plate. */
export async function verifiedCaseAt(manager: APIRequestContext, agent: APIRequestContext, lotName: string) {
  const { plate } = await customerWithPassAt(manager, (lot) => lot.name === lotName);
  await signInThroughApi(agent, 'agent@demo.test', DEMO_PASSWORD);
  const found = await graphql(agent, 'query ($p: String!) { searchPasses(plate: $p) { id } }', { p: plate });
  const passId = (found.data?.searchPasses as { id: string }[])[0]?.id;
  const opened = await graphql(agent, 'mutation ($i: OpenCaseInput!) { openCase(input: $i) { id } }', {
    i: { passId, kind: 'OPERATOR_OMISSION', incidentAt: formatKstIso(new Date()) },
  });
  expect(opened.errors).toBeUndefined();
  const caseId = (opened.data?.openCase as { id: string }).id;
  expect((await graphql(agent, 'mutation ($id: ID!) { verifyIdentity(caseId: $id) { id } }', { id: caseId })).errors).toBeUndefined();
  return { caseId, plate };
}

/** The agent asks the lot to let the case's car out; returns the exit request's id. */
export async function requestExit(agent: APIRequestContext, caseId: string): Promise<string> {
  const made = await graphql(agent, 'mutation ($id: ID!) { requestExit(caseId: $id) { id } }', { id: caseId });
  expect(made.errors).toBeUndefined();
  return (made.data?.requestExit as { id: string }).id;
}

/** The agent asks the lot to register the case's pass; returns the registration request's id. */
export async function requestRegistration(agent: APIRequestContext, caseId: string): Promise<string> {
  const made = await graphql(agent, 'mutation ($id: ID!) { requestRegistration(caseId: $id) { id } }', { id: caseId });
  expect(made.errors).toBeUndefined();
  return (made.data?.requestRegistration as { id: string }).id;
}

/** A request's status as the database has it, read through the agent's case. */
export async function statusOf(
  agent: APIRequestContext,
  caseId: string,
  request: 'exitRequests' | 'registrationRequests',
): Promise<string[]> {
  const answer = await graphql(agent, `query ($id: ID!) { case(id: $id) { ${request} { status } } }`, { id: caseId });
  expect(answer.errors).toBeUndefined();
  return ((answer.data?.case as Record<string, { status: string }[]>)[request] ?? []).map((r) => r.status);
}

/** A toast (sonner, in the root layout) with this text. */
export function toast(page: Page, text: string) {
  return page.locator('[data-sonner-toast]').filter({ hasText: text });
}
