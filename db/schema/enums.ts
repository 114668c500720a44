import { pgEnum } from 'drizzle-orm/pg-core';

/** Enums shared by several tables; their values match the GraphQL contract. */
export const roleEnum = pgEnum('role', ['AGENT', 'OPERATOR', 'MANAGER']);
export const lotIntegrationEnum = pgEnum('lot_integration', ['LINKED', 'NON_LINKED']);
export const passStatusEnum = pgEnum('pass_status', ['ACTIVE', 'CANCELLED', 'REFUNDED']);
export const vocKindEnum = pgEnum('voc_kind', ['OPERATOR_OMISSION', 'EQUIPMENT_FAULT', 'REFUND_CLAIM']);
export const caseStatusEnum = pgEnum('case_status', ['OPEN', 'WAITING_ON_OPERATOR', 'RESOLVED']);
export const requestStatusEnum = pgEnum('request_status', ['REQUESTED', 'ACKNOWLEDGED', 'CONFIRMED', 'REJECTED']);
export const refundBasisEnum = pgEnum('refund_basis', ['COMPANY_POLICY', 'CONSUMER_AGENCY']);
export const refundStatusEnum = pgEnum('refund_status', ['PROPOSED', 'APPROVED', 'REJECTED']);
export const messageStatusEnum = pgEnum('message_status', ['QUEUED', 'SENT', 'FAILED']);
/** A payment-cancellation work item: 접수 → 처리 중 → 완료 or 반려 (domain.md, hand-offs). */
export const cancellationStatusEnum = pgEnum('cancellation_status', ['RECEIVED', 'IN_PROGRESS', 'COMPLETED', 'REJECTED']);
