import type { MutationResolvers, QueryResolvers } from './generated/resolvers-types';
import type { Role } from '@/db/schema';
import { apiError } from './errors';
import type { GraphQLContext } from './context';

/** Every root field of the API, as "Query.x" or "Mutation.y". */
export type RootField = `Query.${keyof QueryResolvers & string}` | `Mutation.${keyof MutationResolvers & string}`;

/** The route handlers outside GraphQL that read or write data. */
export type RouteAction = 'Route.uploadReceipt' | 'Route.viewReceipt' | 'Route.exportCsv' | 'Route.exportAccessLog';

/**
 * Which objects a permitted role reaches. OWN_OPERATOR: operator staff only those at their own
 * operator's lots; another operator's object is absent (null, NOT_FOUND, left out of a list),
 * never FORBIDDEN, so an answer never says it exists. Applied in the services' queries
 * (case-scope.ts, request-scope.ts, list-lots.ts); tests/integration/policy-matrix.test.ts checks it.
 */
export type Scope = 'OWN_OPERATOR';

/** Who may call a field: anyone (the field itself says what a stranger sees) or these roles, in a scope. */
export type Rule = { anyone: true } | { roles: readonly Role[]; scope?: Scope };

const STAFF = ['AGENT', 'OPERATOR', 'MANAGER'] as const;
const DESK = ['AGENT', 'MANAGER'] as const;
const LOT_SIDE = ['OPERATOR', 'MANAGER', 'AGENT'] as const;
const MANAGER = ['MANAGER'] as const;
const OPERATOR = ['OPERATOR'] as const;

/**
 * Who may do what: one row per root field, deny by default. The type makes a field
 * without a row a compile error; tests/unit/policy.test.ts checks the served schema too.
 * Scope (an operator sees only its own lots) is applied by the services' queries.
 */
export const POLICY: Readonly<Record<RootField | RouteAction, Rule>> = {
  'Query.viewer': { anyone: true },
  'Mutation.setMyLocale': { roles: STAFF },
  'Query.guideScript': { roles: DESK },
  'Query.case': { roles: STAFF, scope: 'OWN_OPERATOR' },
  'Query.caseActivity': { roles: DESK },
  'Query.cases': { roles: DESK },
  'Query.searchPasses': { roles: DESK },
  'Query.lots': { roles: STAFF, scope: 'OWN_OPERATOR' },
  'Query.exitRequestQueue': { roles: LOT_SIDE, scope: 'OWN_OPERATOR' },
  'Query.registrationQueue': { roles: LOT_SIDE, scope: 'OWN_OPERATOR' },
  'Query.refundQuote': { roles: DESK },
  'Query.repeatOmissionReport': { roles: MANAGER },
  'Query.operatorOmissionReport': { roles: MANAGER },
  'Query.repeatCustomers': { roles: MANAGER },
  'Query.monthlyTrend': { roles: MANAGER },
  'Query.responseTimes': { roles: MANAGER },
  'Query.worseningLots': { roles: MANAGER },
  'Query.omissionHeatmap': { roles: MANAGER },
  'Query.serverTime': { roles: STAFF },
  'Query.managerNotices': { roles: MANAGER },

  'Query.operators': { roles: MANAGER },
  'Mutation.createUser': { roles: MANAGER },
  'Mutation.createOperator': { roles: MANAGER },
  'Mutation.createParkingLot': { roles: MANAGER },
  'Mutation.createCustomer': { roles: MANAGER },
  'Mutation.createPass': { roles: MANAGER },

  'Mutation.openCase': { roles: ['AGENT'] },
  'Mutation.verifyIdentity': { roles: ['AGENT'] },
  'Mutation.linkDuplicate': { roles: ['AGENT'] },
  // Issue 15: the customer panel and undoing a duplicate link; operators get none of it.
  'Query.customerHistory': { roles: DESK },
  'Mutation.unlinkDuplicate': { roles: ['AGENT'] },
  'Mutation.recordRepeatContact': { roles: ['AGENT'] },
  'Mutation.requestExit': { roles: ['AGENT'] },
  'Mutation.requestRegistration': { roles: ['AGENT'] },
  'Mutation.recordOnsitePayment': { roles: ['AGENT'] },
  'Mutation.requestPaymentCancellation': { roles: ['AGENT'] },
  'Mutation.recordGuidance': { roles: ['AGENT'] },
  'Mutation.issueCompensationCoupon': { roles: ['AGENT'] },
  'Mutation.proposeRefund': { roles: ['AGENT'] },
  'Mutation.resolveCase': { roles: ['AGENT'] },
  // Issue 15: corrections and records on a case, and the outcome templates managers keep.
  'Mutation.reclassifyCase': { roles: DESK },
  'Mutation.addCaseNote': { roles: DESK },
  'Mutation.recordFirstResponse': { roles: ['AGENT'] },
  'Mutation.recordIdentityUnconfirmed': { roles: ['AGENT'] },
  'Query.outcomeTemplates': { roles: DESK },
  'Query.unverifiedContacts': { roles: MANAGER },
  'Mutation.addOutcomeTemplate': { roles: MANAGER },
  'Mutation.updateOutcomeTemplate': { roles: MANAGER },
  'Mutation.setOutcomeTemplateActive': { roles: MANAGER },

  'Mutation.acknowledgeExit': { roles: OPERATOR, scope: 'OWN_OPERATOR' },
  'Mutation.acknowledgeRegistration': { roles: OPERATOR, scope: 'OWN_OPERATOR' },
  'Mutation.confirmRegistration': { roles: OPERATOR, scope: 'OWN_OPERATOR' },
  'Mutation.rejectRegistration': { roles: OPERATOR, scope: 'OWN_OPERATOR' },
  'Mutation.undoAcknowledgeExit': { roles: OPERATOR, scope: 'OWN_OPERATOR' },
  'Mutation.undoAcknowledgeRegistration': { roles: OPERATOR, scope: 'OWN_OPERATOR' },

  'Mutation.decideRefund': { roles: MANAGER },
  // The payment-cancellation queue: managers own the work items (domain.md, hand-offs).
  'Query.paymentCancellations': { roles: MANAGER },
  'Query.paymentCancellationFigures': { roles: MANAGER },
  'Mutation.takePaymentCancellation': { roles: MANAGER },
  'Mutation.completePaymentCancellation': { roles: MANAGER },
  'Mutation.rejectPaymentCancellation': { roles: MANAGER },
  'Mutation.startBulkCaseJob': { roles: MANAGER },
  'Mutation.runBulkCaseJobBatch': { roles: MANAGER },
  'Query.bulkCaseJob': { roles: MANAGER },
  'Query.refundApprovals': { roles: MANAGER },
  'Query.policyVersions': { roles: MANAGER },
  'Mutation.addPolicyVersion': { roles: MANAGER },
  'Query.users': { roles: MANAGER },
  'Mutation.setUserActive': { roles: MANAGER },
  'Query.responseTargets': { roles: MANAGER },
  'Mutation.setResponseTargets': { roles: MANAGER },
  // The PIPA access log: who read or changed customers' data. Reading it is logged too.
  'Query.accessLog': { roles: MANAGER },

  'Route.uploadReceipt': { roles: ['AGENT'] },
  'Route.viewReceipt': { roles: DESK },
  'Route.exportCsv': { roles: MANAGER },
  'Route.exportAccessLog': { roles: MANAGER },
};

/** Whether a name is a root field or route with a policy row. */
export function hasPolicy(field: string): field is RootField | RouteAction {
  return Object.hasOwn(POLICY, field);
}

/**
 * The one check at the API boundary: UNAUTHENTICATED without a session, FORBIDDEN for a
 * role the table does not name, FORBIDDEN for a field with no row at all.
 */
export function authorize(ctx: Pick<GraphQLContext, 'viewer'>, field: string): void {
  const rule = hasPolicy(field) ? POLICY[field] : undefined;
  if (!rule) throw apiError('FORBIDDEN', '허용되지 않은 요청입니다.');
  if ('anyone' in rule) return;
  if (!ctx.viewer) throw apiError('UNAUTHENTICATED', '로그인이 필요합니다.');
  if (!rule.roles.includes(ctx.viewer.role)) throw apiError('FORBIDDEN', '이 작업을 할 권한이 없습니다.');
}
