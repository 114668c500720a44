import { sql } from 'drizzle-orm';
import { boolean, check, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { vocKindEnum } from './enums';
import { idColumn, writtenAt } from './columns';

/**
 * Outcome texts an agent picks with one key and edits before saving; managers keep them.
 * Seeded from the guide's policy table (db/migrations/0011_outcome_templates_and_backfill.sql).
 */
export const outcomeTemplates = pgTable(
  'outcome_templates',
  {
    id: idColumn(),
    // Stable name for code and tests, e.g. FIRST_OMISSION_RESPONSE.
    key: text('key').notNull(),
    // The VOC kind it is offered for; null offers it on every kind.
    kind: vocKindEnum('kind'),
    // A first response (1차: 불가안내/정책안내/케어): recording it completes the compensation step.
    firstResponse: boolean('first_response').notNull().default(false),
    labelKo: text('label_ko').notNull(),
    labelEn: text('label_en').notNull(),
    bodyKo: text('body_ko').notNull(),
    bodyEn: text('body_en').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    active: boolean('active').notNull().default(true),
    updatedById: uuid('updated_by_id').references(() => users.id, { onDelete: 'restrict' }),
    updatedAt: writtenAt('updated_at'),
  },
  (t) => [
    uniqueIndex('outcome_templates_key_key').on(t.key),
    check('outcome_templates_key_format', sql`${t.key} ~ '^[A-Z][A-Z0-9_]{0,63}$'`),
    check('outcome_templates_label_length', sql`length(${t.labelKo}) BETWEEN 1 AND 60 AND length(${t.labelEn}) BETWEEN 1 AND 60`),
    check('outcome_templates_body_length', sql`length(${t.bodyKo}) BETWEEN 1 AND 2000 AND length(${t.bodyEn}) BETWEEN 1 AND 2000`),
  ],
);

export type OutcomeTemplateRow = typeof outcomeTemplates.$inferSelect;
