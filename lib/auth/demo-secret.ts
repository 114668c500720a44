import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Where the demo keeps the secret that signs its sessions: beside its PGlite folder in
 * ./.data, made once by `npm run demo` (its seed step) and read by `next start` after it.
 */
export function demoSecretPath(cwd: string = process.cwd()): string {
  return path.join(cwd, '.data', 'auth-secret');
}

/** The demo's secret, or null when none was made yet. */
export function readDemoSecret(file: string = demoSecretPath()): string | null {
  try {
    const secret = readFileSync(file, 'utf8').trim();
    return secret.length >= 32 ? secret : null;
  } catch {
    return null;
  }
}

/**
 * The demo's secret, made now (32 random bytes, readable by this user only) when there is none
 * yet. Exclusive creation: two first runs at once end with one secret, not two.
 */
export function ensureDemoSecret(file: string = demoSecretPath()): { secret: string; created: boolean } {
  const existing = readDemoSecret(file);
  if (existing) return { secret: existing, created: false };
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  try {
    writeFileSync(file, `${secret}\n`, { flag: 'wx', mode: 0o600 });
    return { secret, created: true };
  } catch (error) {
    const again = (error as NodeJS.ErrnoException).code === 'EEXIST' ? readDemoSecret(file) : null;
    if (again) return { secret: again, created: false };
    throw error;
  }
}
