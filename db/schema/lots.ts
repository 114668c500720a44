import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text } from 'drizzle-orm/pg-core';
import { operators } from './accounts';
import { lotIntegrationEnum } from './enums';
import { idColumn, writtenAt, keptRef } from './columns';

/** A parking lot (주차장), run by one operator. */
export const parkingLots = pgTable(
  'parking_lots',
  {
    id: idColumn(),
    name: text('name').notNull(),
    address: text('address').notNull(),
    operatorId: keptRef('operator_id', () => operators.id),
    integration: lotIntegrationEnum('integration').notNull(),
    hasExitCallButton: boolean('has_exit_call_button').notNull(),
    // The number agents call for outbound exit requests (현장 주차장 OB).
    phone: text('phone').notNull(),
    createdAt: writtenAt(),
  },
  (t) => [
    index('parking_lots_operator_idx').on(t.operatorId),
    check('parking_lots_name_not_blank', sql`length(trim(${t.name})) > 0`),
    check('parking_lots_phone_digits', sql`${t.phone} ~ '^[0-9]{9,11}$'`),
  ],
);

export type ParkingLotRow = typeof parkingLots.$inferSelect;
