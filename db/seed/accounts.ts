import type { Role } from '../schema';
import type { DEMO_OPERATORS } from './master-data';

/** The password of every demo account; printed by the CLI, used by the tests. */
export const DEMO_PASSWORD = 'demo-pass-1234';

/** A demo login and the person behind it. */
export interface DemoAccount {
  email: string;
  role: Role;
  /** The role as the portal's users say it. */
  roleLabel: string;
  name: string;
  /** The operator an OPERATOR account works for; null for everyone else. */
  operatorName: (typeof DEMO_OPERATORS)[number] | null;
}

/** The demo logins, one or more per role; OPERATOR accounts in the order of DEMO_OPERATORS. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'manager@demo.test', role: 'MANAGER', roleLabel: '관리자', name: '박서연', operatorName: null },
  { email: 'agent@demo.test', role: 'AGENT', roleLabel: '상담사', name: '김민지', operatorName: null },
  { email: 'agent2@demo.test', role: 'AGENT', roleLabel: '상담사', name: '이준호', operatorName: null },
  { email: 'operator@demo.test', role: 'OPERATOR', roleLabel: '운영사', name: '정태윤', operatorName: '한빛파킹' },
  { email: 'operator2@demo.test', role: 'OPERATOR', roleLabel: '운영사', name: '한지수', operatorName: '온누리주차운영' },
  { email: 'operator3@demo.test', role: 'OPERATOR', roleLabel: '운영사', name: '오상민', operatorName: '새솔모빌리티' },
];
