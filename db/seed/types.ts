import type * as schema from '../schema';
import type { LotSpec } from './master-data';

type Insert<T extends { $inferInsert: object }> = T['$inferInsert'] & { id: string };

/** Rows as the seed writes them: drizzle's insert types, with the id chosen up front. */
export type NewOperator = Insert<typeof schema.operators>;
export type NewUser = Insert<typeof schema.users>;
export type NewLot = Insert<typeof schema.parkingLots>;
export type NewCustomer = Insert<typeof schema.customers>;
export type NewPass = Insert<typeof schema.passes>;
export type NewCase = Insert<typeof schema.cases>;
export type NewCaseEvent = Omit<typeof schema.caseEvents.$inferInsert, 'id'>;
export type NewExitRequest = Insert<typeof schema.exitRequests>;
export type NewRegistrationRequest = Insert<typeof schema.registrationRequests>;
export type NewOnsitePayment = Insert<typeof schema.onsitePayments>;
export type NewCoupon = Insert<typeof schema.coupons>;
export type NewRefund = Insert<typeof schema.refunds>;
export type NewSmsMessage = Insert<typeof schema.smsMessages>;
export type VocKind = NewCase['kind'];

/** A lot with the story it plays and the operator user who answers its requests. */
export interface PlannedLot {
  row: NewLot;
  spec: LotSpec;
  operatorUserId: string;
}

/** A customer, the car they park, their home lot and their monthly passes by KST month. */
export interface PlannedCustomer {
  row: NewCustomer;
  plate: string;
  lot: PlannedLot;
  passes: Map<string, NewPass>;
}

/** Everything that exists before the first case: companies, staff, lots, customers, passes. */
export interface People {
  operators: NewOperator[];
  users: NewUser[];
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
  pass: NewPass;
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
  refundBasis: NewRefund['basis'] | null;
  stall: Stall | null;
  code?: string;
}

/** All rows that hang off the cases. */
export interface CaseRecords {
  cases: NewCase[];
  events: NewCaseEvent[];
  exitRequests: NewExitRequest[];
  registrationRequests: NewRegistrationRequest[];
  onsitePayments: NewOnsitePayment[];
  coupons: NewCoupon[];
  refunds: NewRefund[];
  smsMessages: NewSmsMessage[];
}
