import type * as schema from '../schema';
import type { LotSpec } from './master-data';

/** A row as the seed writes it: drizzle's insert type of the table, with the id chosen up front. */
export type New<K extends keyof typeof schema> = (typeof schema)[K] extends { $inferInsert: infer Row } ? Row & { id: string } : never;
/** A timeline entry as the seed writes it; its id is the database's (bigserial). */
export type NewCaseEvent = Omit<typeof schema.caseEvents.$inferInsert, 'id'>;
export type VocKind = New<'cases'>['kind'];

/** A lot with the story it plays and the operator user who answers its requests. */
export interface PlannedLot {
  row: New<'parkingLots'>;
  spec: LotSpec;
  operatorUserId: string;
}

/** A customer, the car they park, their home lot and their monthly passes by KST month. */
export interface PlannedCustomer {
  row: New<'customers'>;
  plate: string;
  lot: PlannedLot;
  passes: Map<string, New<'passes'>>;
}

/** Everything that exists before the first case: companies, staff, lots, customers, passes. */
export interface People {
  operators: New<'operators'>[];
  users: New<'users'>[];
  lots: PlannedLot[];
  customers: PlannedCustomer[];
  agentId: string;
  managerId: string;
}

/** Where a case's flow is waiting at `now`, for cases the demo wants unfinished. */
export type Stall = 'AGENT' | 'EXIT' | 'REGISTRATION' | 'CONFIRMATION' | 'MANAGER';

/** A case before its timeline is played out: who, where, what, when, and how the call goes. */
export interface CaseSpec {
  id: string;
  customer: PlannedCustomer;
  pass: New<'passes'>;
  lot: PlannedLot;
  kind: VocKind;
  incidentAt: Date;
  createdAt: Date;
  /** The caller turns out to be the account holder. */
  verifiable: boolean;
  /** Calling from the exit, barrier closed. */
  leavingNow: boolean;
  onsitePayment: number | null;
  duplicateOf: CaseSpec | null;
  /** Still unhappy after the care: wants the coupon if the policy allows one. */
  dissatisfied: boolean;
  refundBasis: New<'refunds'>['basis'] | null;
  stall: Stall | null;
  code?: string;
}

/** All rows that hang off the cases. */
export interface CaseRecords {
  cases: New<'cases'>[];
  events: NewCaseEvent[];
  exitRequests: New<'exitRequests'>[];
  registrationRequests: New<'registrationRequests'>[];
  onsitePayments: New<'onsitePayments'>[];
  coupons: New<'coupons'>[];
  refunds: New<'refunds'>[];
  smsMessages: New<'smsMessages'>[];
}
