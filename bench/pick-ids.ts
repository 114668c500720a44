import type pg from 'pg';
import { WRITE_MIX_NOTE } from './scenarios';
import { BENCH_LOGINS } from './seed/load-people';

/** The realistic ids the scenarios ask about. */
export interface BenchIds {
  /** The busiest lot (most cases). */
  lotId: string;
  /** The last full month of that lot's cases (the dashboards' default month). */
  month: string;
  /** The newest seeded case of that lot (not one of the write mix's), whose timeline the detail scenario reads. */
  caseId: string;
  /** That case's plate. */
  plate: string;
  /** A pass valid today at a lot of the bench operator's company, for the write mix. */
  writePassId: string;
}

/** Picks the ids from the bench database (or the demo's, given its operator); fails with a hint when it was not seeded. */
export async function pickIds(pool: pg.Pool, operatorLogin: string = BENCH_LOGINS.operator): Promise<BenchIds> {
  const one = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T> => {
    const row = (await pool.query<T>(sql, params)).rows[0];
    if (!row) throw new Error(`bench ids: nothing for ${sql.slice(0, 60)}…; run npm run bench:seed first`);
    return row;
  };
  const { lot_id: lotId } = await one<{ lot_id: string }>('SELECT lot_id FROM cases GROUP BY lot_id ORDER BY count(*) DESC LIMIT 1');
  // Months sorted newest first; the newest is under way, so the one before it is the last full month.
  const months = (
    await pool.query<{ m: string }>('SELECT DISTINCT incident_month AS m FROM cases WHERE lot_id = $1 ORDER BY 1 DESC LIMIT 2', [lotId])
  ).rows;
  const month = (months[1] ?? months[0])?.m;
  if (!month) throw new Error('bench ids: the busiest lot has no cases');
  const { id: caseId, plate } = await one<{ id: string; plate: string }>(
    'SELECT c.id, p.plate FROM cases c JOIN passes p ON p.id = c.pass_id WHERE c.lot_id = $1 AND c.note IS DISTINCT FROM $2 ORDER BY c.created_at DESC LIMIT 1',
    [lotId, WRITE_MIX_NOTE],
  );
  const { id: writePassId } = await one<{ id: string }>(
    `SELECT p.id FROM passes p JOIN parking_lots l ON l.id = p.lot_id JOIN users u ON u.operator_id = l.operator_id
     WHERE u.email = $1 AND p.status = 'ACTIVE' AND current_date BETWEEN p.starts_on AND p.ends_on LIMIT 1`,
    [operatorLogin],
  );
  return { lotId, month, caseId, plate, writePassId };
}
