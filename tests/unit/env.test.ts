import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { envProblems, serverEnv } from '@/lib/env';
import { startProblems } from '@/lib/http/refuse-unsafe-start';

const ROOT = path.resolve(__dirname, '../..');
// The product code: everything the server runs. Tests, bench and the tools' configs read the environment freely.
const PRODUCT_DIRS = ['app', 'graphql', 'lib', 'db'];
const PRODUCT_FILES = ['proxy.ts', 'instrumentation.ts'];
const ENV_MODULE = 'lib/env.ts';

function sourceFiles(): string[] {
  const nested = PRODUCT_DIRS.flatMap((dir) =>
    readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' }).map((file) => path.join(dir, file).split(path.sep).join('/')),
  );
  return [...nested, ...PRODUCT_FILES].filter((file) => /\.(ts|tsx|js|mjs)$/.test(file));
}

describe('env: read in one module (issue 17, item 6)', () => {
  it('no product file but lib/env.ts reads process.env', () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(100);
    const readers = files.filter((file) => file !== ENV_MODULE && readFileSync(path.join(ROOT, file), 'utf8').includes('process.env'));
    expect(readers).toEqual([]);
  });
});

describe('env: one clear message per malformed value', () => {
  it('nothing set: the demo defaults, blanks count as unset', () => {
    expect(envProblems({})).toEqual([]);
    expect(serverEnv({ DATABASE_URL: ' ', RECEIPTS_DIR: '' })).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      DATABASE_URL: undefined,
      RECEIPTS_DIR: undefined,
      TRUSTED_PROXY_HOPS: 0,
      TRUSTED_PROXIES: [],
      RATE_LIMIT_WINDOW_SECONDS: 60,
    });
  });

  it.each([
    [{ RATE_LIMIT_WINDOW_SECONDS: 'sixty' }, 'RATE_LIMIT_WINDOW_SECONDS must be a whole number, not "sixty"'],
    [{ RATE_LIMIT_WINDOW_SECONDS: '0' }, 'RATE_LIMIT_WINDOW_SECONDS must be at least 1'],
    [{ RATE_LIMIT_SIGN_IN_PER_ACCOUNT: '1e3' }, 'RATE_LIMIT_SIGN_IN_PER_ACCOUNT must be a whole number, not "1e3"'],
    [{ PORT: '70000' }, 'PORT must be at most 65535'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV must be development, production or test, not "staging"'],
    [{ NEXTAUTH_URL: 'portal.example' }, 'NEXTAUTH_URL must be a URL, not "portal.example"'],
    [{ TRUSTED_PROXY_HOPS: 'one' }, 'TRUSTED_PROXY_HOPS must be a whole number from 0 to 10, not "one"'],
    [
      { TRUSTED_PROXIES: '10.0.0.1, proxy.internal' },
      'TRUSTED_PROXIES must list IP addresses separated by commas; "proxy.internal" is not one',
    ],
    [{ TRUSTED_PROXY_HOPS: '1', TRUSTED_PROXIES: '10.0.0.1' }, 'set TRUSTED_PROXY_HOPS or TRUSTED_PROXIES, not both'],
    [
      { DATABASE_REPLICA_URLS: 'postgres://reader:secret@replica-1:5432/cs, replica-2:5432' },
      'DATABASE_REPLICA_URLS must list postgres:// URLs separated by commas; "replica-2:5432" is not one',
    ],
    [
      { DATABASE_REPLICA_URLS: 'mysql://reader:secret@replica-1/cs' },
      'DATABASE_REPLICA_URLS must list postgres:// URLs separated by commas; "mysql://reader:***@replica-1/cs" is not one',
    ],
  ])('%j: %s', (env, message) => {
    expect(envProblems(env)).toEqual([message]);
  });

  it('replica URLs: a list split at commas, blanks and spaces dropped; unset is none', () => {
    expect(serverEnv({}).DATABASE_REPLICA_URLS).toEqual([]);
    expect(serverEnv({ DATABASE_REPLICA_URLS: ' postgres://r1:5432/cs ,, postgresql://u@r2/cs ' }).DATABASE_REPLICA_URLS).toEqual([
      'postgres://r1:5432/cs',
      'postgresql://u@r2/cs',
    ]);
  });

  it('several bad values: every one named, each once', () => {
    expect(envProblems({ PORT: 'http', RATE_LIMIT_GRAPHQL_PER_ADDRESS: 'lots', RATE_LIMIT_SIGN_IN_PER_ADDRESS: '-5' })).toEqual([
      'PORT must be a whole number, not "http"',
      'RATE_LIMIT_GRAPHQL_PER_ADDRESS must be a whole number, not "lots"',
      'RATE_LIMIT_SIGN_IN_PER_ADDRESS must be a whole number, not "-5"',
    ]);
    expect(() => serverEnv({ PORT: 'http', NODE_ENV: 'staging' })).toThrow(/NODE_ENV must be .*; PORT must be a whole number/);
  });

  it('a production server without its secret and its proxy is refused with both reasons, and a malformed limit with its own', () => {
    const problems = startProblems({ NODE_ENV: 'production', DATABASE_URL: 'postgres://x', RATE_LIMIT_WINDOW_SECONDS: 'soon' });
    expect(problems).toEqual([
      'RATE_LIMIT_WINDOW_SECONDS must be a whole number, not "soon"',
      'NEXTAUTH_SECRET must be set when DATABASE_URL is set',
      expect.stringMatching(/^production needs a proxy/),
    ]);
  });

  it('a malformed proxy setting is named once, not again as a missing proxy', () => {
    const problems = startProblems({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://x',
      NEXTAUTH_SECRET: 's'.repeat(32),
      TRUSTED_PROXY_HOPS: 'x',
    });
    expect(problems).toEqual(['TRUSTED_PROXY_HOPS must be a whole number from 0 to 10, not "x"']);
  });
});
