import { rowsOf } from '@/db/client';

/** A count or sum from PostgreSQL (bigint arrives as a string from node-postgres) as a number. */
export const toCount = (value: unknown): number => Number(value ?? 0);

/** A field's column in the reports' SQL: the field's name in snake_case (lotId → lot_id). */
const columnOf = (field: string): string => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/**
 * A report's rows of one key and its figures: `key` names the text column each row is about
 * (a lot, an operator, a month), and each of `counts` a count or sum, read with toCount. The
 * SQL names each column after its field in snake_case.
 */
export function countRows<Key extends string, Count extends string>(
  result: unknown,
  key: Key,
  counts: readonly Count[],
): Array<Record<Key, string> & Record<Count, number>> {
  return rowsOf<Record<string, unknown>>(result).map((row) => {
    const figures = Object.fromEntries(counts.map((field) => [field, toCount(row[columnOf(field)])]));
    return { [key]: String(row[columnOf(key)]), ...figures } as Record<Key, string> & Record<Count, number>;
  });
}
