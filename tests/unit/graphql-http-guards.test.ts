import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HeaderMap } from '@apollo/server';
import type { ApolloServer } from '@apollo/server';
import type { GraphQLContext } from '@/graphql/context';
import { createApolloServer } from '@/graphql/server';
import { MAX_GRAPHQL_BODY_BYTES, refuseOversizedBody } from '@/lib/http/body-limit';

// The same server the route handler serves, called through Apollo's HTTP entry point, so the
// request checks (CSRF, methods, batching) are the ones a browser meets. No resolver runs:
// every request here is refused before execution, or asks only for __typename.
let server: ApolloServer<GraphQLContext>;
beforeAll(async () => {
  server = createApolloServer();
  await server.start();
});
afterAll(() => server.stop());

async function send(method: 'GET' | 'POST', headers: Record<string, string>, body: unknown, search = '') {
  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method, headers: new HeaderMap(Object.entries(headers)), search, body },
    context: async () => ({}) as GraphQLContext,
  });
  const text = response.body.kind === 'complete' ? response.body.string : '';
  return { status: response.status ?? 200, text };
}

describe('GraphQL over HTTP: what a browser on another site cannot make us do', () => {
  it('answers a JSON POST (the portal’s own requests)', async () => {
    const { status, text } = await send('POST', { 'content-type': 'application/json' }, { query: '{ __typename }' });
    expect(status).toBe(200);
    expect(JSON.parse(text)).toEqual({ data: { __typename: 'Query' } });
  });

  it.each([
    ['text/plain', 'text/plain'],
    ['an HTML form', 'application/x-www-form-urlencoded'],
    ['a multipart form', 'multipart/form-data; boundary=x'],
  ])('refuses a %s POST (CSRF prevention)', async (_name, contentType) => {
    const { status, text } = await send('POST', { 'content-type': contentType }, JSON.stringify({ query: '{ __typename }' }));
    expect(status).toBe(400);
    expect(text).not.toContain('"data"');
  });

  it('refuses a GET without a preflight header (a plain link or image cannot run a query)', async () => {
    const { status } = await send('GET', {}, undefined, 'query=%7B__typename%7D');
    expect(status).toBe(400);
  });

  it('refuses a mutation over GET even with the preflight header', async () => {
    const search = `query=${encodeURIComponent('mutation { setUserActive(id: "x", active: false) { id } }')}`;
    const { status, text } = await send('GET', { 'apollo-require-preflight': 'true' }, undefined, search);
    expect(status).toBe(405);
    expect(text).not.toContain('"data"');
  });

  it('refuses a batch of operations in one request', async () => {
    const { status } = await send('POST', { 'content-type': 'application/json' }, [
      { query: '{ __typename }' },
      { query: '{ __typename }' },
    ]);
    expect(status).toBe(400);
  });
});

describe('GraphQL request body limit', () => {
  it.each([
    ['a small body', '120', null],
    ['exactly the limit', String(MAX_GRAPHQL_BODY_BYTES), null],
    ['one byte over the limit', String(MAX_GRAPHQL_BODY_BYTES + 1), 413],
    ['an unknown length', undefined, 411],
    ['a nonsense length', 'abc', 411],
  ])('%s → %s', async (_name, length, status) => {
    const headers = new Headers(length === undefined ? {} : { 'content-length': length });
    const refusal = refuseOversizedBody(headers);
    expect(refusal?.status ?? null).toBe(status);
    if (refusal) expect((await refusal.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});
