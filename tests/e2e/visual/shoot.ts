import { spawn } from 'node:child_process';
import { E2E_BASE_URL, e2eEnvironment } from '../environment';
import globalTeardown from '../global-teardown';
import { shootPages } from './visual-pages';

/**
 * Serves the current build (`npx next build` first) on a fresh database seeded with the demo at a
 * fixed instant, screenshots every page into VISUAL_OUT, then stops and drops it all. Run it
 * before and after a change that must not show, then compare the folders:
 *
 *   npx next build && env -u NEXTAUTH_SECRET DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres E2E_PORT=3105 \
 *     VISUAL_OUT=/tmp/shots-before npx tsx tests/e2e/visual/shoot.ts
 *   npx tsx tests/e2e/visual/compare-pages.ts /tmp/shots-before /tmp/shots-after
 */

// The demo's "now" and the browser's: the same rows and the same elapsed times on every run.
const NOW = new Date(process.env.VISUAL_NOW ?? '2026-12-07T03:00:00Z');
const OUT = process.env.VISUAL_OUT ?? '/tmp/visual-pages';

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (
      await fetch(url).then(
        (response) => response.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`no server at ${url} after ${timeoutMs / 1000}s`);
}

async function main() {
  // A process group of its own: stopping it stops `next start`'s server too, not only its wrapper.
  const server = spawn('node_modules/.bin/tsx', ['tests/e2e/serve.ts'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...e2eEnvironment(), E2E_SEED_NOW: NOW.toISOString() },
  });
  try {
    await waitForServer(`${E2E_BASE_URL}/login`, 300_000);
    await shootPages(E2E_BASE_URL, OUT, NOW);
  } finally {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    process.kill(-(server.pid ?? 0), 'SIGTERM');
    await exited;
    // next-server may outlive its wrapper by a moment; the database is dropped after.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await globalTeardown();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
