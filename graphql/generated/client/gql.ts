/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AgentCases($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          createdAt\n          kind\n          status\n          customer {\n            id\n            name\n            phoneMasked\n          }\n          pass {\n            id\n            plate\n          }\n          lot {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.AgentCasesDocument,
    "\n  query AgentCase($id: ID!) {\n    viewer {\n      id\n      name\n    }\n    case(id: $id) {\n      id\n      code\n      status\n      kind\n      consultationType\n      incidentAt\n      incidentMonth\n      identityVerified\n      version\n      createdAt\n      updatedAt\n      note\n      outcome\n      resolvedAt\n      smsPreview\n      lastActor {\n        id\n        name\n      }\n      agent {\n        id\n        name\n      }\n      duplicateOf {\n        id\n        code\n      }\n      customer {\n        id\n        name\n        phoneMasked\n      }\n      pass {\n        id\n        plate\n        startsOn\n        endsOn\n        amountPaid\n        availableDays\n        registered\n      }\n      lot {\n        id\n        name\n        integration\n        hasExitCallButton\n        phone\n      }\n      couponEligibility {\n        eligible\n        omissionsThisMonth\n        amount\n        reason\n      }\n      exitRequests {\n        id\n        status\n        requestedAt\n        acknowledgedAt\n        overdue\n        escalatedAt\n      }\n      registrationRequests {\n        id\n        status\n        requestedAt\n        acknowledgedAt\n        resolvedAt\n        rejectReason\n        overdue\n        escalatedAt\n      }\n      onsitePayments {\n        id\n        amount\n        paidAt\n        hasReceipt\n        cancellationRequested\n        receiptUrl\n      }\n      coupons {\n        id\n        amount\n        month\n        issuedAt\n      }\n      refunds {\n        id\n        basis\n        usedDays\n        amount\n        status\n      }\n      timeline {\n        at\n        type\n        detail\n        scriptStep\n        actor {\n          id\n          name\n        }\n      }\n      messages {\n        id\n        toMasked\n        body\n        status\n        createdAt\n      }\n    }\n  }\n": typeof types.AgentCaseDocument,
    "\n  query GuideScript {\n    guideScript {\n      key\n      number\n      title\n      branches {\n        key\n        label\n        lines\n      }\n    }\n  }\n": typeof types.GuideScriptDocument,
    "\n  mutation IssueCompensationCoupon($caseId: ID!, $expectedVersion: Int) {\n    issueCompensationCoupon(caseId: $caseId, expectedVersion: $expectedVersion) {\n      id\n      amount\n    }\n  }\n": typeof types.IssueCompensationCouponDocument,
    "\n  mutation RequestExit($caseId: ID!, $expectedVersion: Int) {\n    requestExit(caseId: $caseId, expectedVersion: $expectedVersion) {\n      id\n      status\n    }\n  }\n": typeof types.RequestExitDocument,
    "\n  mutation RecordOnsitePayment($caseId: ID!, $amount: Int!, $paidAt: DateTime!, $expectedVersion: Int) {\n    recordOnsitePayment(caseId: $caseId, amount: $amount, paidAt: $paidAt, expectedVersion: $expectedVersion) {\n      id\n    }\n  }\n": typeof types.RecordOnsitePaymentDocument,
    "\n  mutation RequestPaymentCancellation($onsitePaymentId: ID!, $expectedVersion: Int) {\n    requestPaymentCancellation(onsitePaymentId: $onsitePaymentId, expectedVersion: $expectedVersion) {\n      id\n      cancellationRequested\n    }\n  }\n": typeof types.RequestPaymentCancellationDocument,
    "\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n      code\n    }\n  }\n": typeof types.OpenCaseDocument,
    "\n  query RefundQuote($passId: ID!, $usedDays: Int!) {\n    refundQuote(passId: $passId, usedDays: $usedDays) {\n      paid\n      availableDays\n      usedDays\n      usedAmount\n      refund\n    }\n  }\n": typeof types.RefundQuoteDocument,
    "\n  mutation ProposeRefund($caseId: ID!, $basis: RefundBasis!, $usedDays: Int, $amount: Int, $expectedVersion: Int) {\n    proposeRefund(caseId: $caseId, basis: $basis, usedDays: $usedDays, amount: $amount, expectedVersion: $expectedVersion) {\n      id\n      status\n    }\n  }\n": typeof types.ProposeRefundDocument,
    "\n  mutation RequestRegistration($caseId: ID!, $expectedVersion: Int) {\n    requestRegistration(caseId: $caseId, expectedVersion: $expectedVersion) {\n      id\n      status\n    }\n  }\n": typeof types.RequestRegistrationDocument,
    "\n  mutation ResolveCase($caseId: ID!, $outcome: String!, $expectedVersion: Int) {\n    resolveCase(caseId: $caseId, outcome: $outcome, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ResolveCaseDocument,
    "\n  mutation VerifyIdentity($caseId: ID!, $expectedVersion: Int) {\n    verifyIdentity(caseId: $caseId, expectedVersion: $expectedVersion) {\n      id\n      version\n      identityVerified\n    }\n  }\n": typeof types.VerifyIdentityDocument,
    "\n  mutation RecordGuidance($caseId: ID!, $step: GuideStepKey!, $detail: String!, $expectedVersion: Int) {\n    recordGuidance(caseId: $caseId, step: $step, detail: $detail, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n": typeof types.RecordGuidanceDocument,
    "\n  query ManagerLots {\n    lots {\n      id\n      name\n      address\n      integration\n      hasExitCallButton\n      operator {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ManagerLotsDocument,
    "\n  query ManagerNotices {\n    managerNotices(first: 10) {\n      id\n      message\n      createdAt\n      case {\n        id\n        code\n      }\n    }\n  }\n": typeof types.ManagerNoticesDocument,
    "\n  query OperatorLots {\n    lots {\n      id\n      name\n      address\n      integration\n      hasExitCallButton\n    }\n  }\n": typeof types.OperatorLotsDocument,
    "\n  query OperatorRequestQueues {\n    serverTime\n    exitRequestQueue {\n      id\n      status\n      plate\n      requestedAt\n      dueAt\n      overdue\n      escalatedAt\n      lot {\n        id\n        name\n      }\n      customer {\n        id\n        name\n        phoneMasked\n      }\n    }\n    registrationQueue {\n      id\n      status\n      plate\n      requestedAt\n      acknowledgedAt\n      dueAt\n      overdue\n      escalatedAt\n      lot {\n        id\n        name\n      }\n      customer {\n        id\n        name\n        phoneMasked\n      }\n    }\n  }\n": typeof types.OperatorRequestQueuesDocument,
    "\n  mutation AcknowledgeExit($id: ID!) {\n    acknowledgeExit(id: $id) {\n      id\n      status\n      acknowledgedAt\n    }\n  }\n": typeof types.AcknowledgeExitDocument,
    "\n  mutation AcknowledgeRegistration($id: ID!) {\n    acknowledgeRegistration(id: $id) {\n      id\n      status\n      acknowledgedAt\n    }\n  }\n": typeof types.AcknowledgeRegistrationDocument,
    "\n  mutation ConfirmRegistration($id: ID!) {\n    confirmRegistration(id: $id) {\n      id\n      status\n      resolvedAt\n    }\n  }\n": typeof types.ConfirmRegistrationDocument,
    "\n  mutation RejectRegistration($id: ID!, $reason: String!) {\n    rejectRegistration(id: $id, reason: $reason) {\n      id\n      status\n      resolvedAt\n      rejectReason\n    }\n  }\n": typeof types.RejectRegistrationDocument,
    "\n  query SearchPasses($plate: String, $phoneLast4: String) {\n    searchPasses(plate: $plate, phoneLast4: $phoneLast4) {\n      id\n      plate\n      startsOn\n      endsOn\n      amountPaid\n      registered\n      customer {\n        id\n        name\n        phoneMasked\n      }\n      lot {\n        id\n        name\n        integration\n      }\n    }\n  }\n": typeof types.SearchPassesDocument,
    "\n  query ViewerOperator {\n    viewer {\n      id\n      role\n      operator {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ViewerOperatorDocument,
};
const documents: Documents = {
    "\n  query AgentCases($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          createdAt\n          kind\n          status\n          customer {\n            id\n            name\n            phoneMasked\n          }\n          pass {\n            id\n            plate\n          }\n          lot {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.AgentCasesDocument,
    "\n  query AgentCase($id: ID!) {\n    viewer {\n      id\n      name\n    }\n    case(id: $id) {\n      id\n      code\n      status\n      kind\n      consultationType\n      incidentAt\n      incidentMonth\n      identityVerified\n      version\n      createdAt\n      updatedAt\n      note\n      outcome\n      resolvedAt\n      smsPreview\n      lastActor {\n        id\n        name\n      }\n      agent {\n        id\n        name\n      }\n      duplicateOf {\n        id\n        code\n      }\n      customer {\n        id\n        name\n        phoneMasked\n      }\n      pass {\n        id\n        plate\n        startsOn\n        endsOn\n        amountPaid\n        availableDays\n        registered\n      }\n      lot {\n        id\n        name\n        integration\n        hasExitCallButton\n        phone\n      }\n      couponEligibility {\n        eligible\n        omissionsThisMonth\n        amount\n        reason\n      }\n      exitRequests {\n        id\n        status\n        requestedAt\n        acknowledgedAt\n        overdue\n        escalatedAt\n      }\n      registrationRequests {\n        id\n        status\n        requestedAt\n        acknowledgedAt\n        resolvedAt\n        rejectReason\n        overdue\n        escalatedAt\n      }\n      onsitePayments {\n        id\n        amount\n        paidAt\n        hasReceipt\n        cancellationRequested\n        receiptUrl\n      }\n      coupons {\n        id\n        amount\n        month\n        issuedAt\n      }\n      refunds {\n        id\n        basis\n        usedDays\n        amount\n        status\n      }\n      timeline {\n        at\n        type\n        detail\n        scriptStep\n        actor {\n          id\n          name\n        }\n      }\n      messages {\n        id\n        toMasked\n        body\n        status\n        createdAt\n      }\n    }\n  }\n": types.AgentCaseDocument,
    "\n  query GuideScript {\n    guideScript {\n      key\n      number\n      title\n      branches {\n        key\n        label\n        lines\n      }\n    }\n  }\n": types.GuideScriptDocument,
    "\n  mutation IssueCompensationCoupon($caseId: ID!, $expectedVersion: Int) {\n    issueCompensationCoupon(caseId: $caseId, expectedVersion: $expectedVersion) {\n      id\n      amount\n    }\n  }\n": types.IssueCompensationCouponDocument,
    "\n  mutation RequestExit($caseId: ID!, $expectedVersion: Int) {\n    requestExit(caseId: $caseId, expectedVersion: $expectedVersion) {\n      id\n      status\n    }\n  }\n": types.RequestExitDocument,
    "\n  mutation RecordOnsitePayment($caseId: ID!, $amount: Int!, $paidAt: DateTime!, $expectedVersion: Int) {\n    recordOnsitePayment(caseId: $caseId, amount: $amount, paidAt: $paidAt, expectedVersion: $expectedVersion) {\n      id\n    }\n  }\n": types.RecordOnsitePaymentDocument,
    "\n  mutation RequestPaymentCancellation($onsitePaymentId: ID!, $expectedVersion: Int) {\n    requestPaymentCancellation(onsitePaymentId: $onsitePaymentId, expectedVersion: $expectedVersion) {\n      id\n      cancellationRequested\n    }\n  }\n": types.RequestPaymentCancellationDocument,
    "\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n      code\n    }\n  }\n": types.OpenCaseDocument,
    "\n  query RefundQuote($passId: ID!, $usedDays: Int!) {\n    refundQuote(passId: $passId, usedDays: $usedDays) {\n      paid\n      availableDays\n      usedDays\n      usedAmount\n      refund\n    }\n  }\n": types.RefundQuoteDocument,
    "\n  mutation ProposeRefund($caseId: ID!, $basis: RefundBasis!, $usedDays: Int, $amount: Int, $expectedVersion: Int) {\n    proposeRefund(caseId: $caseId, basis: $basis, usedDays: $usedDays, amount: $amount, expectedVersion: $expectedVersion) {\n      id\n      status\n    }\n  }\n": types.ProposeRefundDocument,
    "\n  mutation RequestRegistration($caseId: ID!, $expectedVersion: Int) {\n    requestRegistration(caseId: $caseId, expectedVersion: $expectedVersion) {\n      id\n      status\n    }\n  }\n": types.RequestRegistrationDocument,
    "\n  mutation ResolveCase($caseId: ID!, $outcome: String!, $expectedVersion: Int) {\n    resolveCase(caseId: $caseId, outcome: $outcome, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n    }\n  }\n": types.ResolveCaseDocument,
    "\n  mutation VerifyIdentity($caseId: ID!, $expectedVersion: Int) {\n    verifyIdentity(caseId: $caseId, expectedVersion: $expectedVersion) {\n      id\n      version\n      identityVerified\n    }\n  }\n": types.VerifyIdentityDocument,
    "\n  mutation RecordGuidance($caseId: ID!, $step: GuideStepKey!, $detail: String!, $expectedVersion: Int) {\n    recordGuidance(caseId: $caseId, step: $step, detail: $detail, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n": types.RecordGuidanceDocument,
    "\n  query ManagerLots {\n    lots {\n      id\n      name\n      address\n      integration\n      hasExitCallButton\n      operator {\n        id\n        name\n      }\n    }\n  }\n": types.ManagerLotsDocument,
    "\n  query ManagerNotices {\n    managerNotices(first: 10) {\n      id\n      message\n      createdAt\n      case {\n        id\n        code\n      }\n    }\n  }\n": types.ManagerNoticesDocument,
    "\n  query OperatorLots {\n    lots {\n      id\n      name\n      address\n      integration\n      hasExitCallButton\n    }\n  }\n": types.OperatorLotsDocument,
    "\n  query OperatorRequestQueues {\n    serverTime\n    exitRequestQueue {\n      id\n      status\n      plate\n      requestedAt\n      dueAt\n      overdue\n      escalatedAt\n      lot {\n        id\n        name\n      }\n      customer {\n        id\n        name\n        phoneMasked\n      }\n    }\n    registrationQueue {\n      id\n      status\n      plate\n      requestedAt\n      acknowledgedAt\n      dueAt\n      overdue\n      escalatedAt\n      lot {\n        id\n        name\n      }\n      customer {\n        id\n        name\n        phoneMasked\n      }\n    }\n  }\n": types.OperatorRequestQueuesDocument,
    "\n  mutation AcknowledgeExit($id: ID!) {\n    acknowledgeExit(id: $id) {\n      id\n      status\n      acknowledgedAt\n    }\n  }\n": types.AcknowledgeExitDocument,
    "\n  mutation AcknowledgeRegistration($id: ID!) {\n    acknowledgeRegistration(id: $id) {\n      id\n      status\n      acknowledgedAt\n    }\n  }\n": types.AcknowledgeRegistrationDocument,
    "\n  mutation ConfirmRegistration($id: ID!) {\n    confirmRegistration(id: $id) {\n      id\n      status\n      resolvedAt\n    }\n  }\n": types.ConfirmRegistrationDocument,
    "\n  mutation RejectRegistration($id: ID!, $reason: String!) {\n    rejectRegistration(id: $id, reason: $reason) {\n      id\n      status\n      resolvedAt\n      rejectReason\n    }\n  }\n": types.RejectRegistrationDocument,
    "\n  query SearchPasses($plate: String, $phoneLast4: String) {\n    searchPasses(plate: $plate, phoneLast4: $phoneLast4) {\n      id\n      plate\n      startsOn\n      endsOn\n      amountPaid\n      registered\n      customer {\n        id\n        name\n        phoneMasked\n      }\n      lot {\n        id\n        name\n        integration\n      }\n    }\n  }\n": types.SearchPassesDocument,
    "\n  query ViewerOperator {\n    viewer {\n      id\n      role\n      operator {\n        id\n        name\n      }\n    }\n  }\n": types.ViewerOperatorDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentCases($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          createdAt\n          kind\n          status\n          customer {\n            id\n            name\n            phoneMasked\n          }\n          pass {\n            id\n            plate\n          }\n          lot {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgentCases($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          createdAt\n          kind\n          status\n          customer {\n            id\n            name\n            phoneMasked\n          }\n          pass {\n            id\n            plate\n          }\n          lot {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentCase($id: ID!) {\n    viewer {\n      id\n      name\n    }\n    case(id: $id) {\n      id\n      code\n      status\n      kind\n      consultationType\n      incidentAt\n      incidentMonth\n      identityVerified\n      version\n      createdAt\n      updatedAt\n      note\n      outcome\n      resolvedAt\n      smsPreview\n      lastActor {\n        id\n        name\n      }\n      agent {\n        id\n        name\n      }\n      duplicateOf {\n        id\n        code\n      }\n      customer {\n        id\n        name\n        phoneMasked\n      }\n      pass {\n        id\n        plate\n        startsOn\n        endsOn\n        amountPaid\n        availableDays\n        registered\n      }\n      lot {\n        id\n        name\n        integration\n        hasExitCallButton\n        phone\n      }\n      couponEligibility {\n        eligible\n        omissionsThisMonth\n        amount\n        reason\n      }\n      exitRequests {\n        id\n        status\n        requestedAt\n        acknowledgedAt\n        overdue\n        escalatedAt\n      }\n      registrationRequests {\n        id\n        status\n        requestedAt\n        acknowledgedAt\n        resolvedAt\n        rejectReason\n        overdue\n        escalatedAt\n      }\n      onsitePayments {\n        id\n        amount\n        paidAt\n        hasReceipt\n        cancellationRequested\n        receiptUrl\n      }\n      coupons {\n        id\n        amount\n        month\n        issuedAt\n      }\n      refunds {\n        id\n        basis\n        usedDays\n        amount\n        status\n      }\n      timeline {\n        at\n        type\n        detail\n        scriptStep\n        actor {\n          id\n          name\n        }\n      }\n      messages {\n        id\n        toMasked\n        body\n        status\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgentCase($id: ID!) {\n    viewer {\n      id\n      name\n    }\n    case(id: $id) {\n      id\n      code\n      status\n      kind\n      consultationType\n      incidentAt\n      incidentMonth\n      identityVerified\n      version\n      createdAt\n      updatedAt\n      note\n      outcome\n      resolvedAt\n      smsPreview\n      lastActor {\n        id\n        name\n      }\n      agent {\n        id\n        name\n      }\n      duplicateOf {\n        id\n        code\n      }\n      customer {\n        id\n        name\n        phoneMasked\n      }\n      pass {\n        id\n        plate\n        startsOn\n        endsOn\n        amountPaid\n        availableDays\n        registered\n      }\n      lot {\n        id\n        name\n        integration\n        hasExitCallButton\n        phone\n      }\n      couponEligibility {\n        eligible\n        omissionsThisMonth\n        amount\n        reason\n      }\n      exitRequests {\n        id\n        status\n        requestedAt\n        acknowledgedAt\n        overdue\n        escalatedAt\n      }\n      registrationRequests {\n        id\n        status\n        requestedAt\n        acknowledgedAt\n        resolvedAt\n        rejectReason\n        overdue\n        escalatedAt\n      }\n      onsitePayments {\n        id\n        amount\n        paidAt\n        hasReceipt\n        cancellationRequested\n        receiptUrl\n      }\n      coupons {\n        id\n        amount\n        month\n        issuedAt\n      }\n      refunds {\n        id\n        basis\n        usedDays\n        amount\n        status\n      }\n      timeline {\n        at\n        type\n        detail\n        scriptStep\n        actor {\n          id\n          name\n        }\n      }\n      messages {\n        id\n        toMasked\n        body\n        status\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuideScript {\n    guideScript {\n      key\n      number\n      title\n      branches {\n        key\n        label\n        lines\n      }\n    }\n  }\n"): (typeof documents)["\n  query GuideScript {\n    guideScript {\n      key\n      number\n      title\n      branches {\n        key\n        label\n        lines\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueCompensationCoupon($caseId: ID!, $expectedVersion: Int) {\n    issueCompensationCoupon(caseId: $caseId, expectedVersion: $expectedVersion) {\n      id\n      amount\n    }\n  }\n"): (typeof documents)["\n  mutation IssueCompensationCoupon($caseId: ID!, $expectedVersion: Int) {\n    issueCompensationCoupon(caseId: $caseId, expectedVersion: $expectedVersion) {\n      id\n      amount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestExit($caseId: ID!, $expectedVersion: Int) {\n    requestExit(caseId: $caseId, expectedVersion: $expectedVersion) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestExit($caseId: ID!, $expectedVersion: Int) {\n    requestExit(caseId: $caseId, expectedVersion: $expectedVersion) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordOnsitePayment($caseId: ID!, $amount: Int!, $paidAt: DateTime!, $expectedVersion: Int) {\n    recordOnsitePayment(caseId: $caseId, amount: $amount, paidAt: $paidAt, expectedVersion: $expectedVersion) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordOnsitePayment($caseId: ID!, $amount: Int!, $paidAt: DateTime!, $expectedVersion: Int) {\n    recordOnsitePayment(caseId: $caseId, amount: $amount, paidAt: $paidAt, expectedVersion: $expectedVersion) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPaymentCancellation($onsitePaymentId: ID!, $expectedVersion: Int) {\n    requestPaymentCancellation(onsitePaymentId: $onsitePaymentId, expectedVersion: $expectedVersion) {\n      id\n      cancellationRequested\n    }\n  }\n"): (typeof documents)["\n  mutation RequestPaymentCancellation($onsitePaymentId: ID!, $expectedVersion: Int) {\n    requestPaymentCancellation(onsitePaymentId: $onsitePaymentId, expectedVersion: $expectedVersion) {\n      id\n      cancellationRequested\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n      code\n    }\n  }\n"): (typeof documents)["\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RefundQuote($passId: ID!, $usedDays: Int!) {\n    refundQuote(passId: $passId, usedDays: $usedDays) {\n      paid\n      availableDays\n      usedDays\n      usedAmount\n      refund\n    }\n  }\n"): (typeof documents)["\n  query RefundQuote($passId: ID!, $usedDays: Int!) {\n    refundQuote(passId: $passId, usedDays: $usedDays) {\n      paid\n      availableDays\n      usedDays\n      usedAmount\n      refund\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeRefund($caseId: ID!, $basis: RefundBasis!, $usedDays: Int, $amount: Int, $expectedVersion: Int) {\n    proposeRefund(caseId: $caseId, basis: $basis, usedDays: $usedDays, amount: $amount, expectedVersion: $expectedVersion) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeRefund($caseId: ID!, $basis: RefundBasis!, $usedDays: Int, $amount: Int, $expectedVersion: Int) {\n    proposeRefund(caseId: $caseId, basis: $basis, usedDays: $usedDays, amount: $amount, expectedVersion: $expectedVersion) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestRegistration($caseId: ID!, $expectedVersion: Int) {\n    requestRegistration(caseId: $caseId, expectedVersion: $expectedVersion) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestRegistration($caseId: ID!, $expectedVersion: Int) {\n    requestRegistration(caseId: $caseId, expectedVersion: $expectedVersion) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveCase($caseId: ID!, $outcome: String!, $expectedVersion: Int) {\n    resolveCase(caseId: $caseId, outcome: $outcome, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveCase($caseId: ID!, $outcome: String!, $expectedVersion: Int) {\n    resolveCase(caseId: $caseId, outcome: $outcome, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyIdentity($caseId: ID!, $expectedVersion: Int) {\n    verifyIdentity(caseId: $caseId, expectedVersion: $expectedVersion) {\n      id\n      version\n      identityVerified\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyIdentity($caseId: ID!, $expectedVersion: Int) {\n    verifyIdentity(caseId: $caseId, expectedVersion: $expectedVersion) {\n      id\n      version\n      identityVerified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordGuidance($caseId: ID!, $step: GuideStepKey!, $detail: String!, $expectedVersion: Int) {\n    recordGuidance(caseId: $caseId, step: $step, detail: $detail, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RecordGuidance($caseId: ID!, $step: GuideStepKey!, $detail: String!, $expectedVersion: Int) {\n    recordGuidance(caseId: $caseId, step: $step, detail: $detail, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagerLots {\n    lots {\n      id\n      name\n      address\n      integration\n      hasExitCallButton\n      operator {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ManagerLots {\n    lots {\n      id\n      name\n      address\n      integration\n      hasExitCallButton\n      operator {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagerNotices {\n    managerNotices(first: 10) {\n      id\n      message\n      createdAt\n      case {\n        id\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query ManagerNotices {\n    managerNotices(first: 10) {\n      id\n      message\n      createdAt\n      case {\n        id\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorLots {\n    lots {\n      id\n      name\n      address\n      integration\n      hasExitCallButton\n    }\n  }\n"): (typeof documents)["\n  query OperatorLots {\n    lots {\n      id\n      name\n      address\n      integration\n      hasExitCallButton\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorRequestQueues {\n    serverTime\n    exitRequestQueue {\n      id\n      status\n      plate\n      requestedAt\n      dueAt\n      overdue\n      escalatedAt\n      lot {\n        id\n        name\n      }\n      customer {\n        id\n        name\n        phoneMasked\n      }\n    }\n    registrationQueue {\n      id\n      status\n      plate\n      requestedAt\n      acknowledgedAt\n      dueAt\n      overdue\n      escalatedAt\n      lot {\n        id\n        name\n      }\n      customer {\n        id\n        name\n        phoneMasked\n      }\n    }\n  }\n"): (typeof documents)["\n  query OperatorRequestQueues {\n    serverTime\n    exitRequestQueue {\n      id\n      status\n      plate\n      requestedAt\n      dueAt\n      overdue\n      escalatedAt\n      lot {\n        id\n        name\n      }\n      customer {\n        id\n        name\n        phoneMasked\n      }\n    }\n    registrationQueue {\n      id\n      status\n      plate\n      requestedAt\n      acknowledgedAt\n      dueAt\n      overdue\n      escalatedAt\n      lot {\n        id\n        name\n      }\n      customer {\n        id\n        name\n        phoneMasked\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeExit($id: ID!) {\n    acknowledgeExit(id: $id) {\n      id\n      status\n      acknowledgedAt\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeExit($id: ID!) {\n    acknowledgeExit(id: $id) {\n      id\n      status\n      acknowledgedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeRegistration($id: ID!) {\n    acknowledgeRegistration(id: $id) {\n      id\n      status\n      acknowledgedAt\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeRegistration($id: ID!) {\n    acknowledgeRegistration(id: $id) {\n      id\n      status\n      acknowledgedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmRegistration($id: ID!) {\n    confirmRegistration(id: $id) {\n      id\n      status\n      resolvedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmRegistration($id: ID!) {\n    confirmRegistration(id: $id) {\n      id\n      status\n      resolvedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectRegistration($id: ID!, $reason: String!) {\n    rejectRegistration(id: $id, reason: $reason) {\n      id\n      status\n      resolvedAt\n      rejectReason\n    }\n  }\n"): (typeof documents)["\n  mutation RejectRegistration($id: ID!, $reason: String!) {\n    rejectRegistration(id: $id, reason: $reason) {\n      id\n      status\n      resolvedAt\n      rejectReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPasses($plate: String, $phoneLast4: String) {\n    searchPasses(plate: $plate, phoneLast4: $phoneLast4) {\n      id\n      plate\n      startsOn\n      endsOn\n      amountPaid\n      registered\n      customer {\n        id\n        name\n        phoneMasked\n      }\n      lot {\n        id\n        name\n        integration\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchPasses($plate: String, $phoneLast4: String) {\n    searchPasses(plate: $plate, phoneLast4: $phoneLast4) {\n      id\n      plate\n      startsOn\n      endsOn\n      amountPaid\n      registered\n      customer {\n        id\n        name\n        phoneMasked\n      }\n      lot {\n        id\n        name\n        integration\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerOperator {\n    viewer {\n      id\n      role\n      operator {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ViewerOperator {\n    viewer {\n      id\n      role\n      operator {\n        id\n        name\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;