import { test as base, expect, request, type APIRequestContext, type Page } from '@playwright/test';
import type { Locale, Role } from '@/graphql/generated/client/graphql';
import { E2E_BASE_URL } from './environment';

export const DEMO_PASSWORD = 'demo-pass-1234';

/** The demo accounts, where each lands and the heading of its dashboard. */
export const ROLES = [
  { role: 'AGENT', email: 'agent@demo.test', home: '/agent', heading: '상담 처리' },
  { role: 'OPERATOR', email: 'operator@demo.test', home: '/operator', heading: '요청 처리' },
  { role: 'MANAGER', email: 'manager@demo.test', home: '/manager', heading: '주차장·운영사 현황' },
] as const;

/** Signs in through the page, as a person would: for the tests of the sign-in page itself. */
export async function signInThroughPage(page: Page, email: string, password: string) {
  await page.goto('/login');
  // The form signs in through next-auth's client; its button is enabled once React has taken
  // the form over (typing before that could be lost).
  const submit = page.getByRole('button', { name: '로그인' });
  await expect(submit).toBeEnabled();
  await page.getByLabel('이메일').fill(email);
  await page.getByLabel('비밀번호').fill(password);
  await submit.click();
}

/**
 * Signs the page's browser in through the API and opens "/", which sends the viewer to their
 * dashboard: for tests whose subject is past the sign-in. It spares the sign-in page's load and
 * the form's round trips (seconds a test on a busy machine), which sign-in.spec.ts still covers.
 */
export async function signInToHome(page: Page, email: string, password: string) {
  // page.request shares the browser context's cookies: the session cookie lands in the browser.
  await signInThroughApi(page.request, email, password);
  await page.goto('/');
}

/** Signs in through next-auth's credentials callback, as a script or another client would. */
export async function signInThroughApi(request: APIRequestContext, email: string, password: string) {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email, password, json: 'true' },
    maxRedirects: 0,
  });
  expect(response.status()).toBeLessThan(400);
}

/** Runs a GraphQL operation with whatever session the request context carries. */
export async function graphql(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}) {
  const response = await request.post('/api/graphql', { data: { query, variables } });
  return (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

/** What signs in the person of a new account. */
export interface NewAccount {
  email: string;
  password: string;
}

const NEW_ACCOUNT_PASSWORD = 'new-account-pass-1234';
const NAME_OF: Record<Role, string> = { AGENT: '신상담', OPERATOR: '신운영', MANAGER: '신관리' };

/**
 * A new account of the role, made by the demo manager, speaking `locale` (saved on the account,
 * as the header's switch does). An account of its own, so the language it is switched to never
 * reaches the demo accounts other specs read in Korean. An operator's account belongs to
 * `operatorId`, by default the demo operator 한빛파킹.
 */
export async function newAccount(
  role: Role,
  { locale = 'KO', operatorId }: { locale?: Locale; operatorId?: string } = {},
): Promise<NewAccount> {
  const account = {
    email: `new-${role.toLowerCase()}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@test.local`,
    password: NEW_ACCOUNT_PASSWORD,
  };
  const manager = await request.newContext({ baseURL: E2E_BASE_URL });
  try {
    await signInThroughApi(manager, 'manager@demo.test', DEMO_PASSWORD);
    const made = await graphql(manager, 'mutation ($i: UserInput!) { createUser(input: $i) { id } }', {
      i: {
        name: NAME_OF[role],
        ...account,
        role,
        operatorId: role === 'OPERATOR' ? (operatorId ?? (await demoOperatorId(manager))) : null,
      },
    });
    expect(made.errors).toBeUndefined();
  } finally {
    await manager.dispose();
  }
  if (locale !== 'KO') {
    const own = await request.newContext({ baseURL: E2E_BASE_URL });
    try {
      await signInThroughApi(own, account.email, account.password);
      expect(
        (await graphql(own, 'mutation ($l: Locale!) { setMyLocale(locale: $l) { locale } }', { l: locale })).data?.setMyLocale,
      ).toEqual({ locale });
    } finally {
      await own.dispose();
    }
  }
  return account;
}

/** Fresh accounts a test asks for by name: `test('…', async ({ page, newAgent }) => …)`. */
export interface NewAccounts {
  newAgent: NewAccount;
  newOperator: NewAccount;
  newManager: NewAccount;
}

// Made before the test's own clock starts: creating an account (a manager's sign-in, a hashed
// password) takes seconds on a busy machine, and the test's time is for what it checks.
const ACCOUNT_TIMEOUT = { timeout: 60_000 };

/**
 * Playwright's `test` with a new account of each role on request, for specs whose account
 * matters (its sign-in attempts, its language, its own records): no spec leans on a demo
 * account another spec has touched. An operator's account belongs to the demo operator.
 */
export const test = base.extend<NewAccounts>({
  newAgent: [async ({}, use) => use(await newAccount('AGENT')), ACCOUNT_TIMEOUT],
  newOperator: [async ({}, use) => use(await newAccount('OPERATOR')), ACCOUNT_TIMEOUT],
  newManager: [async ({}, use) => use(await newAccount('MANAGER')), ACCOUNT_TIMEOUT],
});

/** The demo operator 한빛파킹 (or the first by name, should the demo data rename it). */
async function demoOperatorId(manager: APIRequestContext): Promise<string> {
  const operators = (await graphql(manager, '{ operators { id name } }')).data?.operators as { id: string; name: string }[];
  return (operators.find((operator) => operator.name.includes('한빛')) ?? operators[0])!.id;
}
