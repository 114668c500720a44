import { authSecret } from '@/lib/auth/secret';
import { envProblems, rawEnv, type RawEnv } from '@/lib/env';
import { proxySettingProblem } from './proxy-trust';

/**
 * Why this server must not start, one message each: a malformed value of the environment
 * (lib/env.ts), no way to sign sessions safely, or production without a trusted proxy.
 */
export function startProblems(env: RawEnv = rawEnv()): string[] {
  const problems = envProblems(env);
  try {
    authSecret(env);
  } catch (error) {
    problems.push((error as Error).message);
  }
  // A malformed proxy setting is named above already; what is left is production's need of one.
  const proxy = proxySettingProblem(env);
  if (proxy && !problems.includes(proxy)) problems.push(proxy);
  return problems;
}

/** Stops the server process when it could not serve safely (see startProblems). */
export function refuseUnsafeStart(): void {
  const problems = startProblems();
  if (problems.length === 0) return;
  for (const problem of problems) console.error(`[start] ${problem}; refusing to start.`);
  process.exit(1);
}
