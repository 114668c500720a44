import { defineConfig, devices } from '@playwright/test';
import { e2eEnvironment, E2E_BASE_URL } from './tests/e2e/environment';

// Debian's Chromium; Playwright's own browser downloads are not available here.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  globalTeardown: './tests/e2e/global-teardown.ts',
  use: {
    baseURL: E2E_BASE_URL,
    locale: 'ko-KR',
    timezoneId: 'Asia/Seoul',
    // Recording a trace (screencast and DOM snapshots at every step) costs the browser about a
    // third more CPU in every test; CI records only the retry of a failed test, which keeps its trace.
    trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // A fresh database, migrated and seeded with the demo data, then `next start` on the build.
    command: 'npx tsx tests/e2e/serve.ts',
    url: `${E2E_BASE_URL}/login`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: e2eEnvironment(),
  },
});
