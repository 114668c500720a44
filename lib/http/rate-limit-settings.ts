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

const SETTINGS = {
  RATE_LIMIT_WINDOW_SECONDS: 60,
  RATE_LIMIT_GRAPHQL_PER_ADDRESS: 1200,
  RATE_LIMIT_GRAPHQL_PER_ACCOUNT: 600,
  RATE_LIMIT_SIGN_IN_PER_ADDRESS: 60,
  RATE_LIMIT_SIGN_IN_PER_ACCOUNT: 10,
} as const;

function wholeNumber(env: Record<string, string | undefined>, name: keyof typeof SETTINGS): number {
  const text = env[name]?.trim() ?? '';
  if (text === '') return SETTINGS[name];
  if (!/^\d{1,9}$/.test(text)) throw new Error(`${name} must be a whole number, not "${text}"`);
  return Number(text);
}

/** The rate limits of RATE_LIMIT_* (defaults above); throws with the reason when a value is malformed. */
export function rateLimitSettingsOf(env: Record<string, string | undefined> = process.env): RateLimitSettings {
  const windowSeconds = wholeNumber(env, 'RATE_LIMIT_WINDOW_SECONDS');
  if (windowSeconds < 1) throw new Error('RATE_LIMIT_WINDOW_SECONDS must be at least 1');
  return {
    windowMs: windowSeconds * 1000,
    graphqlPerAddress: wholeNumber(env, 'RATE_LIMIT_GRAPHQL_PER_ADDRESS'),
    graphqlPerAccount: wholeNumber(env, 'RATE_LIMIT_GRAPHQL_PER_ACCOUNT'),
    signInPerAddress: wholeNumber(env, 'RATE_LIMIT_SIGN_IN_PER_ADDRESS'),
    signInPerAccount: wholeNumber(env, 'RATE_LIMIT_SIGN_IN_PER_ACCOUNT'),
  };
}

let configured: RateLimitSettings | null = null;
/** The server's rate limits, read once (the start check has refused malformed ones). */
export function configuredRateLimits(): RateLimitSettings {
  configured ??= rateLimitSettingsOf();
  return configured;
}

/** Why the rate-limit setting must not be served, or null when it may. */
export function rateLimitSettingProblem(env: Record<string, string | undefined> = process.env): string | null {
  try {
    rateLimitSettingsOf(env);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}
