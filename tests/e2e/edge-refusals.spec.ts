import { expect, test } from '@playwright/test';

// Issue 16, item 5, through `next start` itself: cheap refusals before Apollo.
// A Buffer goes as it is (a string with a JSON content type would be JSON-encoded again).
const send = (body: string) => ({ headers: { 'content-type': 'application/json' }, data: Buffer.from(body) });

for (const [name, body] of [
  ['a cut-off object', '{"query":'],
  ['a bare word', 'x'],
  ['an empty body', ''],
] as const) {
  test(`/api/graphql: ${name} is a 400 with a Korean message, not a 500`, async ({ request }) => {
    const response = await request.post('/api/graphql', send(body));
    expect(response.status()).toBe(400);
    const answer = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(answer.errors[0]?.extensions.code).toBe('BAD_REQUEST');
    expect(answer.errors[0]?.message).toMatch(/요청 본문/);
  });
}

test('/api/graphql: a long anonymous document is refused at once, a short one answered', async ({ request }) => {
  const long = `{ ${Array.from({ length: 950 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
  const refused = await request.post('/api/graphql', { data: { query: long } });
  expect(refused.status()).toBe(400);
  expect(await refused.text()).toContain('로그인하지 않은 요청');
  const answered = await request.post('/api/graphql', { data: { query: '{ __typename }' } });
  expect(await answered.json()).toEqual({ data: { __typename: 'Query' } });
});
