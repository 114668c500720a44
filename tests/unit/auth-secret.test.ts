import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encode, decode } from 'next-auth/jwt';
import { ensureDemoSecret } from '@/lib/auth/demo-secret';
import { authSecret } from '@/lib/auth/secret';
import { startProblems } from '@/lib/http/refuse-unsafe-start';

// Issue 16, item 9: no public constant signs sessions; production needs a secret.
const THE_OLD_PUBLIC_CONSTANT = 'parking-cs-portal-demo-secret-not-for-production';
const freshFile = () => path.join(mkdtempSync(path.join(os.tmpdir(), 'cs-secret-')), '.data', 'auth-secret');
const PRODUCTION_WITH_PROXY = { NODE_ENV: 'production', TRUSTED_PROXY_HOPS: '1' };

describe('the session secret', () => {
  it('production without NEXTAUTH_SECRET refuses to start whatever the database, when the demo made no secret', () => {
    const file = freshFile();
    expect(() => authSecret({ NODE_ENV: 'production' }, file)).toThrow(/NEXTAUTH_SECRET/);
    expect(() => authSecret({ NODE_ENV: 'production', DATABASE_URL: 'postgres://x' }, file)).toThrow(/NEXTAUTH_SECRET/);
    expect(startProblems({ ...PRODUCTION_WITH_PROXY, DATABASE_URL: 'postgres://x' })).toEqual([expect.stringMatching(/NEXTAUTH_SECRET/)]);
  });

  it('with DATABASE_URL the demo’s file is never used', () => {
    const file = freshFile();
    ensureDemoSecret(file);
    expect(() => authSecret({ NODE_ENV: 'production', DATABASE_URL: 'postgres://x' }, file)).toThrow(/NEXTAUTH_SECRET/);
  });

  it('the demo makes a random secret once, readable by its user only, and reuses it', () => {
    const file = freshFile();
    const first = ensureDemoSecret(file);
    expect(first.created).toBe(true);
    expect(first.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(ensureDemoSecret(file)).toEqual({ secret: first.secret, created: false });
    expect(readFileSync(file, 'utf8').trim()).toBe(first.secret);
    // The demo's `next start` (production, no DATABASE_URL) signs with it.
    expect(authSecret({ NODE_ENV: 'production' }, file)).toBe(first.secret);
    // Another machine's demo has another secret.
    expect(ensureDemoSecret(freshFile()).secret).not.toBe(first.secret);
  });

  it('development without a secret makes the demo’s file on first use, never the old public constant', () => {
    const file = freshFile();
    const secret = authSecret({ NODE_ENV: 'development' }, file);
    expect(secret).not.toBe(THE_OLD_PUBLIC_CONSTANT);
    expect(readFileSync(file, 'utf8').trim()).toBe(secret);
  });

  it('a session cookie made with the old public constant is not accepted by the demo', async () => {
    const file = freshFile();
    ensureDemoSecret(file);
    const forged = await encode({ token: { sub: 'someone', role: 'MANAGER' }, secret: THE_OLD_PUBLIC_CONSTANT });
    await expect(decode({ token: forged, secret: authSecret({ NODE_ENV: 'production' }, file) })).rejects.toThrow();
  });

  it('NEXTAUTH_SECRET wins when set', () => {
    expect(authSecret({ NODE_ENV: 'production', NEXTAUTH_SECRET: 'configured-0123456789abcdef0123456789' }, freshFile())).toBe(
      'configured-0123456789abcdef0123456789',
    );
  });
});

describe('start checks: every reason to refuse, named', () => {
  it('a production server with secret and proxy starts', () => {
    expect(startProblems({ ...PRODUCTION_WITH_PROXY, DATABASE_URL: 'postgres://x', NEXTAUTH_SECRET: 's'.repeat(32) })).toEqual([]);
  });

  it('malformed rate limits are refused in any mode', () => {
    expect(startProblems({ NEXTAUTH_SECRET: 's'.repeat(32), RATE_LIMIT_GRAPHQL_PER_ADDRESS: 'lots' })).toEqual([
      expect.stringMatching(/RATE_LIMIT_GRAPHQL_PER_ADDRESS/),
    ]);
  });
});
