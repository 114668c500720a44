import { sql } from 'drizzle-orm';
import { bigserial, check, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';

// Column shapes every table repeats, written once; the SQL they make is unchanged
// (drizzle-kit generate finds nothing to migrate).

/** The row's own id: a random UUID. */
export const idColumn = () => uuid('id').primaryKey().defaultRandom();

/** An append-only log's id: a sequence, so entries keep the order they were written in. */
export const entryId = () => bigserial('id', { mode: 'number' }).primaryKey();

/** A point in time, stored with its zone: every instant of the portal is a timestamptz. */
export const instant = (name: string) => timestamp(name, { withTimezone: true });

/** When the row was written (created, issued, requested…): the database's clock unless the seed sets it. */
export const writtenAt = (name = 'created_at') => instant(name).notNull().defaultNow();

/**
 * When a log entry was written and who acted: the who/when the audit log and a case's timeline
 * both keep. The actor is null for the system; an account with entries may not be deleted.
 */
export const loggedBy = (actor: () => AnyPgColumn) => ({
  at: writtenAt('at'),
  actorId: uuid('actor_id').references(actor, { onDelete: 'restrict' }),
});

/** A required reference to a row that may not be deleted while this one points at it. */
export const keptRef = (name: string, target: () => AnyPgColumn) => uuid(name).notNull().references(target, { onDelete: 'restrict' });

/** A required reference to a row whose deletion takes this one with it. */
export const ownedBy = (name: string, target: () => AnyPgColumn) => uuid(name).notNull().references(target, { onDelete: 'cascade' });

/** The staff member who took a step; null when the system took it or the account is unknown. */
export const staffRef = (name: string, target: () => AnyPgColumn) => uuid(name).references(target);

/** A CHECK that a number is at least `min`: money and counts are never negative, slots and versions start at 1. */
export const atLeast = (name: string, column: AnyPgColumn, min: 0 | 1) => check(name, sql`${column} >= ${sql.raw(String(min))}`);
