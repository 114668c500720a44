import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { E2E_AUTH_SECRET } from './auth-secret';

// Before the browser tests (`npm run test:e2e`): Debian's Chromium and the CJK fonts its
// screenshots need, installed when missing and this user may; then the production build the
// tests serve, signed with the test-only secret whatever DATABASE_URL says.

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const INSTALL_HINT = 'sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk';

/** Runs a command with the terminal; true when it exited 0. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  return spawnSync(command, args, { stdio: 'inherit', env }).status === 0;
}

/** Runs a command quietly; true when it exited 0. */
function succeeds(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

/** The Debian packages the browser stage still lacks. */
function missingPackages(): string[] {
  const missing: string[] = [];
  const browser = process.env.CHROMIUM_PATH ?? DEBIAN_CHROMIUM;
  // A browser of the user's own (CHROMIUM_PATH) is theirs to provide; Debian's we can install.
  if (!existsSync(browser)) {
    if (browser !== DEBIAN_CHROMIUM) throw new Error(`CHROMIUM_PATH=${browser} does not exist`);
    missing.push('chromium');
  }
  const koreanFonts = spawnSync('fc-list', [':lang=ko', 'family'], { encoding: 'utf8' });
  if (koreanFonts.status !== 0 || koreanFonts.stdout.trim() === '') missing.push('fonts-noto-cjk');
  return missing;
}

/** apt-get as root, through sudo without a password, or null when neither is allowed. */
function aptGetCommand(): { command: string; prefix: string[] } | null {
  if (process.getuid?.() === 0) return { command: 'apt-get', prefix: [] };
  if (succeeds('sudo', ['-n', 'true'])) return { command: 'sudo', prefix: ['-n', 'apt-get'] };
  return null;
}

function provisionBrowser(): boolean {
  const missing = missingPackages();
  if (missing.length === 0) return true;
  const apt = aptGetCommand();
  if (!apt) {
    console.error(`[e2e] the browser tests need ${missing.join(' and ')}; install them with:\n  ${INSTALL_HINT}`);
    return false;
  }
  console.log(`[e2e] installing ${missing.join(', ')} from Debian's packages`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const installed =
    run(apt.command, [...apt.prefix, 'update', '-qq'], env) && run(apt.command, [...apt.prefix, 'install', '-y', '-qq', ...missing], env);
  if (!installed) console.error(`[e2e] installing ${missing.join(', ')} failed; try:\n  ${INSTALL_HINT}`);
  return installed;
}

if (!provisionBrowser()) process.exit(1);
if (!run('node_modules/.bin/next', ['build'], { ...process.env, NEXTAUTH_SECRET: E2E_AUTH_SECRET })) process.exit(1);
