import { inArray } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { customers } from '@/db/schema';
import { maskPhone } from '@/lib/domain/phone';
import type { Actor, RequestMeta } from '../../core/actor';
import { repeatCustomers } from '../../reports/repeat-customers';
import type { CsvValue } from '../csv';
import { lotNamesOf } from './names';

/** The columns of the repeat-customers export, in order. */
export const REPEAT_CUSTOMER_EXPORT_HEADER = ['전화번호', '고객명', '누락(건)', '쿠폰 지급', '주차장'] as const;

/**
 * Customers with two or more counted omissions in `month`, most hit first (the report's
 * order): masked phone, name, omissions, whether a coupon was issued, the lots. The report
 * service records the read in the access log, as it does for the dashboard.
 */
export async function* repeatCustomerExportPages(
  db: Executor,
  actor: Actor,
  meta: RequestMeta,
  month: string,
): AsyncGenerator<CsvValue[][]> {
  const rows = await repeatCustomers(db, actor, meta, month);
  if (rows.length === 0) return;
  const [people, lots] = await Promise.all([
    db
      .select({ id: customers.id, name: customers.name, phone: customers.phone })
      .from(customers)
      .where(
        inArray(
          customers.id,
          rows.map((row) => row.customerId),
        ),
      ),
    lotNamesOf(
      db,
      rows.flatMap((row) => row.lotIds),
    ),
  ]);
  const personOf = new Map(people.map((person) => [person.id, person]));
  yield rows.map((row) => {
    const person = personOf.get(row.customerId);
    const lotNames = row.lotIds.map((id) => lots.get(id)?.name ?? id).sort((a, b) => a.localeCompare(b, 'ko'));
    return [person ? maskPhone(person.phone) : null, person?.name, row.omissions, row.couponIssued ? '예' : '아니요', lotNames.join(', ')];
  });
}
