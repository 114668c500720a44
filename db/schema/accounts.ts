import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { roleEnum } from './enums';
import { idColumn, writtenAt } from './columns';

/** A company that runs parking lots (운영사). */
export const operators = pgTable(
  'operators',
  {
    id: idColumn(),
    name: text('name').notNull(),
    createdAt: writtenAt(),
  },
  (t) => [uniqueIndex('operators_name_key').on(t.name), check('operators_name_not_blank', sql`length(trim(${t.name})) > 0`)],
);

/** A person who signs in: agent, operator staff or manager. */
export const users = pgTable(
  'users',
  {
    id: idColumn(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: roleEnum('role').notNull(),
    operatorId: uuid('operator_id').references(() => operators.id, { onDelete: 'restrict' }),
    active: boolean('active').notNull().default(true),
    // The language the portal speaks to this person; remembered across browsers and devices.
    locale: text('locale').notNull().default('ko'),
    createdAt: writtenAt(),
  },
  (t) => [
    // Emails compare case-insensitively: one account per address.
    uniqueIndex('users_email_key').on(sql`lower(${t.email})`),
    index('users_operator_idx').on(t.operatorId),
    // Operator staff belong to exactly one operator; nobody else belongs to one.
    check('users_operator_matches_role', sql`(${t.role} = 'OPERATOR') = (${t.operatorId} IS NOT NULL)`),
    check('users_locale_known', sql`${t.locale} IN ('ko', 'en')`),
  ],
);

export type OperatorRow = typeof operators.$inferSelect;
export type UserRow = typeof users.$inferSelect;
export type Role = UserRow['role'];
