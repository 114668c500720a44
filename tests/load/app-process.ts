import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { LOAD_EDGE_SETTINGS } from './app-instances';

/** `next start` of the production build in this folder, as the fault scripts drive it. */
export interface RunningApp {
  base: string;
  process: ChildProcess;
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<string>;
  /** True while the process first started is still running. */
  alive(): boolean;
  /** Polls /api/health; stop() returns the transitions, e.g. "200 ok +0 ms". */
  watchHealth(everyMs: number): { stop(): string[] };
  stop(): void;
}

export const APP_LOG = '/tmp/restart-postgres-next.log';

/** Starts `next start` on 127.0.0.1:port against the database at `url`; its output goes to APP_LOG. */
export async function startApp(port: number, url: string): Promise<RunningApp> {
  const base = `http://127.0.0.1:${port}`;
  const log = createWriteStream(APP_LOG);
  const child = spawn('node_modules/.bin/next', ['start', '-H', '127.0.0.1', '-p', String(port)], {
    env: {
      ...process.env,
      ...LOAD_EDGE_SETTINGS,
      DATABASE_URL: url,
      PORT: String(port),
      NEXTAUTH_URL: base,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? 'restart-test-secret-0123456789abcdef',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const exited = new Promise<string>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? `code ${code}`)));
  let running = true;
  void exited.then(() => (running = false));
  return {
    base,
    process: child,
    exited,
    alive: () => running,
    watchHealth(everyMs) {
      const started = Date.now();
      const transitions: string[] = [];
      let last = '';
      const timer = setInterval(async () => {
        const now = Date.now();
        const answer = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(3_000) })
          .then(async (response) => `${response.status} ${((await response.json()) as { database: string }).database}`)
          .catch(() => 'no answer');
        if (answer !== last) transitions.push(`${answer} @${((now - started) / 1000).toFixed(1)}s`);
        last = answer;
      }, everyMs);
      return {
        stop() {
          clearInterval(timer);
          return transitions;
        },
      };
    },
    stop() {
      if (running) child.kill('SIGKILL');
    },
  };
}

/** Waits until /api/health answers 200 (the app is up and its database ready). */
export async function waitForHealth(base: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const status = await fetch(`${base}/api/health`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the app at ${base} did not become healthy`);
}
