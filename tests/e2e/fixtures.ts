import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'demo-pass-1234';

/** The demo accounts, where each lands and the heading of its dashboard. */
export const ROLES = [
  { role: 'AGENT', email: 'agent@demo.test', home: '/agent', heading: '상담 처리' },
  { role: 'OPERATOR', email: 'operator@demo.test', home: '/operator', heading: '내 주차장' },
  { role: 'MANAGER', email: 'manager@demo.test', home: '/manager', heading: '주차장·운영사 현황' },
] as const;

/** Signs in through the page, as a person would. */
export async function signInThroughPage(page: Page, email: string, password: string) {
  await page.goto('/login');
  // The form signs in through next-auth's client; wait until the page's scripts have run.
  await page.waitForLoadState('networkidle');
  await page.getByLabel('이메일').fill(email);
  await page.getByLabel('비밀번호').fill(password);
  await page.getByRole('button', { name: '로그인' }).click();
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
  return (await response.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}
