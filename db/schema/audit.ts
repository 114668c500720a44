import { index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { entryId, loggedBy } from './columns';

/** Who did or looked at what, and from where (PIPA). Rows are only ever appended. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: entryId(),
    ...loggedBy(() => users.id),
    action: text('action').notNull(),
    subjectType: text('subject_type'),
    subjectId: text('subject_id'),
    clientAddress: text('client_address'),
    detail: jsonb('detail'),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at, t.id),
    index('audit_log_actor_at_idx').on(t.actorId, t.at),
    // "Who touched this case or customer?" — the question a PIPA request asks.
    index('audit_log_subject_at_idx').on(t.subjectType, t.subjectId, t.at),
  ],
);

export type AuditLogRow = typeof auditLog.$inferSelect;
