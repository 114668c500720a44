import { pgEnum } from 'drizzle-orm/pg-core';
import {
  CASE_STATUSES,
  LOT_INTEGRATIONS,
  MESSAGE_STATUSES,
  PASS_STATUSES,
  REFUND_BASES,
  REFUND_STATUSES,
  REQUEST_STATUSES,
  ROLES,
  VOC_KINDS,
} from '../../lib/domain/enum-values';
import { CANCELLATION_STATUSES } from '../../lib/domain/payment-cancellation';

/** Enums shared by several tables; their values are lib/domain's tuples, as are the GraphQL enums'. */
export const roleEnum = pgEnum('role', ROLES);
export const lotIntegrationEnum = pgEnum('lot_integration', LOT_INTEGRATIONS);
export const passStatusEnum = pgEnum('pass_status', PASS_STATUSES);
export const vocKindEnum = pgEnum('voc_kind', VOC_KINDS);
export const caseStatusEnum = pgEnum('case_status', CASE_STATUSES);
export const requestStatusEnum = pgEnum('request_status', REQUEST_STATUSES);
export const refundBasisEnum = pgEnum('refund_basis', REFUND_BASES);
export const refundStatusEnum = pgEnum('refund_status', REFUND_STATUSES);
export const messageStatusEnum = pgEnum('message_status', MESSAGE_STATUSES);
/** A payment-cancellation work item: 접수 → 처리 중 → 완료 or 반려 (domain.md, hand-offs). */
export const cancellationStatusEnum = pgEnum('cancellation_status', CANCELLATION_STATUSES);
