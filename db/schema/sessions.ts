import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgEnum, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { entryId, idColumn, instant, writtenAt, ownedBy } from './columns';

export const signInOutcomeEnum = pgEnum('sign_in_outcome', ['SUCCEEDED', 'FAILED', 'LOCKED']);

/**
 * Every sign-in attempt, kept in the database so that every app instance counts the same
 * failures for the lockout. The email is stored as typed (lower-cased) whether or not an
 * account has it, so a lockout says nothing about which emails exist.
 */
export const signInAttempts = pgTable(
  'sign_in_attempts',
  {
    id: entryId(),
    emailKey: text('email_key').notNull(),
    clientAddress: text('client_address'),
    outcome: signInOutcomeEnum('outcome').notNull(),
    at: writtenAt('at'),
  },
  (t) => [
    index('sign_in_attempts_email_at_idx').on(t.emailKey, t.at),
    index('sign_in_attempts_address_at_idx').on(t.clientAddress, t.at),
    check('sign_in_attempts_email_key_lower', sql`${t.emailKey} = lower(${t.emailKey})`),
  ],
);

/**
 * A signed-in session. The session cookie names it; each request checks it is neither ended
 * (signed out), idle too long nor too old, and touches lastSeenAt.
 */
export const userSessions = pgTable(
  'user_sessions',
  {
    id: idColumn(),
    userId: ownedBy('user_id', () => users.id),
    clientAddress: text('client_address'),
    createdAt: writtenAt(),
    lastSeenAt: writtenAt('last_seen_at'),
    endedAt: instant('ended_at'),
  },
  (t) => [
    index('user_sessions_user_idx').on(t.userId),
    check(
      'user_sessions_times_in_order',
      sql`${t.lastSeenAt} >= ${t.createdAt} AND (${t.endedAt} IS NULL OR ${t.endedAt} >= ${t.createdAt})`,
    ),
  ],
);

/**
 * The first answer to a creating mutation sent with an Idempotency-Key header: a retry with
 * the same key and input gets it again; the same key with other input is a conflict.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    actorId: ownedBy('actor_id', () => users.id),
    key: text('key').notNull(),
    operation: text('operation').notNull(),
    requestHash: text('request_hash').notNull(),
    response: jsonb('response').notNull(),
    createdAt: writtenAt(),
  },
  (t) => [
    primaryKey({ columns: [t.actorId, t.key] }),
    index('idempotency_keys_created_idx').on(t.createdAt),
    check('idempotency_keys_key_shape', sql`length(${t.key}) BETWEEN 8 AND 128`),
  ],
);

export type SignInAttemptRow = typeof signInAttempts.$inferSelect;
export type UserSessionRow = typeof userSessions.$inferSelect;
export type IdempotencyKeyRow = typeof idempotencyKeys.$inferSelect;
