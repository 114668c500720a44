import { authSecret } from '@/lib/auth/secret';
import { proxySettingProblem } from './proxy-trust';
import { rateLimitSettingProblem } from './rate-limit-settings';

/** Why this server must not start (no way to sign sessions safely, an unsafe proxy or malformed limits), or null. */
export function startProblems(env: Record<string, string | undefined> = process.env): string[] {
  const problems: string[] = [];
  try {
    authSecret(env);
  } catch (error) {
    problems.push((error as Error).message);
  }
  const proxy = proxySettingProblem(env);
  if (proxy) problems.push(proxy);
  const limits = rateLimitSettingProblem(env);
  if (limits) problems.push(limits);
  return problems;
}

/** Stops the server process when it could not serve safely (see startProblems). */
export function refuseUnsafeStart(): void {
  const problems = startProblems();
  if (problems.length === 0) return;
  for (const problem of problems) console.error(`[start] ${problem}; refusing to start.`);
  process.exit(1);
}
