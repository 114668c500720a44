/** `tsx db/seed/run.ts`: seeds the demo into the database of the environment, prints the logins. */
import { ensureDemoSecret } from '@/lib/auth/demo-secret';
import { serverEnv } from '@/lib/env';
import { getDatabase } from '../client';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from './demo-data';

async function main(): Promise<void> {
  // The demo's `next start` signs sessions with a random secret made here once (no constant).
  const { DATABASE_URL, NEXTAUTH_SECRET } = serverEnv();
  if (!DATABASE_URL && !NEXTAUTH_SECRET && ensureDemoSecret().created) {
    console.log('세션 서명 키를 .data/auth-secret에 만들었습니다. / Made the session secret in .data/auth-secret.');
  }
  const started = performance.now();
  const handle = await getDatabase();
  const opened = performance.now();
  try {
    const { seeded } = await seedDemo(handle.db);
    // Opening includes the migrations, which dwarf the seed on a fresh PGlite folder.
    const timing = `${handle.driver}, open+migrate ${seconds(started, opened)} s, seed ${seconds(opened, performance.now())} s`;
    console.log(
      seeded
        ? `데모 데이터를 넣었습니다. / Demo data seeded. (${timing})`
        : '사용자가 이미 있어 아무것도 쓰지 않았습니다. / Users already exist; nothing was written.',
    );
    console.log(`\n데모 로그인 / Demo logins\n${loginTable()}`);
  } finally {
    await handle.close();
  }
}

function seconds(from: number, to: number): string {
  return ((to - from) / 1000).toFixed(1);
}

function loginTable(): string {
  const rows = [
    ['역할 / Role', '이메일 / Email', '비밀번호 / Password'],
    ...DEMO_ACCOUNTS.map((a) => [`${a.roleLabel}${a.operatorName ? ` (${a.operatorName})` : ''} ${a.role}`, a.email, DEMO_PASSWORD]),
  ];
  const widths = [0, 1, 2].map((col) => Math.max(...rows.map((row) => displayWidth(row[col] ?? ''))));
  const line = (row: string[]) =>
    row
      .map((cell, col) => cell + ' '.repeat((widths[col] ?? 0) - displayWidth(cell)))
      .join('  ')
      .trimEnd();
  return [line(rows[0] ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

// Hangul takes two terminal columns; without this the table's columns drift.
function displayWidth(text: string): number {
  return [...text].reduce((width, char) => width + (/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/.test(char) ? 2 : 1), 0);
}

main().catch((error: unknown) => {
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message.split('\n')[0]})` : '';
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  console.error(`시드 실패 / Seed failed: ${message}${cause}`);
  process.exit(1);
});
