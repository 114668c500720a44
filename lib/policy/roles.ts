import type { Role } from '@/db/schema';

/**
 * Which objects a permitted role reaches. OWN_OPERATOR: operator staff only those at their own
 * operator's lots; another operator's object is absent (null, NOT_FOUND, left out of a list),
 * never FORBIDDEN, so an answer never says it exists. Applied through lib/policy/scope.ts in the
 * services' queries; tests/integration/policy-matrix.test.ts checks it.
 */
export type Scope = 'OWN_OPERATOR';

/** Who may take an action: anyone (the field itself says what a stranger sees) or these roles, in a scope. */
export type Rule = { anyone: true } | { roles: readonly Role[]; scope?: Scope };

const STAFF = ['AGENT', 'OPERATOR', 'MANAGER'] as const;
const DESK = ['AGENT', 'MANAGER'] as const;
const LOT_SIDE = ['OPERATOR', 'MANAGER', 'AGENT'] as const;
const MANAGER = ['MANAGER'] as const;
const OPERATOR = ['OPERATOR'] as const;

// The rows, typed loosely so their names become the Action type below.
const ROWS = {
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
} satisfies Record<string, Rule>;

/** Every action with a row: the API's root fields ("Query.x", "Mutation.y") and the REST routes ("Route.z"). */
export type Action = keyof typeof ROWS;

/** The route handlers outside GraphQL that read or write data. */
export type RouteAction = Extract<Action, `Route.${string}`>;

/**
 * Who may do what: one row per root field and route, deny by default. graphql/policy.ts makes a
 * root field without a row a compile error; tests/unit/policy.test.ts checks the served schema too.
 */
export const POLICY: Readonly<Record<Action, Rule>> = ROWS;

/** Whether a name is an action with a policy row. */
export function hasPolicy(name: string): name is Action {
  return Object.hasOwn(POLICY, name);
}

/** Whether the table lets this role take the action (a row that admits anyone admits every role). */
export function roleMay(role: Role, action: Action): boolean {
  const rule = POLICY[action];
  return 'anyone' in rule || rule.roles.includes(role);
}

/**
 * The few places roles differ inside one action: desk staff reach every lot (operator staff
 * only their own, scope.ts); a manager keeps the outcome templates (the switched-off ones too)
 * and may correct a case past the agent's rules (closed, caller unverified, compensation on it).
 */
const CAPABILITIES = {
  reachEveryLot: DESK,
  seeInactiveOutcomeTemplates: MANAGER,
  overrideCaseRules: MANAGER,
} as const satisfies Record<string, readonly Role[]>;

/** Something a role may do inside an action, beyond taking it. */
export type Capability = keyof typeof CAPABILITIES;

/** Whether this role has the capability. */
export function roleCan(role: Role, capability: Capability): boolean {
  return (CAPABILITIES[capability] as readonly Role[]).includes(role);
}
