import { envValues, rawEnv, type RawEnv } from '@/lib/env';

/**
 * How many requests one address or one account may send per window, from the environment
 * (0 turns a limit off). The defaults leave a busy office behind one address room to work;
 * the test servers set their own (tests/e2e/environment.ts).
 */
export interface RateLimitSettings {
  windowMs: number;
  graphqlPerAddress: number;
  graphqlPerAccount: number;
  signInPerAddress: number;
  signInPerAccount: number;
}

const NAMES = [
  'RATE_LIMIT_WINDOW_SECONDS',
  'RATE_LIMIT_GRAPHQL_PER_ADDRESS',
  'RATE_LIMIT_GRAPHQL_PER_ACCOUNT',
  'RATE_LIMIT_SIGN_IN_PER_ADDRESS',
  'RATE_LIMIT_SIGN_IN_PER_ACCOUNT',
] as const;

/** The rate limits of RATE_LIMIT_* (checked and defaulted by lib/env.ts); throws with the reason when a value is malformed. */
export function rateLimitSettingsOf(env: RawEnv = rawEnv()): RateLimitSettings {
  const values = envValues(NAMES, env);
  return {
    windowMs: values.RATE_LIMIT_WINDOW_SECONDS * 1000,
    graphqlPerAddress: values.RATE_LIMIT_GRAPHQL_PER_ADDRESS,
    graphqlPerAccount: values.RATE_LIMIT_GRAPHQL_PER_ACCOUNT,
    signInPerAddress: values.RATE_LIMIT_SIGN_IN_PER_ADDRESS,
    signInPerAccount: values.RATE_LIMIT_SIGN_IN_PER_ACCOUNT,
  };
}

let configured: RateLimitSettings | null = null;
/** The server's rate limits, read once (the start check has refused malformed ones). */
export function configuredRateLimits(): RateLimitSettings {
  configured ??= rateLimitSettingsOf();
  return configured;
}

/** Why the rate-limit setting must not be served, or null when it may. */
export function rateLimitSettingProblem(env: RawEnv = rawEnv()): string | null {
  try {
    rateLimitSettingsOf(env);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}
