/**
 * The enumerated values the database, the API and the pages share, each written once: the
 * pgEnums in db/schema/enums.ts, the resolvers' zod schemas and the pages' option lists read
 * these tuples, and tests/integration/enum-values.test.ts fails when the GraphQL enums or the
 * database's enum types say otherwise. Order is the order the pages list them in.
 */

/** Who a user is. */
export const ROLES = ['AGENT', 'OPERATOR', 'MANAGER'] as const;
export type Role = (typeof ROLES)[number];

/** Whether a lot's gate is linked to the pass system (the consultation type follows). */
export const LOT_INTEGRATIONS = ['LINKED', 'NON_LINKED'] as const;
export type LotIntegration = (typeof LOT_INTEGRATIONS)[number];

/** A pass's state. */
export const PASS_STATUSES = ['ACTIVE', 'CANCELLED', 'REFUNDED'] as const;
export type PassStatus = (typeof PASS_STATUSES)[number];

/** The three VOC kinds, in the guide's order (정기권 보상정책 table); their words are labels.vocKind. */
export const VOC_KINDS = ['OPERATOR_OMISSION', 'EQUIPMENT_FAULT', 'REFUND_CLAIM'] as const;
export type VocKind = (typeof VOC_KINDS)[number];

/** A case's state. */
export const CASE_STATUSES = ['OPEN', 'WAITING_ON_OPERATOR', 'RESOLVED'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** An exit or registration request's state (an exit request stops at ACKNOWLEDGED). */
export const REQUEST_STATUSES = ['REQUESTED', 'ACKNOWLEDGED', 'CONFIRMED', 'REJECTED'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** What a refund's amount is computed by. */
export const REFUND_BASES = ['COMPANY_POLICY', 'CONSUMER_AGENCY'] as const;
export type RefundBasis = (typeof REFUND_BASES)[number];

/** A refund's state. */
export const REFUND_STATUSES = ['PROPOSED', 'APPROVED', 'REJECTED'] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];

/** An SMS's state in the outbox. */
export const MESSAGE_STATUSES = ['QUEUED', 'SENT', 'FAILED'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];
