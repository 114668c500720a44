import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { operators, type OperatorRow } from '@/db/schema';
import type { Actor, RequestMeta } from '../core/actor';
import { recordAudit } from '../audit/record-audit';
import { fieldError } from '../core/service-error';

/** Adds an operating company; names are unique. */
export function createOperator(db: Database, actor: Actor, meta: RequestMeta, input: { name: string }): Promise<OperatorRow> {
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: operators.id })
      .from(operators)
      .where(sql`${operators.name} = ${input.name}`);
    if (existing) throw fieldError('BAD_USER_INPUT', 'input.name', 'operatorNameTaken');
    const [row] = await tx.insert(operators).values({ name: input.name }).returning();
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, { actor, meta, action: 'CREATE_OPERATOR', subjectType: 'Operator', subjectId: row.id });
    return row;
  });
}
