import type pg from 'pg';
import type { Scale } from './scale';
import { STREAM, textArray } from './sql-functions';

const OPERATOR_PREFIXES = ['한빛', '온누리', '새솔', '푸른', '다온', '미래', '하나', '대한', '그린', '스마트'];
const OPERATOR_SUFFIXES = ['파킹', '주차운영', '모빌리티', '주차관리'];
// [district, road, the short name a lot is called by]
const PLACES = [
  ['서울특별시 강남구', '테헤란로', '강남'],
  ['서울특별시 마포구', '마포대로', '공덕'],
  ['서울특별시 송파구', '법원로', '문정'],
  ['서울특별시 영등포구', '영중로', '영등포'],
  ['서울특별시 종로구', '종로', '종각'],
  ['서울특별시 성동구', '왕십리로', '성수'],
  ['경기도 성남시 분당구', '판교역로', '판교'],
  ['경기도 수원시 팔달구', '효원로', '인계동'],
  ['경기도 고양시 일산동구', '호수로', '일산'],
  ['인천광역시 연수구', '컨벤시아대로', '송도'],
  ['부산광역시 해운대구', '센텀중앙로', '센텀'],
  ['대전광역시 서구', '둔산로', '둔산'],
];
const LOT_KINDS = ['공영주차장', '타워주차장', '빌딩 주차장', '센터 주차장', '역 주차장'];

/** The login names the bench signs in with (password: the demo password). */
export const BENCH_LOGINS = {
  manager: 'bench-manager@bench.test',
  agent: 'bench-agent@bench.test',
  operator: 'bench-operator@bench.test',
} as const;

/** Operators, their lots and response targets, and the staff: agents, operator staff, managers. */
export function peopleSteps(client: pg.Client, scale: Scale, passwordHash: string) {
  const { operators, lots, agents, staffPerOperator, managers } = scale;
  const place = (part: 0 | 1 | 2) => textArray(PLACES.map((p) => p[part] ?? ''));
  return {
    operators: () =>
      client.query(`
        INSERT INTO operators (id, name, created_at)
        SELECT pg_temp.uid('operator', op),
          (${textArray(OPERATOR_PREFIXES)})[1 + op % ${OPERATOR_PREFIXES.length}]
            || (${textArray(OPERATOR_SUFFIXES)})[1 + (op / ${OPERATOR_PREFIXES.length}) % ${OPERATOR_SUFFIXES.length}] || ' ' || (op + 1),
          (SELECT starts FROM bench_months WHERE m = 0) - interval '30 days'
        FROM generate_series(0, ${operators - 1}) op`),
    users: () =>
      client.query(
        `
        INSERT INTO users (id, name, email, password_hash, role, operator_id, created_at)
        SELECT id, name, email, $1, role::role, operator_id, (SELECT starts FROM bench_months WHERE m = 0) - interval '30 days'
        FROM (
          SELECT pg_temp.uid('agent', k) AS id, CASE WHEN k = 0 THEN '벤치 상담사' ELSE '상담사 ' || (k + 1) END AS name,
            CASE WHEN k = 0 THEN '${BENCH_LOGINS.agent}' ELSE 'agent-' || (k + 1) || '@bench.test' END AS email,
            'AGENT' AS role, NULL::uuid AS operator_id
          FROM generate_series(0, ${agents - 1}) k
          UNION ALL
          SELECT pg_temp.uid('manager', k), CASE WHEN k = 0 THEN '벤치 관리자' ELSE '관리자 ' || (k + 1) END,
            CASE WHEN k = 0 THEN '${BENCH_LOGINS.manager}' ELSE 'manager-' || (k + 1) || '@bench.test' END, 'MANAGER', NULL
          FROM generate_series(0, ${managers - 1}) k
          UNION ALL
          SELECT pg_temp.uid('staff', k), '운영 담당 ' || (k + 1), 'operator-' || (k + 1) || '@bench.test', 'OPERATOR',
            pg_temp.uid('operator', k / ${staffPerOperator})
          FROM generate_series(0, ${operators * staffPerOperator - 1}) k
        ) staff`,
        [passwordHash],
      ),
    parking_lots: () =>
      client.query(`
        INSERT INTO parking_lots (id, name, address, operator_id, integration, has_exit_call_button, phone, created_at)
        SELECT pg_temp.uid('lot', lot),
          o.name || ' ' || (${place(2)})[p] || ' 제' || (lot + 1) || ' ' || (${textArray(LOT_KINDS)})[1 + lot % ${LOT_KINDS.length}],
          (${place(0)})[p] || ' ' || (${place(1)})[p] || ' ' || (1 + pg_temp.pick(${STREAM.lotPlace}, lot + 100000, 400)),
          pg_temp.uid('operator', pg_temp.lot_operator(lot)),
          CASE WHEN pg_temp.rnd(${STREAM.lotIntegration}, lot) < 0.45 THEN 'NON_LINKED' ELSE 'LINKED' END::lot_integration,
          pg_temp.lot_has_button(lot),
          CASE WHEN p <= 6 THEN '02' || lpad((lot * 7919 % 100000000)::text, 8, '0') ELSE '031' || lpad((lot * 7919 % 10000000)::text, 7, '0') END,
          (SELECT starts FROM bench_months WHERE m = 0) - interval '20 days'
        FROM generate_series(0, ${lots - 1}) lot
          CROSS JOIN LATERAL (SELECT 1 + pg_temp.pick(${STREAM.lotPlace}, lot, ${PLACES.length}) AS p) place
          JOIN operators o ON o.id = pg_temp.uid('operator', pg_temp.lot_operator(lot))`),
    // One operator in ten has set its own targets; the rest use the defaults.
    response_targets: () =>
      client.query(`
        INSERT INTO response_targets (operator_id, exit_ack_minutes, registration_confirm_minutes, updated_at)
        SELECT pg_temp.uid('operator', op), 5 + pg_temp.pick(${STREAM.operatorTargets}, op, 4) * 5, 60 * (1 + pg_temp.pick(${STREAM.operatorTargets}, op + 1000, 4)),
          (SELECT starts FROM bench_months WHERE m = 0)
        FROM generate_series(0, ${operators - 1}) op
        WHERE pg_temp.rnd(${STREAM.operatorTargets}, op + 2000) < 0.1`),
  };
}
