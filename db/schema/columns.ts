import { timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';

// Column shapes every table repeats, written once; the SQL they make is unchanged
// (drizzle-kit generate finds nothing to migrate).

/** The row's own id: a random UUID. */
export const idColumn = () => uuid('id').primaryKey().defaultRandom();

/** A point in time, stored with its zone: every instant of the portal is a timestamptz. */
export const instant = (name: string) => timestamp(name, { withTimezone: true });

/** A required reference to a row that may not be deleted while this one points at it. */
export const keptRef = (name: string, target: () => AnyPgColumn) => uuid(name).notNull().references(target, { onDelete: 'restrict' });

/** A required reference to a row whose deletion takes this one with it. */
export const ownedBy = (name: string, target: () => AnyPgColumn) => uuid(name).notNull().references(target, { onDelete: 'cascade' });
