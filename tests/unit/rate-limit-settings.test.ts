import { describe, expect, it } from 'vitest';
import { rateLimitSettingProblem, rateLimitSettingsOf } from '@/lib/http/rate-limit-settings';

describe('rate limits: read from the environment', () => {
  it('defaults: generous per address (an office behind one address), tighter per account on sign-in', () => {
    expect(rateLimitSettingsOf({})).toEqual({
      windowMs: 60_000,
      graphqlPerAddress: 1200,
      graphqlPerAccount: 600,
      signInPerAddress: 60,
      signInPerAccount: 10,
    });
  });

  it('each value can be set, and 0 turns a limit off', () => {
    expect(
      rateLimitSettingsOf({ RATE_LIMIT_WINDOW_SECONDS: '10', RATE_LIMIT_GRAPHQL_PER_ADDRESS: '0', RATE_LIMIT_SIGN_IN_PER_ACCOUNT: '3' }),
    ).toMatchObject({
      windowMs: 10_000,
      graphqlPerAddress: 0,
      signInPerAccount: 3,
    });
  });

  it.each([
    [{ RATE_LIMIT_WINDOW_SECONDS: '0' }, /at least 1/],
    [{ RATE_LIMIT_SIGN_IN_PER_ADDRESS: '-5' }, /RATE_LIMIT_SIGN_IN_PER_ADDRESS/],
    [{ RATE_LIMIT_GRAPHQL_PER_ACCOUNT: '1e3' }, /RATE_LIMIT_GRAPHQL_PER_ACCOUNT/],
  ])('refused: %j', (env, reason) => {
    expect(rateLimitSettingProblem(env)).toMatch(reason);
  });
});
