import { eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { operators, users, type Role, type UserRow } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import type { Actor, RequestMeta } from '../core/actor';
import { recordAudit } from '../audit/record-audit';
import { fieldError } from '../core/service-error';

export interface NewUser {
  name: string;
  email: string;
  password: string;
  role: Role;
  operatorId: string | null;
}

/** Adds a staff account; operator staff must name their operator, nobody else may. */
export async function createUser(db: Database, actor: Actor, meta: RequestMeta, input: NewUser): Promise<UserRow> {
  if (input.role === 'OPERATOR' && !input.operatorId) {
    throw fieldError('BAD_USER_INPUT', 'input.operatorId', 'operatorRequired');
  }
  if (input.role !== 'OPERATOR' && input.operatorId) {
    throw fieldError('BAD_USER_INPUT', 'input.operatorId', 'operatorOnlyForOperators');
  }
  // Hashing is slow on purpose; do it before the transaction holds any lock.
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    if (input.operatorId) {
      const [operator] = await tx.select({ id: operators.id }).from(operators).where(eq(operators.id, input.operatorId));
      if (!operator) throw fieldError('NOT_FOUND', 'input.operatorId', 'operatorNotFound');
    }
    const [taken] = await tx
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.email}) = lower(${input.email})`);
    if (taken) throw fieldError('BAD_USER_INPUT', 'input.email', 'emailTaken');
    const [row] = await tx
      .insert(users)
      .values({ name: input.name, email: input.email, passwordHash, role: input.role, operatorId: input.operatorId })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, { actor, meta, action: 'CREATE_USER', subjectType: 'User', subjectId: row.id, detail: { role: row.role } });
    return row;
  });
}
