import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { auditLog, users } from '@/db/schema';
import { formatKstIso } from '@/lib/domain/calendar';
import { accessActionLabel, accessActorRoleLabel, accessSubjectLabel } from '@/lib/domain/access-log';
import { accessLogCondition, afterCursor, cursorAtColumn, type AccessLogCursor, type AccessLogFilter } from '../audit/list-access-log';
import { EXPORT_PAGE_SIZE } from './case-rows';
import type { CsvValue } from './csv';

/** The columns of the access-log export, in order. */
export const ACCESS_LOG_EXPORT_HEADER = [
  '시각(KST)',
  '계정',
  '이름',
  '역할',
  '행위',
  '행위 코드',
  '대상',
  '대상 ID',
  '접속 주소',
  '상세',
] as const;

/** "2026-04-01 09:30:15" in Asia/Seoul: a log needs the second, not only the minute. */
export function kstSecond(instant: Date): string {
  return formatKstIso(instant).slice(0, 19).replace('T', ' ');
}

/**
 * The access log under a filter, newest first, as CSV rows a page at a time (keyset pages on
 * at, id as the list pages). Entries of the system itself have no account and the role "시스템".
 */
export async function* accessLogExportPages(
  db: Executor,
  filter: AccessLogFilter,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<CsvValue[][]> {
  const where = accessLogCondition(filter);
  let after: AccessLogCursor | null = null;
  for (;;) {
    const rows = await readPage(db, after ? and(where, afterCursor(after)) : where, pageSize);
    if (rows.length === 0) return;
    yield rows.map(({ entry, email, name, role }) => [
      kstSecond(entry.at),
      email,
      name,
      accessActorRoleLabel(entry.actorId ? role : null),
      accessActionLabel(entry.action),
      entry.action,
      accessSubjectLabel(entry.subjectType),
      entry.subjectId,
      entry.clientAddress,
      entry.detail == null ? null : JSON.stringify(entry.detail),
    ]);
    if (rows.length < pageSize) return;
    const last = rows[rows.length - 1]!;
    after = { at: last.cursorAt, id: last.entry.id };
  }
}

// One keyset page, with the account of each entry joined in.
function readPage(db: Executor, where: SQL | undefined, pageSize: number) {
  return db
    .select({ entry: auditLog, cursorAt: cursorAtColumn, email: users.email, name: users.name, role: users.role })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(pageSize);
}
