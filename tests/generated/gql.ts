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
    "\n  mutation RecordGuidance($caseId: ID!, $step: GuideStepKey!, $detail: String!, $expectedVersion: Int) {\n    recordGuidance(caseId: $caseId, step: $step, detail: $detail, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n": typeof types.RecordGuidanceDocument,
    "\n  fragment CaseListRow on Case {\n    id\n    code\n    createdAt\n    kind\n    status\n    customer {\n      id\n      name\n      phoneMasked\n    }\n    pass {\n      id\n      plate\n    }\n    lot {\n      id\n      name\n    }\n  }\n": typeof types.CaseListRowFragmentDoc,
    "\n  fragment CaseListPage on CaseConnection {\n    totalCount\n    pageInfo {\n      ...PagerInfo\n    }\n    edges {\n      node {\n        ...CaseListRow\n      }\n    }\n  }\n": typeof types.CaseListPageFragmentDoc,
    "\n  query AgentCases($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      ...CaseListPage\n    }\n  }\n": typeof types.AgentCasesDocument,
    "\n  mutation AddCaseNote($caseId: ID!, $text: String!, $expectedVersion: Int) {\n    addCaseNote(caseId: $caseId, text: $text, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n": typeof types.AddCaseNoteDocument,
    "\n  fragment CancellationState on PaymentCancellation {\n    id\n    status\n    dueAt\n    overdue\n    resolvedAt\n    rejectReason\n  }\n": typeof types.CancellationStateFragmentDoc,
    "\n  query AgentCase($id: ID!) {\n    viewer {\n      id\n      name\n    }\n    case(id: $id) {\n      id\n      code\n      status\n      kind\n      consultationType\n      incidentAt\n      incidentMonth\n      identityVerified\n      version\n      createdAt\n      updatedAt\n      note\n      outcome\n      resolvedAt\n      smsPreview\n      lastActor {\n        id\n        name\n      }\n      agent {\n        id\n        name\n      }\n      duplicateOf {\n        id\n        code\n      }\n      customer {\n        id\n        name\n        phoneMasked\n      }\n      pass {\n        id\n        plate\n        startsOn\n        endsOn\n        amountPaid\n        availableDays\n        registered\n        refundableAmount\n      }\n      lot {\n        id\n        name\n        integration\n        hasExitCallButton\n        phone\n      }\n      couponEligibility {\n        eligible\n        omissionsThisMonth\n        amount\n        reason\n      }\n      policyTerms {\n        effectiveFrom\n        couponAmount\n        repeatThreshold\n        couponsPerMonth\n      }\n      firstResponseAt\n      identityUnconfirmedAt\n      exitRequests {\n        id\n        status\n        requestedAt\n        acknowledgedAt\n        reason\n        overdue\n        escalatedAt\n      }\n      registrationRequests {\n        id\n        status\n        requestedAt\n        acknowledgedAt\n        resolvedAt\n        rejectReason\n        overdue\n        escalatedAt\n      }\n      onsitePayments {\n        id\n        amount\n        paidAt\n        hasReceipt\n        cancellationRequested\n        receiptUrl\n        cancellation {\n          ...CancellationState\n        }\n      }\n      coupons {\n        id\n        amount\n        month\n        issuedAt\n        issuedUnderKind\n        underEarlierKind\n      }\n      refunds {\n        id\n        basis\n        usedDays\n        amount\n        status\n      }\n      timeline {\n        at\n        type\n        detail\n        reason {\n          code\n          params\n        }\n        scriptStep\n        actor {\n          id\n          name\n        }\n      }\n      messages {\n        id\n        toMasked\n        body\n        status\n        createdAt\n      }\n    }\n  }\n": typeof types.AgentCaseDocument,
    "\n  query GuideScript {\n    guideScript {\n      key\n      number\n      title\n      branches {\n        key\n        label\n        lines\n      }\n    }\n  }\n": typeof types.GuideScriptDocument,
    "\n  mutation IssueCompensationCoupon($caseId: ID!, $expectedVersion: Int) {\n    issueCompensationCoupon(caseId: $caseId, expectedVersion: $expectedVersion) {\n      id\n      amount\n    }\n  }\n": typeof types.IssueCompensationCouponDocument,
    "\n  mutation RequestExit($caseId: ID!, $expectedVersion: Int, $reason: String) {\n    requestExit(caseId: $caseId, expectedVersion: $expectedVersion, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.RequestExitDocument,
    "\n  mutation RecordFirstResponse($caseId: ID!, $text: String!, $expectedVersion: Int) {\n    recordFirstResponse(caseId: $caseId, text: $text, expectedVersion: $expectedVersion) {\n      id\n      version\n      firstResponseAt\n    }\n  }\n": typeof types.RecordFirstResponseDocument,
    "\n  mutation RecordIdentityUnconfirmed($caseId: ID!, $expectedVersion: Int) {\n    recordIdentityUnconfirmed(caseId: $caseId, expectedVersion: $expectedVersion) {\n      id\n      version\n      status\n      identityUnconfirmedAt\n    }\n  }\n": typeof types.RecordIdentityUnconfirmedDocument,
    "\n  mutation RecordOnsitePayment($caseId: ID!, $amount: Int!, $paidAt: DateTime!, $expectedVersion: Int) {\n    recordOnsitePayment(caseId: $caseId, amount: $amount, paidAt: $paidAt, expectedVersion: $expectedVersion) {\n      id\n    }\n  }\n": typeof types.RecordOnsitePaymentDocument,
    "\n  mutation RequestPaymentCancellation($onsitePaymentId: ID!, $expectedVersion: Int) {\n    requestPaymentCancellation(onsitePaymentId: $onsitePaymentId, expectedVersion: $expectedVersion) {\n      id\n      cancellationRequested\n      cancellation {\n        ...CancellationState\n      }\n    }\n  }\n": typeof types.RequestPaymentCancellationDocument,
    "\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n      code\n    }\n  }\n": typeof types.OpenCaseDocument,
    "\n  fragment OutcomeTemplateText on OutcomeTemplate {\n    id\n    key\n    kind\n    firstResponse\n    labelKo\n    labelEn\n    bodyKo\n    bodyEn\n  }\n": typeof types.OutcomeTemplateTextFragmentDoc,
    "\n  query OutcomeTemplates {\n    outcomeTemplates {\n      ...OutcomeTemplateText\n    }\n  }\n": typeof types.OutcomeTemplatesDocument,
    "\n  mutation ReclassifyCase($caseId: ID!, $kind: VocKind!, $reason: String!, $expectedVersion: Int) {\n    reclassifyCase(caseId: $caseId, kind: $kind, reason: $reason, expectedVersion: $expectedVersion) {\n      id\n      kind\n      version\n    }\n  }\n": typeof types.ReclassifyCaseDocument,
    "\n  query RefundQuote($passId: ID!, $usedDays: Int!) {\n    refundQuote(passId: $passId, usedDays: $usedDays) {\n      paid\n      availableDays\n      usedDays\n      usedAmount\n      refund\n    }\n  }\n": typeof types.RefundQuoteDocument,
    "\n  mutation ProposeRefund($caseId: ID!, $basis: RefundBasis!, $usedDays: Int, $amount: Int, $expectedVersion: Int, $reason: String) {\n    proposeRefund(\n      caseId: $caseId\n      basis: $basis\n      usedDays: $usedDays\n      amount: $amount\n      expectedVersion: $expectedVersion\n      reason: $reason\n    ) {\n      id\n      status\n    }\n  }\n": typeof types.ProposeRefundDocument,
    "\n  mutation RequestRegistration($caseId: ID!, $expectedVersion: Int) {\n    requestRegistration(caseId: $caseId, expectedVersion: $expectedVersion) {\n      id\n      status\n    }\n  }\n": typeof types.RequestRegistrationDocument,
    "\n  mutation ResolveCase($caseId: ID!, $outcome: String!, $expectedVersion: Int) {\n    resolveCase(caseId: $caseId, outcome: $outcome, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ResolveCaseDocument,
    "\n  mutation VerifyIdentity($caseId: ID!, $expectedVersion: Int) {\n    verifyIdentity(caseId: $caseId, expectedVersion: $expectedVersion) {\n      id\n      version\n      identityVerified\n    }\n  }\n": typeof types.VerifyIdentityDocument,
    "\n  query CaseActivity($id: ID!) {\n    caseActivity(id: $id) {\n      caseId\n      changedAt\n      serverTime\n    }\n  }\n": typeof types.CaseActivityDocument,
    "\n  query CustomerHistory($customerId: ID!, $lotId: ID!, $excludeCaseId: ID) {\n    customerHistory(customerId: $customerId) {\n      customerId\n      month\n      countedOmissionsThisMonth\n      totalCases\n      cases {\n        ...HistoryCaseFields\n      }\n      coupons {\n        caseId\n        caseCode\n        month\n        amount\n        issuedAt\n      }\n      refunds {\n        caseId\n        caseCode\n        status\n        amount\n        proposedAt\n      }\n      openRequests {\n        kind\n        caseId\n        caseCode\n        status\n        requestedAt\n      }\n      sameIncident(lotId: $lotId, excludeCaseId: $excludeCaseId) {\n        ...HistoryCaseFields\n      }\n    }\n  }\n\n  fragment HistoryCaseFields on CustomerHistoryCase {\n    id\n    code\n    incidentAt\n    incidentMonth\n    kind\n    status\n    lotId\n    lotName\n    createdAt\n    identityVerified\n    omissionCount\n    duplicateOfId\n    duplicateOfCode\n  }\n": typeof types.CustomerHistoryDocument,
    "\n  mutation LinkDuplicate($caseId: ID!, $ofCaseId: ID!, $expectedVersion: Int) {\n    linkDuplicate(caseId: $caseId, ofCaseId: $ofCaseId, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n": typeof types.LinkDuplicateDocument,
    "\n  mutation UnlinkDuplicate($caseId: ID!, $reason: String!, $expectedVersion: Int) {\n    unlinkDuplicate(caseId: $caseId, reason: $reason, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n": typeof types.UnlinkDuplicateDocument,
    "\n  mutation RecordRepeatContact($caseId: ID!) {\n    recordRepeatContact(caseId: $caseId) {\n      id\n      version\n    }\n  }\n": typeof types.RecordRepeatContactDocument,
    "\n  fragment PaletteCase on Case {\n    id\n    code\n    status\n    incidentAt\n    customer {\n      id\n      name\n    }\n    pass {\n      id\n      plate\n    }\n    lot {\n      id\n      name\n    }\n  }\n": typeof types.PaletteCaseFragmentDoc,
    "\n  query PaletteCases(\n    $code: String\n    $plate: String\n    $phoneLast4: String\n    $byCode: Boolean!\n    $byPlate: Boolean!\n    $byPhone: Boolean!\n    $first: Int!\n  ) {\n    byCode: cases(filter: { code: $code }, first: $first) @include(if: $byCode) {\n      edges {\n        node {\n          ...PaletteCase\n        }\n      }\n    }\n    byPlate: cases(filter: { plate: $plate }, first: $first) @include(if: $byPlate) {\n      edges {\n        node {\n          ...PaletteCase\n        }\n      }\n    }\n    byPhone: cases(filter: { phoneLast4: $phoneLast4 }, first: $first) @include(if: $byPhone) {\n      edges {\n        node {\n          ...PaletteCase\n        }\n      }\n    }\n  }\n": typeof types.PaletteCasesDocument,
    "\n  query AccessLog($filter: AccessLogFilter, $first: Int, $after: String) {\n    accessLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PagerInfo\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          subjectType\n          subjectId\n          subjectLabel\n          clientAddress\n          detail\n          actor {\n            id\n            name\n            email\n            role\n          }\n        }\n      }\n    }\n  }\n": typeof types.AccessLogDocument,
    "\n  query AccessLogAccounts {\n    users {\n      id\n      name\n      email\n      role\n    }\n  }\n": typeof types.AccessLogAccountsDocument,
    "\n  fragment BulkJobProgress on BulkCaseJob {\n    id\n    action\n    total\n    done\n    status\n  }\n": typeof types.BulkJobProgressFragmentDoc,
    "\n  query BulkAgents {\n    users {\n      id\n      name\n      email\n      role\n      active\n    }\n  }\n": typeof types.BulkAgentsDocument,
    "\n  mutation StartBulkCaseJob($filter: CaseFilter!, $expectedCount: Int!, $reassignTo: ID, $note: String) {\n    startBulkCaseJob(filter: $filter, expectedCount: $expectedCount, reassignTo: $reassignTo, note: $note) {\n      ...BulkJobProgress\n    }\n  }\n": typeof types.StartBulkCaseJobDocument,
    "\n  mutation RunBulkCaseJobBatch($id: ID!) {\n    runBulkCaseJobBatch(id: $id) {\n      ...BulkJobProgress\n    }\n  }\n": typeof types.RunBulkCaseJobBatchDocument,
    "\n  query PaymentCancellations($statuses: [CancellationStatus!]) {\n    paymentCancellations(statuses: $statuses) {\n      id\n      status\n      requestedAt\n      dueAt\n      overdue\n      escalatedAt\n      startedAt\n      resolvedAt\n      rejectReason\n      owner {\n        id\n        name\n      }\n      case {\n        id\n        code\n        lot {\n          id\n          name\n        }\n      }\n      payment {\n        id\n        amount\n        paidAt\n        receiptUrl\n      }\n    }\n  }\n": typeof types.PaymentCancellationsDocument,
    "\n  query PaymentCancellationFigures {\n    paymentCancellationFigures {\n      open\n      overdue\n      completedThisMonth\n      rejectedThisMonth\n      month\n    }\n  }\n": typeof types.PaymentCancellationFiguresDocument,
    "\n  mutation TakePaymentCancellation($id: ID!) {\n    takePaymentCancellation(id: $id) {\n      id\n      status\n      startedAt\n      owner {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TakePaymentCancellationDocument,
    "\n  mutation CompletePaymentCancellation($id: ID!) {\n    completePaymentCancellation(id: $id) {\n      id\n      status\n      resolvedAt\n    }\n  }\n": typeof types.CompletePaymentCancellationDocument,
    "\n  mutation RejectPaymentCancellation($id: ID!, $reason: String!) {\n    rejectPaymentCancellation(id: $id, reason: $reason) {\n      id\n      status\n      resolvedAt\n      rejectReason\n    }\n  }\n": typeof types.RejectPaymentCancellationDocument,
    "\n  query ManagerCases($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      ...CaseListPage\n      edges {\n        node {\n          agent {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ManagerCasesDocument,
    "\n  query ManagerLots {\n    lots {\n      ...LotOverview\n      operator {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ManagerLotsDocument,
    "\n  query ManagerNotices {\n    managerNotices(first: 10) {\n      id\n      message\n      reason {\n        code\n        params\n      }\n      createdAt\n      case {\n        id\n        code\n      }\n    }\n  }\n": typeof types.ManagerNoticesDocument,
    "\n  fragment ReportLot on ParkingLot {\n    id\n    name\n    operator {\n      id\n      name\n    }\n  }\n": typeof types.ReportLotFragmentDoc,
    "\n  fragment LotOmissionRowFields on RepeatOmissionRow {\n    lot {\n      ...ReportLot\n    }\n    omissions\n    customersWithRepeats\n    couponsIssued\n    couponAmount\n  }\n": typeof types.LotOmissionRowFieldsFragmentDoc,
    "\n  query ManagerReport($month: Month!, $previous: Month!, $topLots: Int!) {\n    repeatOmissionReport(month: $month, first: $topLots) {\n      month\n      totalOmissions\n      totalCount\n      rows {\n        ...LotOmissionRowFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    repeatCustomers(month: $month) {\n      customer {\n        id\n        name\n        phoneMasked\n      }\n      omissions\n      couponIssued\n      lots {\n        id\n        name\n      }\n    }\n    previousRepeatCustomers: repeatCustomers(month: $previous) {\n      customer {\n        id\n      }\n    }\n    monthlyTrend(endMonth: $month, months: 12) {\n      month\n      omissions\n      couponsIssued\n      couponAmount\n      refundsCount\n      refundAmount\n    }\n    operatorOmissionReport(month: $month) {\n      operator {\n        id\n        name\n      }\n      omissions\n      customersWithRepeats\n      couponsIssued\n      couponAmount\n      refundsCount\n      refundAmount\n    }\n    responseTimes(month: $month) {\n      byOperator {\n        operator {\n          id\n        }\n        times {\n          exitAckMedianSeconds\n          exitWithinTargetShare\n          overdueCount\n        }\n      }\n    }\n    worseningLots(month: $month) {\n      lot {\n        ...ReportLot\n      }\n      previous\n      current\n      change\n    }\n    omissionHeatmap(endMonth: $month, months: 6, lots: 15) {\n      months\n      rows {\n        lot {\n          ...ReportLot\n        }\n        counts\n        total\n      }\n    }\n  }\n": typeof types.ManagerReportDocument,
    "\n  query ManagerReportMoreLots($month: Month!, $after: String!) {\n    repeatOmissionReport(month: $month, after: $after) {\n      rows {\n        ...LotOmissionRowFields\n      }\n    }\n  }\n": typeof types.ManagerReportMoreLotsDocument,
    "\n  query ManagerOutcomeTemplates {\n    outcomeTemplates(includeInactive: true) {\n      ...OutcomeTemplateText\n      sortOrder\n      active\n      updatedAt\n    }\n  }\n": typeof types.ManagerOutcomeTemplatesDocument,
    "\n  mutation AddOutcomeTemplate($input: OutcomeTemplateInput!) {\n    addOutcomeTemplate(input: $input) {\n      id\n    }\n  }\n": typeof types.AddOutcomeTemplateDocument,
    "\n  mutation UpdateOutcomeTemplate($id: ID!, $input: OutcomeTemplateInput!) {\n    updateOutcomeTemplate(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateOutcomeTemplateDocument,
    "\n  mutation SetOutcomeTemplateActive($id: ID!, $active: Boolean!) {\n    setOutcomeTemplateActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n": typeof types.SetOutcomeTemplateActiveDocument,
    "\n  fragment PolicyVersionFields on PolicyVersion {\n    id\n    effectiveFrom\n    couponAmount\n    repeatThreshold\n    couponsPerMonth\n    note\n    createdAt\n  }\n": typeof types.PolicyVersionFieldsFragmentDoc,
    "\n  query PolicyVersions {\n    policyVersions {\n      ...PolicyVersionFields\n    }\n  }\n": typeof types.PolicyVersionsDocument,
    "\n  mutation AddPolicyVersion($input: PolicyVersionInput!) {\n    addPolicyVersion(input: $input) {\n      ...PolicyVersionFields\n    }\n  }\n": typeof types.AddPolicyVersionDocument,
    "\n  query RefundApprovals {\n    refundApprovals {\n      id\n      basis\n      usedDays\n      availableDays\n      paid\n      amount\n      status\n      proposedAt\n      proposalReason\n      proposedBy {\n        id\n        name\n      }\n      case {\n        id\n        code\n        lot {\n          id\n          name\n        }\n        customer {\n          id\n          name\n          phoneMasked\n        }\n      }\n      pass {\n        id\n        plate\n      }\n    }\n  }\n": typeof types.RefundApprovalsDocument,
    "\n  mutation DecideRefund($id: ID!, $approve: Boolean!, $reason: String) {\n    decideRefund(id: $id, approve: $approve, reason: $reason) {\n      id\n      status\n      decidedAt\n      decisionReason\n    }\n  }\n": typeof types.DecideRefundDocument,
    "\n  fragment ResponseTargetFields on OperatorResponseTargets {\n    operator {\n      id\n      name\n    }\n    exitAckMinutes\n    registrationConfirmMinutes\n    isDefault\n  }\n": typeof types.ResponseTargetFieldsFragmentDoc,
    "\n  query ResponseTargets {\n    responseTargets {\n      ...ResponseTargetFields\n    }\n  }\n": typeof types.ResponseTargetsDocument,
    "\n  mutation SetResponseTargets($operatorId: ID!, $exitAckMinutes: Int!, $registrationConfirmMinutes: Int!) {\n    setResponseTargets(operatorId: $operatorId, exitAckMinutes: $exitAckMinutes, registrationConfirmMinutes: $registrationConfirmMinutes) {\n      ...ResponseTargetFields\n    }\n  }\n": typeof types.SetResponseTargetsDocument,
    "\n  query UnverifiedContacts($month: Month!) {\n    unverifiedContacts(month: $month) {\n      month\n      total\n      rows {\n        count\n        lot {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.UnverifiedContactsDocument,
    "\n  fragment StaffUserFields on User {\n    id\n    name\n    email\n    role\n    active\n    operator {\n      id\n      name\n    }\n  }\n": typeof types.StaffUserFieldsFragmentDoc,
    "\n  query StaffUsers {\n    viewer {\n      id\n    }\n    users {\n      ...StaffUserFields\n    }\n  }\n": typeof types.StaffUsersDocument,
    "\n  query OperatorChoices {\n    operators {\n      id\n      name\n    }\n  }\n": typeof types.OperatorChoicesDocument,
    "\n  mutation CreateStaffUser($input: UserInput!) {\n    createUser(input: $input) {\n      ...StaffUserFields\n    }\n  }\n": typeof types.CreateStaffUserDocument,
    "\n  mutation SetUserActive($id: ID!, $active: Boolean!) {\n    setUserActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n": typeof types.SetUserActiveDocument,
    "\n  fragment LotOverview on ParkingLot {\n    id\n    name\n    address\n    integration\n    hasExitCallButton\n  }\n": typeof types.LotOverviewFragmentDoc,
    "\n  query OperatorLots {\n    lots {\n      ...LotOverview\n    }\n  }\n": typeof types.OperatorLotsDocument,
    "\n  query OperatorRequestQueues {\n    serverTime\n    exitRequestQueue {\n      id\n      status\n      plate\n      requestedAt\n      dueAt\n      overdue\n      escalatedAt\n      lot {\n        id\n        name\n      }\n      customer {\n        id\n        name\n        phoneMasked\n      }\n    }\n    registrationQueue {\n      id\n      status\n      plate\n      requestedAt\n      acknowledgedAt\n      dueAt\n      overdue\n      escalatedAt\n      lot {\n        id\n        name\n      }\n      customer {\n        id\n        name\n        phoneMasked\n      }\n    }\n  }\n": typeof types.OperatorRequestQueuesDocument,
    "\n  mutation AcknowledgeExit($id: ID!) {\n    acknowledgeExit(id: $id) {\n      id\n      status\n      acknowledgedAt\n    }\n  }\n": typeof types.AcknowledgeExitDocument,
    "\n  mutation AcknowledgeRegistration($id: ID!) {\n    acknowledgeRegistration(id: $id) {\n      id\n      status\n      acknowledgedAt\n    }\n  }\n": typeof types.AcknowledgeRegistrationDocument,
    "\n  mutation UndoAcknowledgeExit($id: ID!) {\n    undoAcknowledgeExit(id: $id) {\n      id\n      status\n      acknowledgedAt\n    }\n  }\n": typeof types.UndoAcknowledgeExitDocument,
    "\n  mutation UndoAcknowledgeRegistration($id: ID!) {\n    undoAcknowledgeRegistration(id: $id) {\n      id\n      status\n      acknowledgedAt\n    }\n  }\n": typeof types.UndoAcknowledgeRegistrationDocument,
    "\n  mutation ConfirmRegistration($id: ID!) {\n    confirmRegistration(id: $id) {\n      id\n      status\n      resolvedAt\n    }\n  }\n": typeof types.ConfirmRegistrationDocument,
    "\n  mutation RejectRegistration($id: ID!, $reason: String!) {\n    rejectRegistration(id: $id, reason: $reason) {\n      id\n      status\n      resolvedAt\n      rejectReason\n    }\n  }\n": typeof types.RejectRegistrationDocument,
    "\n  query SearchPasses($plate: String, $phoneLast4: String) {\n    searchPasses(plate: $plate, phoneLast4: $phoneLast4) {\n      id\n      plate\n      startsOn\n      endsOn\n      amountPaid\n      registered\n      customer {\n        id\n        name\n        phoneMasked\n      }\n      lot {\n        id\n        name\n        integration\n      }\n    }\n  }\n": typeof types.SearchPassesDocument,
    "\n  mutation SetMyLocale($locale: Locale!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": typeof types.SetMyLocaleDocument,
    "\n  query ViewerOperator {\n    viewer {\n      id\n      role\n      operator {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ViewerOperatorDocument,
    "\n  fragment PagerInfo on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": typeof types.PagerInfoFragmentDoc,
    "\n  fragment TestBulkJobFields on BulkCaseJob {\n    id\n    action\n    total\n    done\n    status\n    createdAt\n  }\n": typeof types.TestBulkJobFieldsFragmentDoc,
    "\n  mutation TestStartBulkJob($filter: CaseFilter!, $expected: Int!, $reassignTo: ID, $note: String) {\n    startBulkCaseJob(filter: $filter, expectedCount: $expected, reassignTo: $reassignTo, note: $note) {\n      ...TestBulkJobFields\n    }\n  }\n": typeof types.TestStartBulkJobDocument,
    "\n  mutation TestRunBulkJobBatch($id: ID!) {\n    runBulkCaseJobBatch(id: $id) {\n      ...TestBulkJobFields\n    }\n  }\n": typeof types.TestRunBulkJobBatchDocument,
    "\n  query TestBulkJob($id: ID!) {\n    bulkCaseJob(id: $id) {\n      ...TestBulkJobFields\n    }\n  }\n": typeof types.TestBulkJobDocument,
    "\n  mutation TestOpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n      code\n      version\n      status\n      incidentMonth\n      identityVerified\n      consultationType\n    }\n  }\n": typeof types.TestOpenCaseDocument,
    "\n  mutation TestVerifyIdentity($id: ID!) {\n    verifyIdentity(caseId: $id) {\n      id\n      version\n    }\n  }\n": typeof types.TestVerifyIdentityDocument,
    "\n  mutation TestRecordPayment($id: ID!, $amount: Int!, $paidAt: DateTime!) {\n    recordOnsitePayment(caseId: $id, amount: $amount, paidAt: $paidAt) {\n      id\n    }\n  }\n": typeof types.TestRecordPaymentDocument,
    "\n  query RefusalProbeCaseView($id: ID!) {\n    case(id: $id) {\n      version\n      status\n      identityVerified\n      duplicateOf {\n        id\n      }\n      timeline {\n        type\n      }\n      onsitePayments {\n        id\n        cancellationRequested\n      }\n    }\n  }\n": typeof types.RefusalProbeCaseViewDocument,
    "\n  mutation TestRequestExit($id: ID!) {\n    requestExit(caseId: $id) {\n      id\n    }\n  }\n": typeof types.TestRequestExitDocument,
    "\n  mutation TestRequestRegistration($id: ID!) {\n    requestRegistration(caseId: $id) {\n      id\n    }\n  }\n": typeof types.TestRequestRegistrationDocument,
    "\n  mutation SampleProposeRefund($id: ID!) {\n    proposeRefund(caseId: $id, basis: CONSUMER_AGENCY, usedDays: 7) {\n      id\n    }\n  }\n": typeof types.SampleProposeRefundDocument,
    "\n  mutation SampleRequestCancellation($id: ID!) {\n    requestPaymentCancellation(onsitePaymentId: $id) {\n      cancellation {\n        id\n      }\n    }\n  }\n": typeof types.SampleRequestCancellationDocument,
    "\n  query SampleCountCases($f: CaseFilter) {\n    cases(filter: $f, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.SampleCountCasesDocument,
    "\n  mutation SampleStartBulkJob($f: CaseFilter!, $n: Int!) {\n    startBulkCaseJob(filter: $f, expectedCount: $n, note: \"매트릭스 메모\") {\n      id\n    }\n  }\n": typeof types.SampleStartBulkJobDocument,
    "\n  mutation SampleAcknowledgeExit($id: ID!) {\n    acknowledgeExit(id: $id) {\n      id\n    }\n  }\n": typeof types.SampleAcknowledgeExitDocument,
    "\n  mutation SampleAcknowledgeRegistration($id: ID!) {\n    acknowledgeRegistration(id: $id) {\n      id\n    }\n  }\n": typeof types.SampleAcknowledgeRegistrationDocument,
    "\n  mutation SampleLinkDuplicate($id: ID!, $of: ID!) {\n    linkDuplicate(caseId: $id, ofCaseId: $of) {\n      id\n    }\n  }\n": typeof types.SampleLinkDuplicateDocument,
    "\n  query AccessLogSearch($filter: AccessLogFilter, $first: Int, $after: String) {\n    accessLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          action\n          subjectType\n          subjectId\n          subjectLabel\n          clientAddress\n          detail\n          actor {\n            id\n            role\n          }\n        }\n      }\n    }\n  }\n": typeof types.AccessLogSearchDocument,
    "\n        query AccessLogSearchReadCase($id: ID!) {\n          case(id: $id) {\n            id\n          }\n        }\n      ": typeof types.AccessLogSearchReadCaseDocument,
    "\n  query AccessLogCase($id: ID!) {\n    case(id: $id) {\n      id\n      code\n      customer {\n        name\n        phoneMasked\n      }\n      pass {\n        plate\n      }\n    }\n  }\n": typeof types.AccessLogCaseDocument,
    "\n  query AccessLogSearchPasses($plate: String, $last4: String) {\n    searchPasses(plate: $plate, phoneLast4: $last4) {\n      id\n      plate\n      customer {\n        name\n      }\n    }\n  }\n": typeof types.AccessLogSearchPassesDocument,
    "\n  query AccessLogCaseList($filter: CaseFilter) {\n    cases(filter: $filter, first: 1) {\n      totalCount\n      edges {\n        node {\n          id\n          customer {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.AccessLogCaseListDocument,
    "\n  mutation RefundsDecide($id: ID!, $approve: Boolean!, $reason: String) {\n    decideRefund(id: $id, approve: $approve, reason: $reason) {\n      id\n      status\n      amount\n      paid\n      availableDays\n      decidedAt\n      decisionReason\n      decidedBy {\n        id\n      }\n      proposedBy {\n        id\n      }\n    }\n  }\n": typeof types.RefundsDecideDocument,
    "\n  query RefundsCaseView($id: ID!) {\n    case(id: $id) {\n      version\n      timeline {\n        type\n        actor {\n          id\n        }\n        detail\n      }\n    }\n  }\n": typeof types.RefundsCaseViewDocument,
    "\n  query RefundsQueue {\n    refundApprovals {\n      id\n      status\n      basis\n      amount\n      paid\n      availableDays\n      usedDays\n      proposedAt\n      proposedBy {\n        id\n      }\n      decidedAt\n      decidedBy {\n        id\n      }\n      decisionReason\n      case {\n        id\n      }\n      pass {\n        id\n      }\n    }\n  }\n": typeof types.RefundsQueueDocument,
    "\n  mutation RefundsProposeConsumerAgency($id: ID!) {\n    proposeRefund(caseId: $id, basis: CONSUMER_AGENCY, usedDays: 7) {\n      id\n    }\n  }\n": typeof types.RefundsProposeConsumerAgencyDocument,
    "\n  mutation RefundsProposeCompanyPolicy($id: ID!) {\n    proposeRefund(caseId: $id, basis: COMPANY_POLICY, amount: 50000) {\n      id\n    }\n  }\n": typeof types.RefundsProposeCompanyPolicyDocument,
    "\n    mutation RefundsProposeWithReason($id: ID!, $reason: String) {\n      proposeRefund(caseId: $id, basis: COMPANY_POLICY, amount: 50000, reason: $reason) {\n        id\n        proposalReason\n      }\n    }\n  ": typeof types.RefundsProposeWithReasonDocument,
    "\n    query RefundsReasons($id: ID!) {\n      case(id: $id) {\n        refunds {\n          id\n          proposalReason\n          decisionReason\n        }\n        timeline {\n          type\n          detail\n        }\n      }\n    }\n  ": typeof types.RefundsReasonsDocument,
    "\n    query RefundsQueueContext {\n      refundApprovals {\n        id\n        proposalReason\n        usedDays\n        availableDays\n        case {\n          id\n          code\n          lot {\n            name\n          }\n          customer {\n            name\n            phoneMasked\n          }\n        }\n        proposedBy {\n          id\n        }\n      }\n    }\n  ": typeof types.RefundsQueueContextDocument,
    "\n  mutation AdminAddPolicy($input: PolicyVersionInput!) {\n    addPolicyVersion(input: $input) {\n      id\n      effectiveFrom\n      couponAmount\n      repeatThreshold\n      couponsPerMonth\n      note\n      createdBy {\n        id\n      }\n    }\n  }\n": typeof types.AdminAddPolicyDocument,
    "\n  mutation AdminSetActive($id: ID!, $active: Boolean!) {\n    setUserActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n": typeof types.AdminSetActiveDocument,
    "\n  mutation AdminSetTargets($operatorId: ID!, $exit: Int!, $registration: Int!) {\n    setResponseTargets(operatorId: $operatorId, exitAckMinutes: $exit, registrationConfirmMinutes: $registration) {\n      operator {\n        id\n      }\n      exitAckMinutes\n      registrationConfirmMinutes\n      isDefault\n    }\n  }\n": typeof types.AdminSetTargetsDocument,
    "\n  query AdminTargets {\n    responseTargets {\n      operator {\n        id\n        name\n      }\n      exitAckMinutes\n      registrationConfirmMinutes\n      isDefault\n    }\n  }\n": typeof types.AdminTargetsDocument,
    "\n  query AdminCouponAmount($id: ID!) {\n    case(id: $id) {\n      couponEligibility {\n        amount\n      }\n    }\n  }\n": typeof types.AdminCouponAmountDocument,
    "\n  query AdminPolicyVersions {\n    policyVersions {\n      id\n      effectiveFrom\n      couponAmount\n    }\n  }\n": typeof types.AdminPolicyVersionsDocument,
    "\n  query AdminUsers {\n    users {\n      id\n      role\n      active\n      operator {\n        id\n      }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  mutation BulkJobDeactivateUser($id: ID!) {\n    setUserActive(id: $id, active: false) {\n      id\n    }\n  }\n": typeof types.BulkJobDeactivateUserDocument,
    "\n  query BulkJobCountCases($f: CaseFilter) {\n    cases(filter: $f, first: 50) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.BulkJobCountCasesDocument,
    "\n  query BulkJobCaseTimeline($id: ID!) {\n    case(id: $id) {\n      timeline {\n        type\n        detail\n      }\n    }\n  }\n": typeof types.BulkJobCaseTimelineDocument,
    "\n  query CodeSearchCases($filter: CaseFilter) {\n    cases(filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          pass {\n            plate\n          }\n        }\n      }\n    }\n  }\n": typeof types.CodeSearchCasesDocument,
    "\n  query CaseFlowCase($id: ID!) {\n    case(id: $id) {\n      code\n      status\n      version\n      incidentMonth\n      consultationType\n      identityVerified\n      lot {\n        name\n        phone\n        hasExitCallButton\n      }\n      couponEligibility {\n        eligible\n        omissionsThisMonth\n        amount\n        reason\n      }\n      exitRequests {\n        status\n      }\n      registrationRequests {\n        status\n        plate\n      }\n      onsitePayments {\n        amount\n        hasReceipt\n        cancellationRequested\n      }\n      coupons {\n        amount\n        month\n      }\n      refunds {\n        basis\n        amount\n        status\n        usedDays\n      }\n      timeline {\n        type\n        scriptStep\n        actor {\n          id\n        }\n      }\n      messages {\n        toMasked\n        body\n        status\n      }\n      smsPreview\n    }\n  }\n": typeof types.CaseFlowCaseDocument,
    "\n      mutation CaseFlowProposeRefund($id: ID!) {\n        proposeRefund(caseId: $id, basis: CONSUMER_AGENCY, usedDays: 10) {\n          id\n          amount\n        }\n      }\n    ": typeof types.CaseFlowProposeRefundDocument,
    "\n  mutation DuplicatesLink($id: ID!, $of: ID!) {\n    linkDuplicate(caseId: $id, ofCaseId: $of) {\n      id\n      duplicateOf {\n        id\n      }\n    }\n  }\n": typeof types.DuplicatesLinkDocument,
    "\n  query DuplicatesEligibility($id: ID!) {\n    case(id: $id) {\n      couponEligibility {\n        eligible\n        omissionsThisMonth\n        reason\n      }\n    }\n  }\n": typeof types.DuplicatesEligibilityDocument,
    "\n  mutation DuplicatesCoupon($id: ID!) {\n    issueCompensationCoupon(caseId: $id) {\n      id\n    }\n  }\n": typeof types.DuplicatesCouponDocument,
    "\n  query CouponFactsCase($id: ID!) {\n    case(id: $id) {\n      couponEligibility {\n        eligible\n        omissionsThisMonth\n        reason\n      }\n      coupons {\n        id\n      }\n    }\n  }\n": typeof types.CouponFactsCaseDocument,
    "\n  mutation CouponFactsIssue($id: ID!) {\n    issueCompensationCoupon(caseId: $id) {\n      id\n      amount\n      month\n    }\n  }\n": typeof types.CouponFactsIssueDocument,
    "\n  query CustomerHistoryPanel($id: ID!, $lot: ID!, $exclude: ID) {\n    customerHistory(customerId: $id) {\n      customerId\n      month\n      countedOmissionsThisMonth\n      totalCases\n      cases {\n        id\n        code\n        incidentAt\n        incidentMonth\n        kind\n        status\n        lotId\n        lotName\n        identityVerified\n        omissionCount\n        duplicateOfId\n        duplicateOfCode\n      }\n      coupons {\n        caseId\n        caseCode\n        month\n        amount\n        issuedAt\n      }\n      refunds {\n        caseId\n        caseCode\n        status\n        amount\n      }\n      openRequests {\n        kind\n        caseId\n        caseCode\n        status\n        requestedAt\n      }\n      sameIncident(lotId: $lot, excludeCaseId: $exclude) {\n        id\n        code\n      }\n    }\n  }\n": typeof types.CustomerHistoryPanelDocument,
    "\n  query CustomerHistoryEligibility($id: ID!) {\n    case(id: $id) {\n      couponEligibility {\n        eligible\n        omissionsThisMonth\n      }\n      timeline {\n        type\n        detail\n      }\n      version\n    }\n  }\n": typeof types.CustomerHistoryEligibilityDocument,
    "\n  query CustomerHistoryReport($m: Month!) {\n    repeatOmissionReport(month: $m) {\n      rows {\n        lot {\n          id\n        }\n        omissions\n        customersWithRepeats\n      }\n    }\n  }\n": typeof types.CustomerHistoryReportDocument,
    "\n        mutation CustomerHistoryLinkDuplicate($id: ID!, $of: ID!) {\n          linkDuplicate(caseId: $id, ofCaseId: $of) {\n            id\n          }\n        }\n      ": typeof types.CustomerHistoryLinkDuplicateDocument,
    "\n        mutation CustomerHistoryProposeRefund($id: ID!) {\n          proposeRefund(caseId: $id, basis: CONSUMER_AGENCY, usedDays: 7) {\n            id\n          }\n        }\n      ": typeof types.CustomerHistoryProposeRefundDocument,
    "\n        mutation CustomerHistoryRequestExit($id: ID!) {\n          requestExit(caseId: $id) {\n            id\n          }\n        }\n      ": typeof types.CustomerHistoryRequestExitDocument,
    "\n        mutation CustomerHistoryIssueCompensationCoupon($id: ID!) {\n          issueCompensationCoupon(caseId: $id) {\n            id\n          }\n        }\n      ": typeof types.CustomerHistoryIssueCompensationCouponDocument,
    "\n          mutation CustomerHistoryResolveCase($id: ID!) {\n            resolveCase(caseId: $id, outcome: \"안내 후 종결\") {\n              id\n            }\n          }\n        ": typeof types.CustomerHistoryResolveCaseDocument,
    "\n        mutation CustomerHistoryOpenCase($input: OpenCaseInput!) {\n          openCase(input: $input) {\n            id\n            duplicateOf {\n              id\n            }\n          }\n        }\n      ": typeof types.CustomerHistoryOpenCaseDocument,
    "\n        mutation CustomerHistoryVerifyIdentity($id: ID!) {\n          verifyIdentity(caseId: $id) {\n            id\n          }\n        }\n      ": typeof types.CustomerHistoryVerifyIdentityDocument,
    "\n        mutation CustomerHistoryOpenCaseRefused($input: OpenCaseInput!) {\n          openCase(input: $input) {\n            id\n          }\n        }\n      ": typeof types.CustomerHistoryOpenCaseRefusedDocument,
    "\n        mutation CustomerHistoryRecordRepeatContact($id: ID!, $note: String) {\n          recordRepeatContact(caseId: $id, note: $note) {\n            id\n            version\n          }\n        }\n      ": typeof types.CustomerHistoryRecordRepeatContactDocument,
    "\n        mutation CustomerHistoryRepeatRefused($id: ID!) {\n          recordRepeatContact(caseId: $id) {\n            id\n          }\n        }\n      ": typeof types.CustomerHistoryRepeatRefusedDocument,
    "\n        query CustomerHistoryCase($id: ID!) {\n          case(id: $id) {\n            timeline {\n              type\n              detail\n            }\n          }\n        }\n      ": typeof types.CustomerHistoryCaseDocument,
    "\n  mutation UnlinkLink($id: ID!, $of: ID!) {\n    linkDuplicate(caseId: $id, ofCaseId: $of) {\n      id\n      version\n    }\n  }\n": typeof types.UnlinkLinkDocument,
    "\n  mutation UnlinkUnlink($id: ID!, $reason: String!, $v: Int) {\n    unlinkDuplicate(caseId: $id, reason: $reason, expectedVersion: $v) {\n      id\n      version\n      duplicateOf {\n        id\n      }\n    }\n  }\n": typeof types.UnlinkUnlinkDocument,
    "\n  mutation UnlinkCoupon($id: ID!) {\n    issueCompensationCoupon(caseId: $id) {\n      id\n    }\n  }\n": typeof types.UnlinkCouponDocument,
    "\n  mutation UnlinkResolve($id: ID!) {\n    resolveCase(caseId: $id, outcome: \"재문의 종결\") {\n      id\n    }\n  }\n": typeof types.UnlinkResolveDocument,
    "\n  query UnlinkView($id: ID!) {\n    case(id: $id) {\n      version\n      couponEligibility {\n        eligible\n        omissionsThisMonth\n      }\n      timeline {\n        type\n        detail\n      }\n    }\n  }\n": typeof types.UnlinkViewDocument,
    "\n  mutation ExitWaitRequestExit($id: ID!, $reason: String) {\n    requestExit(caseId: $id, reason: $reason) {\n      id\n      status\n      reason\n    }\n  }\n": typeof types.ExitWaitRequestExitDocument,
    "\n  mutation ExitWaitAckExit($id: ID!) {\n    acknowledgeExit(id: $id) {\n      id\n    }\n  }\n": typeof types.ExitWaitAckExitDocument,
    "\n  mutation ExitWaitRequestRegistration($id: ID!) {\n    requestRegistration(caseId: $id) {\n      id\n    }\n  }\n": typeof types.ExitWaitRequestRegistrationDocument,
    "\n  mutation ExitWaitAckRegistration($id: ID!) {\n    acknowledgeRegistration(id: $id) {\n      id\n    }\n  }\n": typeof types.ExitWaitAckRegistrationDocument,
    "\n  mutation ExitWaitReject($id: ID!, $reason: String!) {\n    rejectRegistration(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.ExitWaitRejectDocument,
    "\n  query ExitWaitActivity($id: ID!) {\n    caseActivity(id: $id) {\n      caseId\n      changedAt\n      serverTime\n    }\n  }\n": typeof types.ExitWaitActivityDocument,
    "\n  query ExitWaitExitReasons($id: ID!) {\n    case(id: $id) {\n      exitRequests {\n        reason\n      }\n    }\n  }\n": typeof types.ExitWaitExitReasonsDocument,
    "\n  query ExitWaitQueue {\n    exitRequestQueue {\n      id\n      reason\n    }\n  }\n": typeof types.ExitWaitQueueDocument,
    "\n  query ExitWaitUpdatedAt($id: ID!) {\n    case(id: $id) {\n      updatedAt\n    }\n  }\n": typeof types.ExitWaitUpdatedAtDocument,
    "\n  query ExitWaitRegistrations($id: ID!) {\n    case(id: $id) {\n      status\n      registrationRequests {\n        status\n        rejectReason\n      }\n    }\n  }\n": typeof types.ExitWaitRegistrationsDocument,
    "\n  query ExportsCaseCount($filter: CaseFilter) {\n    cases(filter: $filter, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.ExportsCaseCountDocument,
    "\n  query ExportsRepeatReport {\n    repeatOmissionReport(month: \"2026-04\") {\n      rows {\n        lot {\n          id\n          name\n        }\n        omissions\n        customersWithRepeats\n        couponsIssued\n        couponAmount\n      }\n    }\n  }\n": typeof types.ExportsRepeatReportDocument,
    "\n  mutation LocaleSettingSet($locale: Locale!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": typeof types.LocaleSettingSetDocument,
    "\n  query LocaleSettingViewer {\n    viewer {\n      id\n      locale\n    }\n  }\n": typeof types.LocaleSettingViewerDocument,
    "\n  mutation MasterDataCreateLot($input: ParkingLotInput!) {\n    createParkingLot(input: $input) {\n      id\n      name\n      integration\n      hasExitCallButton\n      operator {\n        id\n      }\n    }\n  }\n": typeof types.MasterDataCreateLotDocument,
    "\n  mutation MasterDataCreatePass($input: PassInput!) {\n    createPass(input: $input) {\n      id\n      plate\n      startsOn\n      endsOn\n      amountPaid\n      registered\n      lot {\n        id\n      }\n      customer {\n        id\n        phoneMasked\n      }\n    }\n  }\n": typeof types.MasterDataCreatePassDocument,
    "\n  mutation MasterDataCreateUser($input: UserInput!) {\n    createUser(input: $input) {\n      id\n      email\n      role\n      operator {\n        id\n      }\n    }\n  }\n": typeof types.MasterDataCreateUserDocument,
    "\n  mutation FiguresOpen($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n    }\n  }\n": typeof types.FiguresOpenDocument,
    "\n  mutation FiguresVerify($id: ID!) {\n    verifyIdentity(caseId: $id) {\n      id\n    }\n  }\n": typeof types.FiguresVerifyDocument,
    "\n  mutation FiguresReclassify($id: ID!, $kind: VocKind!) {\n    reclassifyCase(caseId: $id, kind: $kind, reason: \"분류 정정\") {\n      id\n    }\n  }\n": typeof types.FiguresReclassifyDocument,
    "\n  mutation FiguresLink($id: ID!, $of: ID!) {\n    linkDuplicate(caseId: $id, ofCaseId: $of) {\n      id\n    }\n  }\n": typeof types.FiguresLinkDocument,
    "\n  mutation FiguresUnlink($id: ID!) {\n    unlinkDuplicate(caseId: $id, reason: \"다른 사고로 확인\") {\n      id\n    }\n  }\n": typeof types.FiguresUnlinkDocument,
    "\n  mutation FiguresCoupon($id: ID!) {\n    issueCompensationCoupon(caseId: $id) {\n      id\n    }\n  }\n": typeof types.FiguresCouponDocument,
    "\n  mutation FiguresProposeRefund($id: ID!, $amount: Int!) {\n    proposeRefund(caseId: $id, basis: COMPANY_POLICY, amount: $amount) {\n      id\n    }\n  }\n": typeof types.FiguresProposeRefundDocument,
    "\n  mutation FiguresDecideRefund($id: ID!, $approve: Boolean!) {\n    decideRefund(id: $id, approve: $approve, reason: \"검토 완료\") {\n      id\n    }\n  }\n": typeof types.FiguresDecideRefundDocument,
    "\n  mutation FiguresResolve($id: ID!) {\n    resolveCase(caseId: $id, outcome: \"정책 안내 후 종결\") {\n      id\n    }\n  }\n": typeof types.FiguresResolveDocument,
    "\n  query OperatorAuthExitQueue($status: RequestStatus) {\n    exitRequestQueue(status: $status) {\n      id\n      plate\n      status\n      customer {\n        name\n        phoneMasked\n      }\n      lot {\n        id\n        name\n      }\n      case {\n        id\n        code\n        customer {\n          name\n          phoneMasked\n        }\n        pass {\n          id\n          plate\n        }\n      }\n    }\n  }\n": typeof types.OperatorAuthExitQueueDocument,
    "\n  query OperatorAuthRegistrationQueue($status: RequestStatus) {\n    registrationQueue(status: $status) {\n      id\n      plate\n      status\n      customer {\n        name\n        phoneMasked\n      }\n      pass {\n        id\n        plate\n        customer {\n          name\n        }\n      }\n      lot {\n        id\n        name\n      }\n      case {\n        id\n        code\n        customer {\n          name\n          phoneMasked\n        }\n      }\n    }\n  }\n": typeof types.OperatorAuthRegistrationQueueDocument,
    "\n        query OperatorAuthDuplicateView($id: ID!) {\n          case(id: $id) {\n            id\n            duplicateOf {\n              id\n              code\n              lot {\n                id\n                name\n              }\n              pass {\n                id\n                plate\n              }\n              exitRequests {\n                id\n              }\n              registrationRequests {\n                id\n                plate\n              }\n              timeline {\n                detail\n              }\n            }\n          }\n        }\n      ": typeof types.OperatorAuthDuplicateViewDocument,
    "\n  mutation FreeTextCreateOperator($n: String!) {\n    createOperator(input: { name: $n }) {\n      id\n    }\n  }\n": typeof types.FreeTextCreateOperatorDocument,
    "\n  query FreeTextCaseIds($f: CaseFilter) {\n    cases(filter: $f, first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.FreeTextCaseIdsDocument,
    "\n  mutation NoFullPhoneRequestExit($id: ID!) {\n    requestExit(caseId: $id) {\n      id\n    }\n  }\n": typeof types.NoFullPhoneRequestExitDocument,
    "\n  mutation NoFullPhoneRequestRegistration($id: ID!) {\n    requestRegistration(caseId: $id) {\n      id\n    }\n  }\n": typeof types.NoFullPhoneRequestRegistrationDocument,
    "\n  mutation NoFullPhoneRequestCancellation($id: ID!) {\n    requestPaymentCancellation(onsitePaymentId: $id) {\n      id\n    }\n  }\n": typeof types.NoFullPhoneRequestCancellationDocument,
    "\n  mutation NoFullPhoneLinkDuplicate($id: ID!, $of: ID!) {\n    linkDuplicate(caseId: $id, ofCaseId: $of) {\n      id\n    }\n  }\n": typeof types.NoFullPhoneLinkDuplicateDocument,
    "\n  mutation NoFullPhoneIssueCoupon($id: ID!) {\n    issueCompensationCoupon(caseId: $id) {\n      id\n    }\n  }\n": typeof types.NoFullPhoneIssueCouponDocument,
    "\n  mutation NoFullPhoneProposeRefund($id: ID!) {\n    proposeRefund(caseId: $id, basis: CONSUMER_AGENCY, usedDays: 7) {\n      id\n    }\n  }\n": typeof types.NoFullPhoneProposeRefundDocument,
    "\n  mutation NoFullPhoneOpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n    }\n  }\n": typeof types.NoFullPhoneOpenCaseDocument,
    "\n  mutation NoFullPhoneVerifyIdentity($id: ID!) {\n    verifyIdentity(caseId: $id) {\n      id\n    }\n  }\n": typeof types.NoFullPhoneVerifyIdentityDocument,
    "\n  mutation NoFullPhoneRecordGuidance($id: ID!, $d: String!) {\n    recordGuidance(caseId: $id, step: EXIT_CHECK, detail: $d) {\n      id\n    }\n  }\n": typeof types.NoFullPhoneRecordGuidanceDocument,
    "\n  query NoFullPhoneMainCaseData($id: ID!) {\n    case(id: $id) {\n      messages {\n        toMasked\n        body\n      }\n      onsitePayments {\n        hasReceipt\n        cancellationRequested\n      }\n      pass {\n        registered\n      }\n    }\n  }\n": typeof types.NoFullPhoneMainCaseDataDocument,
    "\n  query NoFullPhoneSecondCaseData($id: ID!) {\n    case(id: $id) {\n      coupons {\n        id\n      }\n      messages {\n        body\n      }\n    }\n  }\n": typeof types.NoFullPhoneSecondCaseDataDocument,
    "\n  query NoFullPhoneRefundCaseData($id: ID!) {\n    case(id: $id) {\n      refunds {\n        amount\n      }\n    }\n  }\n": typeof types.NoFullPhoneRefundCaseDataDocument,
    "\n  mutation QueueRequestExit($id: ID!) {\n    requestExit(caseId: $id) {\n      id\n      status\n    }\n  }\n": typeof types.QueueRequestExitDocument,
    "\n  mutation QueueRequestRegistration($id: ID!) {\n    requestRegistration(caseId: $id) {\n      id\n      status\n    }\n  }\n": typeof types.QueueRequestRegistrationDocument,
    "\n  query QueueBoth {\n    exitRequestQueue {\n      id\n      plate\n      customer {\n        name\n        phoneMasked\n      }\n    }\n    registrationQueue {\n      id\n      plate\n      status\n    }\n  }\n": typeof types.QueueBothDocument,
    "\n  mutation QueueAcknowledgeExit($id: ID!) {\n    acknowledgeExit(id: $id) {\n      id\n    }\n  }\n": typeof types.QueueAcknowledgeExitDocument,
    "\n  mutation QueueAcknowledgeExitStatus($id: ID!) {\n    acknowledgeExit(id: $id) {\n      status\n      acknowledgedAt\n    }\n  }\n": typeof types.QueueAcknowledgeExitStatusDocument,
    "\n  mutation QueueConfirmRegistration($id: ID!) {\n    confirmRegistration(id: $id) {\n      id\n    }\n  }\n": typeof types.QueueConfirmRegistrationDocument,
    "\n  mutation QueueConfirmRegistrationStatus($id: ID!) {\n    confirmRegistration(id: $id) {\n      status\n    }\n  }\n": typeof types.QueueConfirmRegistrationStatusDocument,
    "\n  mutation QueueAcknowledgeRegistration($id: ID!) {\n    acknowledgeRegistration(id: $id) {\n      id\n    }\n  }\n": typeof types.QueueAcknowledgeRegistrationDocument,
    "\n  mutation QueueRejectBlank($id: ID!) {\n    rejectRegistration(id: $id, reason: \" \") {\n      id\n    }\n  }\n": typeof types.QueueRejectBlankDocument,
    "\n  mutation QueueReject($id: ID!) {\n    rejectRegistration(id: $id, reason: \"차량번호 불일치: 고객 확인 필요\") {\n      status\n      rejectReason\n    }\n  }\n": typeof types.QueueRejectDocument,
    "\n  query QueueConfirmedCase($id: ID!) {\n    case(id: $id) {\n      pass {\n        registered\n      }\n      messages {\n        body\n      }\n      timeline {\n        type\n      }\n    }\n  }\n": typeof types.QueueConfirmedCaseDocument,
    "\n  query QueueRejectedCase($id: ID!) {\n    case(id: $id) {\n      registrationRequests {\n        status\n        rejectReason\n      }\n      timeline {\n        type\n        detail\n      }\n    }\n  }\n": typeof types.QueueRejectedCaseDocument,
    "\n  query QueueEscalatedCase($id: ID!) {\n    case(id: $id) {\n      timeline {\n        type\n      }\n      exitRequests {\n        overdue\n        escalatedAt\n        dueAt\n        requestedAt\n      }\n    }\n  }\n": typeof types.QueueEscalatedCaseDocument,
    "\n  mutation StructuredFactsRequestExit($id: ID!) {\n    requestExit(caseId: $id) {\n      id\n    }\n  }\n": typeof types.StructuredFactsRequestExitDocument,
    "\n  query StructuredFactsEligibility($id: ID!) {\n    case(id: $id) {\n      couponEligibility {\n        omissionsThisMonth\n        reason\n      }\n    }\n  }\n": typeof types.StructuredFactsEligibilityDocument,
    "\n  mutation StructuredFactsLink($id: ID!, $of: ID!) {\n    linkDuplicate(caseId: $id, ofCaseId: $of) {\n      id\n    }\n  }\n": typeof types.StructuredFactsLinkDocument,
    "\n  query StructuredFactsDuplicateView($id: ID!) {\n    case(id: $id) {\n      duplicateOf {\n        code\n      }\n      timeline {\n        type\n        detail\n      }\n    }\n  }\n": typeof types.StructuredFactsDuplicateViewDocument,
    "\n  query StructuredFactsStaffView($id: ID!) {\n    viewer {\n      email\n    }\n    case(id: $id) {\n      agent {\n        email\n        name\n      }\n      timeline {\n        actor {\n          email\n        }\n      }\n    }\n  }\n": typeof types.StructuredFactsStaffViewDocument,
    "\n  query OperatorsList {\n    operators {\n      id\n      name\n    }\n  }\n": typeof types.OperatorsListDocument,
    "\n  query TemplatesList($all: Boolean) {\n    outcomeTemplates(includeInactive: $all) {\n      id\n      key\n      kind\n      firstResponse\n      labelKo\n      labelEn\n      bodyKo\n      active\n    }\n  }\n": typeof types.TemplatesListDocument,
    "\n  mutation TemplatesAdd($input: OutcomeTemplateInput!) {\n    addOutcomeTemplate(input: $input) {\n      id\n      key\n      active\n      kind\n      updatedBy {\n        id\n      }\n    }\n  }\n": typeof types.TemplatesAddDocument,
    "\n  mutation TemplatesUpdate($id: ID!, $input: OutcomeTemplateInput!) {\n    updateOutcomeTemplate(id: $id, input: $input) {\n      id\n      bodyKo\n      labelEn\n    }\n  }\n": typeof types.TemplatesUpdateDocument,
    "\n  mutation TemplatesSetActive($id: ID!, $active: Boolean!) {\n    setOutcomeTemplateActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n": typeof types.TemplatesSetActiveDocument,
    "\n  mutation CancellationsFile($id: ID!) {\n    requestPaymentCancellation(onsitePaymentId: $id) {\n      id\n      cancellationRequested\n      cancellation {\n        id\n        status\n        dueAt\n        owner {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CancellationsFileDocument,
    "\n  query CancellationsQueue($statuses: [CancellationStatus!]) {\n    paymentCancellations(statuses: $statuses) {\n      id\n      status\n      requestedAt\n      dueAt\n      overdue\n      escalatedAt\n      startedAt\n      resolvedAt\n      rejectReason\n      owner {\n        id\n      }\n      resolvedBy {\n        id\n      }\n      case {\n        id\n        code\n        lot {\n          name\n        }\n      }\n      payment {\n        id\n        amount\n        receiptUrl\n      }\n    }\n  }\n": typeof types.CancellationsQueueDocument,
    "\n  query CancellationsOfCase($id: ID!) {\n    case(id: $id) {\n      onsitePayments {\n        id\n        cancellation {\n          status\n          dueAt\n          resolvedAt\n          rejectReason\n          owner {\n            id\n          }\n        }\n      }\n      timeline {\n        type\n        detail\n      }\n    }\n  }\n": typeof types.CancellationsOfCaseDocument,
    "\n  mutation CancellationsTake($id: ID!) {\n    takePaymentCancellation(id: $id) {\n      id\n      status\n      startedAt\n      owner {\n        id\n      }\n    }\n  }\n": typeof types.CancellationsTakeDocument,
    "\n  mutation CancellationsComplete($id: ID!) {\n    completePaymentCancellation(id: $id) {\n      id\n      status\n      resolvedAt\n      owner {\n        id\n      }\n      resolvedBy {\n        id\n      }\n    }\n  }\n": typeof types.CancellationsCompleteDocument,
    "\n  mutation CancellationsReject($id: ID!, $reason: String!) {\n    rejectPaymentCancellation(id: $id, reason: $reason) {\n      id\n      status\n      rejectReason\n      resolvedAt\n    }\n  }\n": typeof types.CancellationsRejectDocument,
    "\n  query CancellationsFigures {\n    paymentCancellationFigures {\n      open\n      overdue\n      completedThisMonth\n      rejectedThisMonth\n      month\n    }\n  }\n": typeof types.CancellationsFiguresDocument,
    "\n    query ReadApiLots {\n      lots {\n        id\n        name\n        operator {\n          id\n          lots {\n            id\n          }\n        }\n      }\n    }\n  ": typeof types.ReadApiLotsDocument,
    "\n    query ReadApiSearchPasses($plate: String, $phoneLast4: String) {\n      searchPasses(plate: $plate, phoneLast4: $phoneLast4) {\n        id\n        plate\n        customer {\n          name\n          phoneMasked\n        }\n        lot {\n          name\n        }\n      }\n    }\n  ": typeof types.ReadApiSearchPassesDocument,
    "\n  query ReplicaCasePage($id: ID!) {\n    case(id: $id) {\n      id\n      version\n      identityVerified\n    }\n  }\n": typeof types.ReplicaCasePageDocument,
    "\n  query ReplicaCasesOfCustomer($filter: CaseFilter) {\n    cases(filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ReplicaCasesOfCustomerDocument,
    "\n  query ReplicaOmissionReport($month: Month!) {\n    repeatOmissionReport(month: $month) {\n      totalOmissions\n    }\n  }\n": typeof types.ReplicaOmissionReportDocument,
    "\n  query ReasonsCouponEligibility($id: ID!) {\n    case(id: $id) {\n      id\n      couponEligibility {\n        eligible\n        reason\n      }\n    }\n  }\n": typeof types.ReasonsCouponEligibilityDocument,
    "\n  mutation ReasonsIssueCoupon($id: ID!) {\n    issueCompensationCoupon(caseId: $id) {\n      id\n    }\n  }\n": typeof types.ReasonsIssueCouponDocument,
    "\n  query ReasonsRefundQuote($pass: ID!, $usedDays: Int!) {\n    refundQuote(passId: $pass, usedDays: $usedDays) {\n      refund\n    }\n  }\n": typeof types.ReasonsRefundQuoteDocument,
    "\n  mutation ReasonsCreateOperator($input: OperatorInput!) {\n    createOperator(input: $input) {\n      id\n    }\n  }\n": typeof types.ReasonsCreateOperatorDocument,
    "\n  mutation ReasonsCreateUser($input: UserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": typeof types.ReasonsCreateUserDocument,
    "\n  mutation ReasonsAddPolicyVersion($input: PolicyVersionInput!) {\n    addPolicyVersion(input: $input) {\n      id\n    }\n  }\n": typeof types.ReasonsAddPolicyVersionDocument,
    "\n  mutation RefundCapPropose($id: ID!, $basis: RefundBasis!, $usedDays: Int, $amount: Int) {\n    proposeRefund(caseId: $id, basis: $basis, usedDays: $usedDays, amount: $amount) {\n      id\n      amount\n      status\n    }\n  }\n": typeof types.RefundCapProposeDocument,
    "\n  mutation RefundCapDecide($id: ID!, $approve: Boolean!, $reason: String) {\n    decideRefund(id: $id, approve: $approve, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.RefundCapDecideDocument,
    "\n  query RefundCapRefundable($id: ID!) {\n    case(id: $id) {\n      pass {\n        refundableAmount\n      }\n    }\n  }\n": typeof types.RefundCapRefundableDocument,
    "\n  query TestRepeatOmissionPage($month: Month!, $first: Int, $after: String) {\n    repeatOmissionReport(month: $month, first: $first, after: $after) {\n      totalOmissions\n      totalCount\n      rows {\n        lot {\n          id\n        }\n        omissions\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.TestRepeatOmissionPageDocument,
    "\n  query HeatmapReport($end: Month!, $months: Int, $lots: Int) {\n    omissionHeatmap(endMonth: $end, months: $months, lots: $lots) {\n      months\n      rows {\n        lot {\n          id\n          name\n        }\n        counts\n        total\n      }\n    }\n  }\n": typeof types.HeatmapReportDocument,
    "\n      query HeatmapCellCases($f: CaseFilter) {\n        cases(filter: $f, first: 1) {\n          totalCount\n        }\n      }\n    ": typeof types.HeatmapCellCasesDocument,
    "\n  mutation HygieneCreateOperator($i: OperatorInput!) {\n    createOperator(input: $i) {\n      id\n      name\n    }\n  }\n": typeof types.HygieneCreateOperatorDocument,
    "\n  mutation HygieneOpenCase($i: OpenCaseInput!) {\n    openCase(input: $i) {\n      id\n    }\n  }\n": typeof types.HygieneOpenCaseDocument,
};
const documents: Documents = {
    "\n  mutation RecordGuidance($caseId: ID!, $step: GuideStepKey!, $detail: String!, $expectedVersion: Int) {\n    recordGuidance(caseId: $caseId, step: $step, detail: $detail, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n": types.RecordGuidanceDocument,
    "\n  fragment CaseListRow on Case {\n    id\n    code\n    createdAt\n    kind\n    status\n    customer {\n      id\n      name\n      phoneMasked\n    }\n    pass {\n      id\n      plate\n    }\n    lot {\n      id\n      name\n    }\n  }\n": types.CaseListRowFragmentDoc,
    "\n  fragment CaseListPage on CaseConnection {\n    totalCount\n    pageInfo {\n      ...PagerInfo\n    }\n    edges {\n      node {\n        ...CaseListRow\n      }\n    }\n  }\n": types.CaseListPageFragmentDoc,
    "\n  query AgentCases($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      ...CaseListPage\n    }\n  }\n": types.AgentCasesDocument,
    "\n  mutation AddCaseNote($caseId: ID!, $text: String!, $expectedVersion: Int) {\n    addCaseNote(caseId: $caseId, text: $text, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n": types.AddCaseNoteDocument,
    "\n  fragment CancellationState on PaymentCancellation {\n    id\n    status\n    dueAt\n    overdue\n    resolvedAt\n    rejectReason\n  }\n": types.CancellationStateFragmentDoc,
    "\n  query AgentCase($id: ID!) {\n    viewer {\n      id\n      name\n    }\n    case(id: $id) {\n      id\n      code\n      status\n      kind\n      consultationType\n      incidentAt\n      incidentMonth\n      identityVerified\n      version\n      createdAt\n      updatedAt\n      note\n      outcome\n      resolvedAt\n      smsPreview\n      lastActor {\n        id\n        name\n      }\n      agent {\n        id\n        name\n      }\n      duplicateOf {\n        id\n        code\n      }\n      customer {\n        id\n        name\n        phoneMasked\n      }\n      pass {\n        id\n        plate\n        startsOn\n        endsOn\n        amountPaid\n        availableDays\n        registered\n        refundableAmount\n      }\n      lot {\n        id\n        name\n        integration\n        hasExitCallButton\n        phone\n      }\n      couponEligibility {\n        eligible\n        omissionsThisMonth\n        amount\n        reason\n      }\n      policyTerms {\n        effectiveFrom\n        couponAmount\n        repeatThreshold\n        couponsPerMonth\n      }\n      firstResponseAt\n      identityUnconfirmedAt\n      exitRequests {\n        id\n        status\n        requestedAt\n        acknowledgedAt\n        reason\n        overdue\n        escalatedAt\n      }\n      registrationRequests {\n        id\n        status\n        requestedAt\n        acknowledgedAt\n        resolvedAt\n        rejectReason\n        overdue\n        escalatedAt\n      }\n      onsitePayments {\n        id\n        amount\n        paidAt\n        hasReceipt\n        cancellationRequested\n        receiptUrl\n        cancellation {\n          ...CancellationState\n        }\n      }\n      coupons {\n        id\n        amount\n        month\n        issuedAt\n        issuedUnderKind\n        underEarlierKind\n      }\n      refunds {\n        id\n        basis\n        usedDays\n        amount\n        status\n      }\n      timeline {\n        at\n        type\n        detail\n        reason {\n          code\n          params\n        }\n        scriptStep\n        actor {\n          id\n          name\n        }\n      }\n      messages {\n        id\n        toMasked\n        body\n        status\n        createdAt\n      }\n    }\n  }\n": types.AgentCaseDocument,
    "\n  query GuideScript {\n    guideScript {\n      key\n      number\n      title\n      branches {\n        key\n        label\n        lines\n      }\n    }\n  }\n": types.GuideScriptDocument,
    "\n  mutation IssueCompensationCoupon($caseId: ID!, $expectedVersion: Int) {\n    issueCompensationCoupon(caseId: $caseId, expectedVersion: $expectedVersion) {\n      id\n      amount\n    }\n  }\n": types.IssueCompensationCouponDocument,
    "\n  mutation RequestExit($caseId: ID!, $expectedVersion: Int, $reason: String) {\n    requestExit(caseId: $caseId, expectedVersion: $expectedVersion, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.RequestExitDocument,
    "\n  mutation RecordFirstResponse($caseId: ID!, $text: String!, $expectedVersion: Int) {\n    recordFirstResponse(caseId: $caseId, text: $text, expectedVersion: $expectedVersion) {\n      id\n      version\n      firstResponseAt\n    }\n  }\n": types.RecordFirstResponseDocument,
    "\n  mutation RecordIdentityUnconfirmed($caseId: ID!, $expectedVersion: Int) {\n    recordIdentityUnconfirmed(caseId: $caseId, expectedVersion: $expectedVersion) {\n      id\n      version\n      status\n      identityUnconfirmedAt\n    }\n  }\n": types.RecordIdentityUnconfirmedDocument,
    "\n  mutation RecordOnsitePayment($caseId: ID!, $amount: Int!, $paidAt: DateTime!, $expectedVersion: Int) {\n    recordOnsitePayment(caseId: $caseId, amount: $amount, paidAt: $paidAt, expectedVersion: $expectedVersion) {\n      id\n    }\n  }\n": types.RecordOnsitePaymentDocument,
    "\n  mutation RequestPaymentCancellation($onsitePaymentId: ID!, $expectedVersion: Int) {\n    requestPaymentCancellation(onsitePaymentId: $onsitePaymentId, expectedVersion: $expectedVersion) {\n      id\n      cancellationRequested\n      cancellation {\n        ...CancellationState\n      }\n    }\n  }\n": types.RequestPaymentCancellationDocument,
    "\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n      code\n    }\n  }\n": types.OpenCaseDocument,
    "\n  fragment OutcomeTemplateText on OutcomeTemplate {\n    id\n    key\n    kind\n    firstResponse\n    labelKo\n    labelEn\n    bodyKo\n    bodyEn\n  }\n": types.OutcomeTemplateTextFragmentDoc,
    "\n  query OutcomeTemplates {\n    outcomeTemplates {\n      ...OutcomeTemplateText\n    }\n  }\n": types.OutcomeTemplatesDocument,
    "\n  mutation ReclassifyCase($caseId: ID!, $kind: VocKind!, $reason: String!, $expectedVersion: Int) {\n    reclassifyCase(caseId: $caseId, kind: $kind, reason: $reason, expectedVersion: $expectedVersion) {\n      id\n      kind\n      version\n    }\n  }\n": types.ReclassifyCaseDocument,
    "\n  query RefundQuote($passId: ID!, $usedDays: Int!) {\n    refundQuote(passId: $passId, usedDays: $usedDays) {\n      paid\n      availableDays\n      usedDays\n      usedAmount\n      refund\n    }\n  }\n": types.RefundQuoteDocument,
    "\n  mutation ProposeRefund($caseId: ID!, $basis: RefundBasis!, $usedDays: Int, $amount: Int, $expectedVersion: Int, $reason: String) {\n    proposeRefund(\n      caseId: $caseId\n      basis: $basis\n      usedDays: $usedDays\n      amount: $amount\n      expectedVersion: $expectedVersion\n      reason: $reason\n    ) {\n      id\n      status\n    }\n  }\n": types.ProposeRefundDocument,
    "\n  mutation RequestRegistration($caseId: ID!, $expectedVersion: Int) {\n    requestRegistration(caseId: $caseId, expectedVersion: $expectedVersion) {\n      id\n      status\n    }\n  }\n": types.RequestRegistrationDocument,
    "\n  mutation ResolveCase($caseId: ID!, $outcome: String!, $expectedVersion: Int) {\n    resolveCase(caseId: $caseId, outcome: $outcome, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n    }\n  }\n": types.ResolveCaseDocument,
    "\n  mutation VerifyIdentity($caseId: ID!, $expectedVersion: Int) {\n    verifyIdentity(caseId: $caseId, expectedVersion: $expectedVersion) {\n      id\n      version\n      identityVerified\n    }\n  }\n": types.VerifyIdentityDocument,
    "\n  query CaseActivity($id: ID!) {\n    caseActivity(id: $id) {\n      caseId\n      changedAt\n      serverTime\n    }\n  }\n": types.CaseActivityDocument,
    "\n  query CustomerHistory($customerId: ID!, $lotId: ID!, $excludeCaseId: ID) {\n    customerHistory(customerId: $customerId) {\n      customerId\n      month\n      countedOmissionsThisMonth\n      totalCases\n      cases {\n        ...HistoryCaseFields\n      }\n      coupons {\n        caseId\n        caseCode\n        month\n        amount\n        issuedAt\n      }\n      refunds {\n        caseId\n        caseCode\n        status\n        amount\n        proposedAt\n      }\n      openRequests {\n        kind\n        caseId\n        caseCode\n        status\n        requestedAt\n      }\n      sameIncident(lotId: $lotId, excludeCaseId: $excludeCaseId) {\n        ...HistoryCaseFields\n      }\n    }\n  }\n\n  fragment HistoryCaseFields on CustomerHistoryCase {\n    id\n    code\n    incidentAt\n    incidentMonth\n    kind\n    status\n    lotId\n    lotName\n    createdAt\n    identityVerified\n    omissionCount\n    duplicateOfId\n    duplicateOfCode\n  }\n": types.CustomerHistoryDocument,
    "\n  mutation LinkDuplicate($caseId: ID!, $ofCaseId: ID!, $expectedVersion: Int) {\n    linkDuplicate(caseId: $caseId, ofCaseId: $ofCaseId, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n": types.LinkDuplicateDocument,
    "\n  mutation UnlinkDuplicate($caseId: ID!, $reason: String!, $expectedVersion: Int) {\n    unlinkDuplicate(caseId: $caseId, reason: $reason, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n": types.UnlinkDuplicateDocument,
    "\n  mutation RecordRepeatContact($caseId: ID!) {\n    recordRepeatContact(caseId: $caseId) {\n      id\n      version\n    }\n  }\n": types.RecordRepeatContactDocument,
    "\n  fragment PaletteCase on Case {\n    id\n    code\n    status\n    incidentAt\n    customer {\n      id\n      name\n    }\n    pass {\n      id\n      plate\n    }\n    lot {\n      id\n      name\n    }\n  }\n": types.PaletteCaseFragmentDoc,
    "\n  query PaletteCases(\n    $code: String\n    $plate: String\n    $phoneLast4: String\n    $byCode: Boolean!\n    $byPlate: Boolean!\n    $byPhone: Boolean!\n    $first: Int!\n  ) {\n    byCode: cases(filter: { code: $code }, first: $first) @include(if: $byCode) {\n      edges {\n        node {\n          ...PaletteCase\n        }\n      }\n    }\n    byPlate: cases(filter: { plate: $plate }, first: $first) @include(if: $byPlate) {\n      edges {\n        node {\n          ...PaletteCase\n        }\n      }\n    }\n    byPhone: cases(filter: { phoneLast4: $phoneLast4 }, first: $first) @include(if: $byPhone) {\n      edges {\n        node {\n          ...PaletteCase\n        }\n      }\n    }\n  }\n": types.PaletteCasesDocument,
    "\n  query AccessLog($filter: AccessLogFilter, $first: Int, $after: String) {\n    accessLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PagerInfo\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          subjectType\n          subjectId\n          subjectLabel\n          clientAddress\n          detail\n          actor {\n            id\n            name\n            email\n            role\n          }\n        }\n      }\n    }\n  }\n": types.AccessLogDocument,
    "\n  query AccessLogAccounts {\n    users {\n      id\n      name\n      email\n      role\n    }\n  }\n": types.AccessLogAccountsDocument,
    "\n  fragment BulkJobProgress on BulkCaseJob {\n    id\n    action\n    total\n    done\n    status\n  }\n": types.BulkJobProgressFragmentDoc,
    "\n  query BulkAgents {\n    users {\n      id\n      name\n      email\n      role\n      active\n    }\n  }\n": types.BulkAgentsDocument,
    "\n  mutation StartBulkCaseJob($filter: CaseFilter!, $expectedCount: Int!, $reassignTo: ID, $note: String) {\n    startBulkCaseJob(filter: $filter, expectedCount: $expectedCount, reassignTo: $reassignTo, note: $note) {\n      ...BulkJobProgress\n    }\n  }\n": types.StartBulkCaseJobDocument,
    "\n  mutation RunBulkCaseJobBatch($id: ID!) {\n    runBulkCaseJobBatch(id: $id) {\n      ...BulkJobProgress\n    }\n  }\n": types.RunBulkCaseJobBatchDocument,
    "\n  query PaymentCancellations($statuses: [CancellationStatus!]) {\n    paymentCancellations(statuses: $statuses) {\n      id\n      status\n      requestedAt\n      dueAt\n      overdue\n      escalatedAt\n      startedAt\n      resolvedAt\n      rejectReason\n      owner {\n        id\n        name\n      }\n      case {\n        id\n        code\n        lot {\n          id\n          name\n        }\n      }\n      payment {\n        id\n        amount\n        paidAt\n        receiptUrl\n      }\n    }\n  }\n": types.PaymentCancellationsDocument,
    "\n  query PaymentCancellationFigures {\n    paymentCancellationFigures {\n      open\n      overdue\n      completedThisMonth\n      rejectedThisMonth\n      month\n    }\n  }\n": types.PaymentCancellationFiguresDocument,
    "\n  mutation TakePaymentCancellation($id: ID!) {\n    takePaymentCancellation(id: $id) {\n      id\n      status\n      startedAt\n      owner {\n        id\n        name\n      }\n    }\n  }\n": types.TakePaymentCancellationDocument,
    "\n  mutation CompletePaymentCancellation($id: ID!) {\n    completePaymentCancellation(id: $id) {\n      id\n      status\n      resolvedAt\n    }\n  }\n": types.CompletePaymentCancellationDocument,
    "\n  mutation RejectPaymentCancellation($id: ID!, $reason: String!) {\n    rejectPaymentCancellation(id: $id, reason: $reason) {\n      id\n      status\n      resolvedAt\n      rejectReason\n    }\n  }\n": types.RejectPaymentCancellationDocument,
    "\n  query ManagerCases($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      ...CaseListPage\n      edges {\n        node {\n          agent {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ManagerCasesDocument,
    "\n  query ManagerLots {\n    lots {\n      ...LotOverview\n      operator {\n        id\n        name\n      }\n    }\n  }\n": types.ManagerLotsDocument,
    "\n  query ManagerNotices {\n    managerNotices(first: 10) {\n      id\n      message\n      reason {\n        code\n        params\n      }\n      createdAt\n      case {\n        id\n        code\n      }\n    }\n  }\n": types.ManagerNoticesDocument,
    "\n  fragment ReportLot on ParkingLot {\n    id\n    name\n    operator {\n      id\n      name\n    }\n  }\n": types.ReportLotFragmentDoc,
    "\n  fragment LotOmissionRowFields on RepeatOmissionRow {\n    lot {\n      ...ReportLot\n    }\n    omissions\n    customersWithRepeats\n    couponsIssued\n    couponAmount\n  }\n": types.LotOmissionRowFieldsFragmentDoc,
    "\n  query ManagerReport($month: Month!, $previous: Month!, $topLots: Int!) {\n    repeatOmissionReport(month: $month, first: $topLots) {\n      month\n      totalOmissions\n      totalCount\n      rows {\n        ...LotOmissionRowFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    repeatCustomers(month: $month) {\n      customer {\n        id\n        name\n        phoneMasked\n      }\n      omissions\n      couponIssued\n      lots {\n        id\n        name\n      }\n    }\n    previousRepeatCustomers: repeatCustomers(month: $previous) {\n      customer {\n        id\n      }\n    }\n    monthlyTrend(endMonth: $month, months: 12) {\n      month\n      omissions\n      couponsIssued\n      couponAmount\n      refundsCount\n      refundAmount\n    }\n    operatorOmissionReport(month: $month) {\n      operator {\n        id\n        name\n      }\n      omissions\n      customersWithRepeats\n      couponsIssued\n      couponAmount\n      refundsCount\n      refundAmount\n    }\n    responseTimes(month: $month) {\n      byOperator {\n        operator {\n          id\n        }\n        times {\n          exitAckMedianSeconds\n          exitWithinTargetShare\n          overdueCount\n        }\n      }\n    }\n    worseningLots(month: $month) {\n      lot {\n        ...ReportLot\n      }\n      previous\n      current\n      change\n    }\n    omissionHeatmap(endMonth: $month, months: 6, lots: 15) {\n      months\n      rows {\n        lot {\n          ...ReportLot\n        }\n        counts\n        total\n      }\n    }\n  }\n": types.ManagerReportDocument,
    "\n  query ManagerReportMoreLots($month: Month!, $after: String!) {\n    repeatOmissionReport(month: $month, after: $after) {\n      rows {\n        ...LotOmissionRowFields\n      }\n    }\n  }\n": types.ManagerReportMoreLotsDocument,
    "\n  query ManagerOutcomeTemplates {\n    outcomeTemplates(includeInactive: true) {\n      ...OutcomeTemplateText\n      sortOrder\n      active\n      updatedAt\n    }\n  }\n": types.ManagerOutcomeTemplatesDocument,
    "\n  mutation AddOutcomeTemplate($input: OutcomeTemplateInput!) {\n    addOutcomeTemplate(input: $input) {\n      id\n    }\n  }\n": types.AddOutcomeTemplateDocument,
    "\n  mutation UpdateOutcomeTemplate($id: ID!, $input: OutcomeTemplateInput!) {\n    updateOutcomeTemplate(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateOutcomeTemplateDocument,
    "\n  mutation SetOutcomeTemplateActive($id: ID!, $active: Boolean!) {\n    setOutcomeTemplateActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n": types.SetOutcomeTemplateActiveDocument,
    "\n  fragment PolicyVersionFields on PolicyVersion {\n    id\n    effectiveFrom\n    couponAmount\n    repeatThreshold\n    couponsPerMonth\n    note\n    createdAt\n  }\n": types.PolicyVersionFieldsFragmentDoc,
    "\n  query PolicyVersions {\n    policyVersions {\n      ...PolicyVersionFields\n    }\n  }\n": types.PolicyVersionsDocument,
    "\n  mutation AddPolicyVersion($input: PolicyVersionInput!) {\n    addPolicyVersion(input: $input) {\n      ...PolicyVersionFields\n    }\n  }\n": types.AddPolicyVersionDocument,
    "\n  query RefundApprovals {\n    refundApprovals {\n      id\n      basis\n      usedDays\n      availableDays\n      paid\n      amount\n      status\n      proposedAt\n      proposalReason\n      proposedBy {\n        id\n        name\n      }\n      case {\n        id\n        code\n        lot {\n          id\n          name\n        }\n        customer {\n          id\n          name\n          phoneMasked\n        }\n      }\n      pass {\n        id\n        plate\n      }\n    }\n  }\n": types.RefundApprovalsDocument,
    "\n  mutation DecideRefund($id: ID!, $approve: Boolean!, $reason: String) {\n    decideRefund(id: $id, approve: $approve, reason: $reason) {\n      id\n      status\n      decidedAt\n      decisionReason\n    }\n  }\n": types.DecideRefundDocument,
    "\n  fragment ResponseTargetFields on OperatorResponseTargets {\n    operator {\n      id\n      name\n    }\n    exitAckMinutes\n    registrationConfirmMinutes\n    isDefault\n  }\n": types.ResponseTargetFieldsFragmentDoc,
    "\n  query ResponseTargets {\n    responseTargets {\n      ...ResponseTargetFields\n    }\n  }\n": types.ResponseTargetsDocument,
    "\n  mutation SetResponseTargets($operatorId: ID!, $exitAckMinutes: Int!, $registrationConfirmMinutes: Int!) {\n    setResponseTargets(operatorId: $operatorId, exitAckMinutes: $exitAckMinutes, registrationConfirmMinutes: $registrationConfirmMinutes) {\n      ...ResponseTargetFields\n    }\n  }\n": types.SetResponseTargetsDocument,
    "\n  query UnverifiedContacts($month: Month!) {\n    unverifiedContacts(month: $month) {\n      month\n      total\n      rows {\n        count\n        lot {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.UnverifiedContactsDocument,
    "\n  fragment StaffUserFields on User {\n    id\n    name\n    email\n    role\n    active\n    operator {\n      id\n      name\n    }\n  }\n": types.StaffUserFieldsFragmentDoc,
    "\n  query StaffUsers {\n    viewer {\n      id\n    }\n    users {\n      ...StaffUserFields\n    }\n  }\n": types.StaffUsersDocument,
    "\n  query OperatorChoices {\n    operators {\n      id\n      name\n    }\n  }\n": types.OperatorChoicesDocument,
    "\n  mutation CreateStaffUser($input: UserInput!) {\n    createUser(input: $input) {\n      ...StaffUserFields\n    }\n  }\n": types.CreateStaffUserDocument,
    "\n  mutation SetUserActive($id: ID!, $active: Boolean!) {\n    setUserActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n": types.SetUserActiveDocument,
    "\n  fragment LotOverview on ParkingLot {\n    id\n    name\n    address\n    integration\n    hasExitCallButton\n  }\n": types.LotOverviewFragmentDoc,
    "\n  query OperatorLots {\n    lots {\n      ...LotOverview\n    }\n  }\n": types.OperatorLotsDocument,
    "\n  query OperatorRequestQueues {\n    serverTime\n    exitRequestQueue {\n      id\n      status\n      plate\n      requestedAt\n      dueAt\n      overdue\n      escalatedAt\n      lot {\n        id\n        name\n      }\n      customer {\n        id\n        name\n        phoneMasked\n      }\n    }\n    registrationQueue {\n      id\n      status\n      plate\n      requestedAt\n      acknowledgedAt\n      dueAt\n      overdue\n      escalatedAt\n      lot {\n        id\n        name\n      }\n      customer {\n        id\n        name\n        phoneMasked\n      }\n    }\n  }\n": types.OperatorRequestQueuesDocument,
    "\n  mutation AcknowledgeExit($id: ID!) {\n    acknowledgeExit(id: $id) {\n      id\n      status\n      acknowledgedAt\n    }\n  }\n": types.AcknowledgeExitDocument,
    "\n  mutation AcknowledgeRegistration($id: ID!) {\n    acknowledgeRegistration(id: $id) {\n      id\n      status\n      acknowledgedAt\n    }\n  }\n": types.AcknowledgeRegistrationDocument,
    "\n  mutation UndoAcknowledgeExit($id: ID!) {\n    undoAcknowledgeExit(id: $id) {\n      id\n      status\n      acknowledgedAt\n    }\n  }\n": types.UndoAcknowledgeExitDocument,
    "\n  mutation UndoAcknowledgeRegistration($id: ID!) {\n    undoAcknowledgeRegistration(id: $id) {\n      id\n      status\n      acknowledgedAt\n    }\n  }\n": types.UndoAcknowledgeRegistrationDocument,
    "\n  mutation ConfirmRegistration($id: ID!) {\n    confirmRegistration(id: $id) {\n      id\n      status\n      resolvedAt\n    }\n  }\n": types.ConfirmRegistrationDocument,
    "\n  mutation RejectRegistration($id: ID!, $reason: String!) {\n    rejectRegistration(id: $id, reason: $reason) {\n      id\n      status\n      resolvedAt\n      rejectReason\n    }\n  }\n": types.RejectRegistrationDocument,
    "\n  query SearchPasses($plate: String, $phoneLast4: String) {\n    searchPasses(plate: $plate, phoneLast4: $phoneLast4) {\n      id\n      plate\n      startsOn\n      endsOn\n      amountPaid\n      registered\n      customer {\n        id\n        name\n        phoneMasked\n      }\n      lot {\n        id\n        name\n        integration\n      }\n    }\n  }\n": types.SearchPassesDocument,
    "\n  mutation SetMyLocale($locale: Locale!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": types.SetMyLocaleDocument,
    "\n  query ViewerOperator {\n    viewer {\n      id\n      role\n      operator {\n        id\n        name\n      }\n    }\n  }\n": types.ViewerOperatorDocument,
    "\n  fragment PagerInfo on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": types.PagerInfoFragmentDoc,
    "\n  fragment TestBulkJobFields on BulkCaseJob {\n    id\n    action\n    total\n    done\n    status\n    createdAt\n  }\n": types.TestBulkJobFieldsFragmentDoc,
    "\n  mutation TestStartBulkJob($filter: CaseFilter!, $expected: Int!, $reassignTo: ID, $note: String) {\n    startBulkCaseJob(filter: $filter, expectedCount: $expected, reassignTo: $reassignTo, note: $note) {\n      ...TestBulkJobFields\n    }\n  }\n": types.TestStartBulkJobDocument,
    "\n  mutation TestRunBulkJobBatch($id: ID!) {\n    runBulkCaseJobBatch(id: $id) {\n      ...TestBulkJobFields\n    }\n  }\n": types.TestRunBulkJobBatchDocument,
    "\n  query TestBulkJob($id: ID!) {\n    bulkCaseJob(id: $id) {\n      ...TestBulkJobFields\n    }\n  }\n": types.TestBulkJobDocument,
    "\n  mutation TestOpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n      code\n      version\n      status\n      incidentMonth\n      identityVerified\n      consultationType\n    }\n  }\n": types.TestOpenCaseDocument,
    "\n  mutation TestVerifyIdentity($id: ID!) {\n    verifyIdentity(caseId: $id) {\n      id\n      version\n    }\n  }\n": types.TestVerifyIdentityDocument,
    "\n  mutation TestRecordPayment($id: ID!, $amount: Int!, $paidAt: DateTime!) {\n    recordOnsitePayment(caseId: $id, amount: $amount, paidAt: $paidAt) {\n      id\n    }\n  }\n": types.TestRecordPaymentDocument,
    "\n  query RefusalProbeCaseView($id: ID!) {\n    case(id: $id) {\n      version\n      status\n      identityVerified\n      duplicateOf {\n        id\n      }\n      timeline {\n        type\n      }\n      onsitePayments {\n        id\n        cancellationRequested\n      }\n    }\n  }\n": types.RefusalProbeCaseViewDocument,
    "\n  mutation TestRequestExit($id: ID!) {\n    requestExit(caseId: $id) {\n      id\n    }\n  }\n": types.TestRequestExitDocument,
    "\n  mutation TestRequestRegistration($id: ID!) {\n    requestRegistration(caseId: $id) {\n      id\n    }\n  }\n": types.TestRequestRegistrationDocument,
    "\n  mutation SampleProposeRefund($id: ID!) {\n    proposeRefund(caseId: $id, basis: CONSUMER_AGENCY, usedDays: 7) {\n      id\n    }\n  }\n": types.SampleProposeRefundDocument,
    "\n  mutation SampleRequestCancellation($id: ID!) {\n    requestPaymentCancellation(onsitePaymentId: $id) {\n      cancellation {\n        id\n      }\n    }\n  }\n": types.SampleRequestCancellationDocument,
    "\n  query SampleCountCases($f: CaseFilter) {\n    cases(filter: $f, first: 1) {\n      totalCount\n    }\n  }\n": types.SampleCountCasesDocument,
    "\n  mutation SampleStartBulkJob($f: CaseFilter!, $n: Int!) {\n    startBulkCaseJob(filter: $f, expectedCount: $n, note: \"매트릭스 메모\") {\n      id\n    }\n  }\n": types.SampleStartBulkJobDocument,
    "\n  mutation SampleAcknowledgeExit($id: ID!) {\n    acknowledgeExit(id: $id) {\n      id\n    }\n  }\n": types.SampleAcknowledgeExitDocument,
    "\n  mutation SampleAcknowledgeRegistration($id: ID!) {\n    acknowledgeRegistration(id: $id) {\n      id\n    }\n  }\n": types.SampleAcknowledgeRegistrationDocument,
    "\n  mutation SampleLinkDuplicate($id: ID!, $of: ID!) {\n    linkDuplicate(caseId: $id, ofCaseId: $of) {\n      id\n    }\n  }\n": types.SampleLinkDuplicateDocument,
    "\n  query AccessLogSearch($filter: AccessLogFilter, $first: Int, $after: String) {\n    accessLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          action\n          subjectType\n          subjectId\n          subjectLabel\n          clientAddress\n          detail\n          actor {\n            id\n            role\n          }\n        }\n      }\n    }\n  }\n": types.AccessLogSearchDocument,
    "\n        query AccessLogSearchReadCase($id: ID!) {\n          case(id: $id) {\n            id\n          }\n        }\n      ": types.AccessLogSearchReadCaseDocument,
    "\n  query AccessLogCase($id: ID!) {\n    case(id: $id) {\n      id\n      code\n      customer {\n        name\n        phoneMasked\n      }\n      pass {\n        plate\n      }\n    }\n  }\n": types.AccessLogCaseDocument,
    "\n  query AccessLogSearchPasses($plate: String, $last4: String) {\n    searchPasses(plate: $plate, phoneLast4: $last4) {\n      id\n      plate\n      customer {\n        name\n      }\n    }\n  }\n": types.AccessLogSearchPassesDocument,
    "\n  query AccessLogCaseList($filter: CaseFilter) {\n    cases(filter: $filter, first: 1) {\n      totalCount\n      edges {\n        node {\n          id\n          customer {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.AccessLogCaseListDocument,
    "\n  mutation RefundsDecide($id: ID!, $approve: Boolean!, $reason: String) {\n    decideRefund(id: $id, approve: $approve, reason: $reason) {\n      id\n      status\n      amount\n      paid\n      availableDays\n      decidedAt\n      decisionReason\n      decidedBy {\n        id\n      }\n      proposedBy {\n        id\n      }\n    }\n  }\n": types.RefundsDecideDocument,
    "\n  query RefundsCaseView($id: ID!) {\n    case(id: $id) {\n      version\n      timeline {\n        type\n        actor {\n          id\n        }\n        detail\n      }\n    }\n  }\n": types.RefundsCaseViewDocument,
    "\n  query RefundsQueue {\n    refundApprovals {\n      id\n      status\n      basis\n      amount\n      paid\n      availableDays\n      usedDays\n      proposedAt\n      proposedBy {\n        id\n      }\n      decidedAt\n      decidedBy {\n        id\n      }\n      decisionReason\n      case {\n        id\n      }\n      pass {\n        id\n      }\n    }\n  }\n": types.RefundsQueueDocument,
    "\n  mutation RefundsProposeConsumerAgency($id: ID!) {\n    proposeRefund(caseId: $id, basis: CONSUMER_AGENCY, usedDays: 7) {\n      id\n    }\n  }\n": types.RefundsProposeConsumerAgencyDocument,
    "\n  mutation RefundsProposeCompanyPolicy($id: ID!) {\n    proposeRefund(caseId: $id, basis: COMPANY_POLICY, amount: 50000) {\n      id\n    }\n  }\n": types.RefundsProposeCompanyPolicyDocument,
    "\n    mutation RefundsProposeWithReason($id: ID!, $reason: String) {\n      proposeRefund(caseId: $id, basis: COMPANY_POLICY, amount: 50000, reason: $reason) {\n        id\n        proposalReason\n      }\n    }\n  ": types.RefundsProposeWithReasonDocument,
    "\n    query RefundsReasons($id: ID!) {\n      case(id: $id) {\n        refunds {\n          id\n          proposalReason\n          decisionReason\n        }\n        timeline {\n          type\n          detail\n        }\n      }\n    }\n  ": types.RefundsReasonsDocument,
    "\n    query RefundsQueueContext {\n      refundApprovals {\n        id\n        proposalReason\n        usedDays\n        availableDays\n        case {\n          id\n          code\n          lot {\n            name\n          }\n          customer {\n            name\n            phoneMasked\n          }\n        }\n        proposedBy {\n          id\n        }\n      }\n    }\n  ": types.RefundsQueueContextDocument,
    "\n  mutation AdminAddPolicy($input: PolicyVersionInput!) {\n    addPolicyVersion(input: $input) {\n      id\n      effectiveFrom\n      couponAmount\n      repeatThreshold\n      couponsPerMonth\n      note\n      createdBy {\n        id\n      }\n    }\n  }\n": types.AdminAddPolicyDocument,
    "\n  mutation AdminSetActive($id: ID!, $active: Boolean!) {\n    setUserActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n": types.AdminSetActiveDocument,
    "\n  mutation AdminSetTargets($operatorId: ID!, $exit: Int!, $registration: Int!) {\n    setResponseTargets(operatorId: $operatorId, exitAckMinutes: $exit, registrationConfirmMinutes: $registration) {\n      operator {\n        id\n      }\n      exitAckMinutes\n      registrationConfirmMinutes\n      isDefault\n    }\n  }\n": types.AdminSetTargetsDocument,
    "\n  query AdminTargets {\n    responseTargets {\n      operator {\n        id\n        name\n      }\n      exitAckMinutes\n      registrationConfirmMinutes\n      isDefault\n    }\n  }\n": types.AdminTargetsDocument,
    "\n  query AdminCouponAmount($id: ID!) {\n    case(id: $id) {\n      couponEligibility {\n        amount\n      }\n    }\n  }\n": types.AdminCouponAmountDocument,
    "\n  query AdminPolicyVersions {\n    policyVersions {\n      id\n      effectiveFrom\n      couponAmount\n    }\n  }\n": types.AdminPolicyVersionsDocument,
    "\n  query AdminUsers {\n    users {\n      id\n      role\n      active\n      operator {\n        id\n      }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  mutation BulkJobDeactivateUser($id: ID!) {\n    setUserActive(id: $id, active: false) {\n      id\n    }\n  }\n": types.BulkJobDeactivateUserDocument,
    "\n  query BulkJobCountCases($f: CaseFilter) {\n    cases(filter: $f, first: 50) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.BulkJobCountCasesDocument,
    "\n  query BulkJobCaseTimeline($id: ID!) {\n    case(id: $id) {\n      timeline {\n        type\n        detail\n      }\n    }\n  }\n": types.BulkJobCaseTimelineDocument,
    "\n  query CodeSearchCases($filter: CaseFilter) {\n    cases(filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          pass {\n            plate\n          }\n        }\n      }\n    }\n  }\n": types.CodeSearchCasesDocument,
    "\n  query CaseFlowCase($id: ID!) {\n    case(id: $id) {\n      code\n      status\n      version\n      incidentMonth\n      consultationType\n      identityVerified\n      lot {\n        name\n        phone\n        hasExitCallButton\n      }\n      couponEligibility {\n        eligible\n        omissionsThisMonth\n        amount\n        reason\n      }\n      exitRequests {\n        status\n      }\n      registrationRequests {\n        status\n        plate\n      }\n      onsitePayments {\n        amount\n        hasReceipt\n        cancellationRequested\n      }\n      coupons {\n        amount\n        month\n      }\n      refunds {\n        basis\n        amount\n        status\n        usedDays\n      }\n      timeline {\n        type\n        scriptStep\n        actor {\n          id\n        }\n      }\n      messages {\n        toMasked\n        body\n        status\n      }\n      smsPreview\n    }\n  }\n": types.CaseFlowCaseDocument,
    "\n      mutation CaseFlowProposeRefund($id: ID!) {\n        proposeRefund(caseId: $id, basis: CONSUMER_AGENCY, usedDays: 10) {\n          id\n          amount\n        }\n      }\n    ": types.CaseFlowProposeRefundDocument,
    "\n  mutation DuplicatesLink($id: ID!, $of: ID!) {\n    linkDuplicate(caseId: $id, ofCaseId: $of) {\n      id\n      duplicateOf {\n        id\n      }\n    }\n  }\n": types.DuplicatesLinkDocument,
    "\n  query DuplicatesEligibility($id: ID!) {\n    case(id: $id) {\n      couponEligibility {\n        eligible\n        omissionsThisMonth\n        reason\n      }\n    }\n  }\n": types.DuplicatesEligibilityDocument,
    "\n  mutation DuplicatesCoupon($id: ID!) {\n    issueCompensationCoupon(caseId: $id) {\n      id\n    }\n  }\n": types.DuplicatesCouponDocument,
    "\n  query CouponFactsCase($id: ID!) {\n    case(id: $id) {\n      couponEligibility {\n        eligible\n        omissionsThisMonth\n        reason\n      }\n      coupons {\n        id\n      }\n    }\n  }\n": types.CouponFactsCaseDocument,
    "\n  mutation CouponFactsIssue($id: ID!) {\n    issueCompensationCoupon(caseId: $id) {\n      id\n      amount\n      month\n    }\n  }\n": types.CouponFactsIssueDocument,
    "\n  query CustomerHistoryPanel($id: ID!, $lot: ID!, $exclude: ID) {\n    customerHistory(customerId: $id) {\n      customerId\n      month\n      countedOmissionsThisMonth\n      totalCases\n      cases {\n        id\n        code\n        incidentAt\n        incidentMonth\n        kind\n        status\n        lotId\n        lotName\n        identityVerified\n        omissionCount\n        duplicateOfId\n        duplicateOfCode\n      }\n      coupons {\n        caseId\n        caseCode\n        month\n        amount\n        issuedAt\n      }\n      refunds {\n        caseId\n        caseCode\n        status\n        amount\n      }\n      openRequests {\n        kind\n        caseId\n        caseCode\n        status\n        requestedAt\n      }\n      sameIncident(lotId: $lot, excludeCaseId: $exclude) {\n        id\n        code\n      }\n    }\n  }\n": types.CustomerHistoryPanelDocument,
    "\n  query CustomerHistoryEligibility($id: ID!) {\n    case(id: $id) {\n      couponEligibility {\n        eligible\n        omissionsThisMonth\n      }\n      timeline {\n        type\n        detail\n      }\n      version\n    }\n  }\n": types.CustomerHistoryEligibilityDocument,
    "\n  query CustomerHistoryReport($m: Month!) {\n    repeatOmissionReport(month: $m) {\n      rows {\n        lot {\n          id\n        }\n        omissions\n        customersWithRepeats\n      }\n    }\n  }\n": types.CustomerHistoryReportDocument,
    "\n        mutation CustomerHistoryLinkDuplicate($id: ID!, $of: ID!) {\n          linkDuplicate(caseId: $id, ofCaseId: $of) {\n            id\n          }\n        }\n      ": types.CustomerHistoryLinkDuplicateDocument,
    "\n        mutation CustomerHistoryProposeRefund($id: ID!) {\n          proposeRefund(caseId: $id, basis: CONSUMER_AGENCY, usedDays: 7) {\n            id\n          }\n        }\n      ": types.CustomerHistoryProposeRefundDocument,
    "\n        mutation CustomerHistoryRequestExit($id: ID!) {\n          requestExit(caseId: $id) {\n            id\n          }\n        }\n      ": types.CustomerHistoryRequestExitDocument,
    "\n        mutation CustomerHistoryIssueCompensationCoupon($id: ID!) {\n          issueCompensationCoupon(caseId: $id) {\n            id\n          }\n        }\n      ": types.CustomerHistoryIssueCompensationCouponDocument,
    "\n          mutation CustomerHistoryResolveCase($id: ID!) {\n            resolveCase(caseId: $id, outcome: \"안내 후 종결\") {\n              id\n            }\n          }\n        ": types.CustomerHistoryResolveCaseDocument,
    "\n        mutation CustomerHistoryOpenCase($input: OpenCaseInput!) {\n          openCase(input: $input) {\n            id\n            duplicateOf {\n              id\n            }\n          }\n        }\n      ": types.CustomerHistoryOpenCaseDocument,
    "\n        mutation CustomerHistoryVerifyIdentity($id: ID!) {\n          verifyIdentity(caseId: $id) {\n            id\n          }\n        }\n      ": types.CustomerHistoryVerifyIdentityDocument,
    "\n        mutation CustomerHistoryOpenCaseRefused($input: OpenCaseInput!) {\n          openCase(input: $input) {\n            id\n          }\n        }\n      ": types.CustomerHistoryOpenCaseRefusedDocument,
    "\n        mutation CustomerHistoryRecordRepeatContact($id: ID!, $note: String) {\n          recordRepeatContact(caseId: $id, note: $note) {\n            id\n            version\n          }\n        }\n      ": types.CustomerHistoryRecordRepeatContactDocument,
    "\n        mutation CustomerHistoryRepeatRefused($id: ID!) {\n          recordRepeatContact(caseId: $id) {\n            id\n          }\n        }\n      ": types.CustomerHistoryRepeatRefusedDocument,
    "\n        query CustomerHistoryCase($id: ID!) {\n          case(id: $id) {\n            timeline {\n              type\n              detail\n            }\n          }\n        }\n      ": types.CustomerHistoryCaseDocument,
    "\n  mutation UnlinkLink($id: ID!, $of: ID!) {\n    linkDuplicate(caseId: $id, ofCaseId: $of) {\n      id\n      version\n    }\n  }\n": types.UnlinkLinkDocument,
    "\n  mutation UnlinkUnlink($id: ID!, $reason: String!, $v: Int) {\n    unlinkDuplicate(caseId: $id, reason: $reason, expectedVersion: $v) {\n      id\n      version\n      duplicateOf {\n        id\n      }\n    }\n  }\n": types.UnlinkUnlinkDocument,
    "\n  mutation UnlinkCoupon($id: ID!) {\n    issueCompensationCoupon(caseId: $id) {\n      id\n    }\n  }\n": types.UnlinkCouponDocument,
    "\n  mutation UnlinkResolve($id: ID!) {\n    resolveCase(caseId: $id, outcome: \"재문의 종결\") {\n      id\n    }\n  }\n": types.UnlinkResolveDocument,
    "\n  query UnlinkView($id: ID!) {\n    case(id: $id) {\n      version\n      couponEligibility {\n        eligible\n        omissionsThisMonth\n      }\n      timeline {\n        type\n        detail\n      }\n    }\n  }\n": types.UnlinkViewDocument,
    "\n  mutation ExitWaitRequestExit($id: ID!, $reason: String) {\n    requestExit(caseId: $id, reason: $reason) {\n      id\n      status\n      reason\n    }\n  }\n": types.ExitWaitRequestExitDocument,
    "\n  mutation ExitWaitAckExit($id: ID!) {\n    acknowledgeExit(id: $id) {\n      id\n    }\n  }\n": types.ExitWaitAckExitDocument,
    "\n  mutation ExitWaitRequestRegistration($id: ID!) {\n    requestRegistration(caseId: $id) {\n      id\n    }\n  }\n": types.ExitWaitRequestRegistrationDocument,
    "\n  mutation ExitWaitAckRegistration($id: ID!) {\n    acknowledgeRegistration(id: $id) {\n      id\n    }\n  }\n": types.ExitWaitAckRegistrationDocument,
    "\n  mutation ExitWaitReject($id: ID!, $reason: String!) {\n    rejectRegistration(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.ExitWaitRejectDocument,
    "\n  query ExitWaitActivity($id: ID!) {\n    caseActivity(id: $id) {\n      caseId\n      changedAt\n      serverTime\n    }\n  }\n": types.ExitWaitActivityDocument,
    "\n  query ExitWaitExitReasons($id: ID!) {\n    case(id: $id) {\n      exitRequests {\n        reason\n      }\n    }\n  }\n": types.ExitWaitExitReasonsDocument,
    "\n  query ExitWaitQueue {\n    exitRequestQueue {\n      id\n      reason\n    }\n  }\n": types.ExitWaitQueueDocument,
    "\n  query ExitWaitUpdatedAt($id: ID!) {\n    case(id: $id) {\n      updatedAt\n    }\n  }\n": types.ExitWaitUpdatedAtDocument,
    "\n  query ExitWaitRegistrations($id: ID!) {\n    case(id: $id) {\n      status\n      registrationRequests {\n        status\n        rejectReason\n      }\n    }\n  }\n": types.ExitWaitRegistrationsDocument,
    "\n  query ExportsCaseCount($filter: CaseFilter) {\n    cases(filter: $filter, first: 1) {\n      totalCount\n    }\n  }\n": types.ExportsCaseCountDocument,
    "\n  query ExportsRepeatReport {\n    repeatOmissionReport(month: \"2026-04\") {\n      rows {\n        lot {\n          id\n          name\n        }\n        omissions\n        customersWithRepeats\n        couponsIssued\n        couponAmount\n      }\n    }\n  }\n": types.ExportsRepeatReportDocument,
    "\n  mutation LocaleSettingSet($locale: Locale!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": types.LocaleSettingSetDocument,
    "\n  query LocaleSettingViewer {\n    viewer {\n      id\n      locale\n    }\n  }\n": types.LocaleSettingViewerDocument,
    "\n  mutation MasterDataCreateLot($input: ParkingLotInput!) {\n    createParkingLot(input: $input) {\n      id\n      name\n      integration\n      hasExitCallButton\n      operator {\n        id\n      }\n    }\n  }\n": types.MasterDataCreateLotDocument,
    "\n  mutation MasterDataCreatePass($input: PassInput!) {\n    createPass(input: $input) {\n      id\n      plate\n      startsOn\n      endsOn\n      amountPaid\n      registered\n      lot {\n        id\n      }\n      customer {\n        id\n        phoneMasked\n      }\n    }\n  }\n": types.MasterDataCreatePassDocument,
    "\n  mutation MasterDataCreateUser($input: UserInput!) {\n    createUser(input: $input) {\n      id\n      email\n      role\n      operator {\n        id\n      }\n    }\n  }\n": types.MasterDataCreateUserDocument,
    "\n  mutation FiguresOpen($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n    }\n  }\n": types.FiguresOpenDocument,
    "\n  mutation FiguresVerify($id: ID!) {\n    verifyIdentity(caseId: $id) {\n      id\n    }\n  }\n": types.FiguresVerifyDocument,
    "\n  mutation FiguresReclassify($id: ID!, $kind: VocKind!) {\n    reclassifyCase(caseId: $id, kind: $kind, reason: \"분류 정정\") {\n      id\n    }\n  }\n": types.FiguresReclassifyDocument,
    "\n  mutation FiguresLink($id: ID!, $of: ID!) {\n    linkDuplicate(caseId: $id, ofCaseId: $of) {\n      id\n    }\n  }\n": types.FiguresLinkDocument,
    "\n  mutation FiguresUnlink($id: ID!) {\n    unlinkDuplicate(caseId: $id, reason: \"다른 사고로 확인\") {\n      id\n    }\n  }\n": types.FiguresUnlinkDocument,
    "\n  mutation FiguresCoupon($id: ID!) {\n    issueCompensationCoupon(caseId: $id) {\n      id\n    }\n  }\n": types.FiguresCouponDocument,
    "\n  mutation FiguresProposeRefund($id: ID!, $amount: Int!) {\n    proposeRefund(caseId: $id, basis: COMPANY_POLICY, amount: $amount) {\n      id\n    }\n  }\n": types.FiguresProposeRefundDocument,
    "\n  mutation FiguresDecideRefund($id: ID!, $approve: Boolean!) {\n    decideRefund(id: $id, approve: $approve, reason: \"검토 완료\") {\n      id\n    }\n  }\n": types.FiguresDecideRefundDocument,
    "\n  mutation FiguresResolve($id: ID!) {\n    resolveCase(caseId: $id, outcome: \"정책 안내 후 종결\") {\n      id\n    }\n  }\n": types.FiguresResolveDocument,
    "\n  query OperatorAuthExitQueue($status: RequestStatus) {\n    exitRequestQueue(status: $status) {\n      id\n      plate\n      status\n      customer {\n        name\n        phoneMasked\n      }\n      lot {\n        id\n        name\n      }\n      case {\n        id\n        code\n        customer {\n          name\n          phoneMasked\n        }\n        pass {\n          id\n          plate\n        }\n      }\n    }\n  }\n": types.OperatorAuthExitQueueDocument,
    "\n  query OperatorAuthRegistrationQueue($status: RequestStatus) {\n    registrationQueue(status: $status) {\n      id\n      plate\n      status\n      customer {\n        name\n        phoneMasked\n      }\n      pass {\n        id\n        plate\n        customer {\n          name\n        }\n      }\n      lot {\n        id\n        name\n      }\n      case {\n        id\n        code\n        customer {\n          name\n          phoneMasked\n        }\n      }\n    }\n  }\n": types.OperatorAuthRegistrationQueueDocument,
    "\n        query OperatorAuthDuplicateView($id: ID!) {\n          case(id: $id) {\n            id\n            duplicateOf {\n              id\n              code\n              lot {\n                id\n                name\n              }\n              pass {\n                id\n                plate\n              }\n              exitRequests {\n                id\n              }\n              registrationRequests {\n                id\n                plate\n              }\n              timeline {\n                detail\n              }\n            }\n          }\n        }\n      ": types.OperatorAuthDuplicateViewDocument,
    "\n  mutation FreeTextCreateOperator($n: String!) {\n    createOperator(input: { name: $n }) {\n      id\n    }\n  }\n": types.FreeTextCreateOperatorDocument,
    "\n  query FreeTextCaseIds($f: CaseFilter) {\n    cases(filter: $f, first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.FreeTextCaseIdsDocument,
    "\n  mutation NoFullPhoneRequestExit($id: ID!) {\n    requestExit(caseId: $id) {\n      id\n    }\n  }\n": types.NoFullPhoneRequestExitDocument,
    "\n  mutation NoFullPhoneRequestRegistration($id: ID!) {\n    requestRegistration(caseId: $id) {\n      id\n    }\n  }\n": types.NoFullPhoneRequestRegistrationDocument,
    "\n  mutation NoFullPhoneRequestCancellation($id: ID!) {\n    requestPaymentCancellation(onsitePaymentId: $id) {\n      id\n    }\n  }\n": types.NoFullPhoneRequestCancellationDocument,
    "\n  mutation NoFullPhoneLinkDuplicate($id: ID!, $of: ID!) {\n    linkDuplicate(caseId: $id, ofCaseId: $of) {\n      id\n    }\n  }\n": types.NoFullPhoneLinkDuplicateDocument,
    "\n  mutation NoFullPhoneIssueCoupon($id: ID!) {\n    issueCompensationCoupon(caseId: $id) {\n      id\n    }\n  }\n": types.NoFullPhoneIssueCouponDocument,
    "\n  mutation NoFullPhoneProposeRefund($id: ID!) {\n    proposeRefund(caseId: $id, basis: CONSUMER_AGENCY, usedDays: 7) {\n      id\n    }\n  }\n": types.NoFullPhoneProposeRefundDocument,
    "\n  mutation NoFullPhoneOpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n    }\n  }\n": types.NoFullPhoneOpenCaseDocument,
    "\n  mutation NoFullPhoneVerifyIdentity($id: ID!) {\n    verifyIdentity(caseId: $id) {\n      id\n    }\n  }\n": types.NoFullPhoneVerifyIdentityDocument,
    "\n  mutation NoFullPhoneRecordGuidance($id: ID!, $d: String!) {\n    recordGuidance(caseId: $id, step: EXIT_CHECK, detail: $d) {\n      id\n    }\n  }\n": types.NoFullPhoneRecordGuidanceDocument,
    "\n  query NoFullPhoneMainCaseData($id: ID!) {\n    case(id: $id) {\n      messages {\n        toMasked\n        body\n      }\n      onsitePayments {\n        hasReceipt\n        cancellationRequested\n      }\n      pass {\n        registered\n      }\n    }\n  }\n": types.NoFullPhoneMainCaseDataDocument,
    "\n  query NoFullPhoneSecondCaseData($id: ID!) {\n    case(id: $id) {\n      coupons {\n        id\n      }\n      messages {\n        body\n      }\n    }\n  }\n": types.NoFullPhoneSecondCaseDataDocument,
    "\n  query NoFullPhoneRefundCaseData($id: ID!) {\n    case(id: $id) {\n      refunds {\n        amount\n      }\n    }\n  }\n": types.NoFullPhoneRefundCaseDataDocument,
    "\n  mutation QueueRequestExit($id: ID!) {\n    requestExit(caseId: $id) {\n      id\n      status\n    }\n  }\n": types.QueueRequestExitDocument,
    "\n  mutation QueueRequestRegistration($id: ID!) {\n    requestRegistration(caseId: $id) {\n      id\n      status\n    }\n  }\n": types.QueueRequestRegistrationDocument,
    "\n  query QueueBoth {\n    exitRequestQueue {\n      id\n      plate\n      customer {\n        name\n        phoneMasked\n      }\n    }\n    registrationQueue {\n      id\n      plate\n      status\n    }\n  }\n": types.QueueBothDocument,
    "\n  mutation QueueAcknowledgeExit($id: ID!) {\n    acknowledgeExit(id: $id) {\n      id\n    }\n  }\n": types.QueueAcknowledgeExitDocument,
    "\n  mutation QueueAcknowledgeExitStatus($id: ID!) {\n    acknowledgeExit(id: $id) {\n      status\n      acknowledgedAt\n    }\n  }\n": types.QueueAcknowledgeExitStatusDocument,
    "\n  mutation QueueConfirmRegistration($id: ID!) {\n    confirmRegistration(id: $id) {\n      id\n    }\n  }\n": types.QueueConfirmRegistrationDocument,
    "\n  mutation QueueConfirmRegistrationStatus($id: ID!) {\n    confirmRegistration(id: $id) {\n      status\n    }\n  }\n": types.QueueConfirmRegistrationStatusDocument,
    "\n  mutation QueueAcknowledgeRegistration($id: ID!) {\n    acknowledgeRegistration(id: $id) {\n      id\n    }\n  }\n": types.QueueAcknowledgeRegistrationDocument,
    "\n  mutation QueueRejectBlank($id: ID!) {\n    rejectRegistration(id: $id, reason: \" \") {\n      id\n    }\n  }\n": types.QueueRejectBlankDocument,
    "\n  mutation QueueReject($id: ID!) {\n    rejectRegistration(id: $id, reason: \"차량번호 불일치: 고객 확인 필요\") {\n      status\n      rejectReason\n    }\n  }\n": types.QueueRejectDocument,
    "\n  query QueueConfirmedCase($id: ID!) {\n    case(id: $id) {\n      pass {\n        registered\n      }\n      messages {\n        body\n      }\n      timeline {\n        type\n      }\n    }\n  }\n": types.QueueConfirmedCaseDocument,
    "\n  query QueueRejectedCase($id: ID!) {\n    case(id: $id) {\n      registrationRequests {\n        status\n        rejectReason\n      }\n      timeline {\n        type\n        detail\n      }\n    }\n  }\n": types.QueueRejectedCaseDocument,
    "\n  query QueueEscalatedCase($id: ID!) {\n    case(id: $id) {\n      timeline {\n        type\n      }\n      exitRequests {\n        overdue\n        escalatedAt\n        dueAt\n        requestedAt\n      }\n    }\n  }\n": types.QueueEscalatedCaseDocument,
    "\n  mutation StructuredFactsRequestExit($id: ID!) {\n    requestExit(caseId: $id) {\n      id\n    }\n  }\n": types.StructuredFactsRequestExitDocument,
    "\n  query StructuredFactsEligibility($id: ID!) {\n    case(id: $id) {\n      couponEligibility {\n        omissionsThisMonth\n        reason\n      }\n    }\n  }\n": types.StructuredFactsEligibilityDocument,
    "\n  mutation StructuredFactsLink($id: ID!, $of: ID!) {\n    linkDuplicate(caseId: $id, ofCaseId: $of) {\n      id\n    }\n  }\n": types.StructuredFactsLinkDocument,
    "\n  query StructuredFactsDuplicateView($id: ID!) {\n    case(id: $id) {\n      duplicateOf {\n        code\n      }\n      timeline {\n        type\n        detail\n      }\n    }\n  }\n": types.StructuredFactsDuplicateViewDocument,
    "\n  query StructuredFactsStaffView($id: ID!) {\n    viewer {\n      email\n    }\n    case(id: $id) {\n      agent {\n        email\n        name\n      }\n      timeline {\n        actor {\n          email\n        }\n      }\n    }\n  }\n": types.StructuredFactsStaffViewDocument,
    "\n  query OperatorsList {\n    operators {\n      id\n      name\n    }\n  }\n": types.OperatorsListDocument,
    "\n  query TemplatesList($all: Boolean) {\n    outcomeTemplates(includeInactive: $all) {\n      id\n      key\n      kind\n      firstResponse\n      labelKo\n      labelEn\n      bodyKo\n      active\n    }\n  }\n": types.TemplatesListDocument,
    "\n  mutation TemplatesAdd($input: OutcomeTemplateInput!) {\n    addOutcomeTemplate(input: $input) {\n      id\n      key\n      active\n      kind\n      updatedBy {\n        id\n      }\n    }\n  }\n": types.TemplatesAddDocument,
    "\n  mutation TemplatesUpdate($id: ID!, $input: OutcomeTemplateInput!) {\n    updateOutcomeTemplate(id: $id, input: $input) {\n      id\n      bodyKo\n      labelEn\n    }\n  }\n": types.TemplatesUpdateDocument,
    "\n  mutation TemplatesSetActive($id: ID!, $active: Boolean!) {\n    setOutcomeTemplateActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n": types.TemplatesSetActiveDocument,
    "\n  mutation CancellationsFile($id: ID!) {\n    requestPaymentCancellation(onsitePaymentId: $id) {\n      id\n      cancellationRequested\n      cancellation {\n        id\n        status\n        dueAt\n        owner {\n          id\n        }\n      }\n    }\n  }\n": types.CancellationsFileDocument,
    "\n  query CancellationsQueue($statuses: [CancellationStatus!]) {\n    paymentCancellations(statuses: $statuses) {\n      id\n      status\n      requestedAt\n      dueAt\n      overdue\n      escalatedAt\n      startedAt\n      resolvedAt\n      rejectReason\n      owner {\n        id\n      }\n      resolvedBy {\n        id\n      }\n      case {\n        id\n        code\n        lot {\n          name\n        }\n      }\n      payment {\n        id\n        amount\n        receiptUrl\n      }\n    }\n  }\n": types.CancellationsQueueDocument,
    "\n  query CancellationsOfCase($id: ID!) {\n    case(id: $id) {\n      onsitePayments {\n        id\n        cancellation {\n          status\n          dueAt\n          resolvedAt\n          rejectReason\n          owner {\n            id\n          }\n        }\n      }\n      timeline {\n        type\n        detail\n      }\n    }\n  }\n": types.CancellationsOfCaseDocument,
    "\n  mutation CancellationsTake($id: ID!) {\n    takePaymentCancellation(id: $id) {\n      id\n      status\n      startedAt\n      owner {\n        id\n      }\n    }\n  }\n": types.CancellationsTakeDocument,
    "\n  mutation CancellationsComplete($id: ID!) {\n    completePaymentCancellation(id: $id) {\n      id\n      status\n      resolvedAt\n      owner {\n        id\n      }\n      resolvedBy {\n        id\n      }\n    }\n  }\n": types.CancellationsCompleteDocument,
    "\n  mutation CancellationsReject($id: ID!, $reason: String!) {\n    rejectPaymentCancellation(id: $id, reason: $reason) {\n      id\n      status\n      rejectReason\n      resolvedAt\n    }\n  }\n": types.CancellationsRejectDocument,
    "\n  query CancellationsFigures {\n    paymentCancellationFigures {\n      open\n      overdue\n      completedThisMonth\n      rejectedThisMonth\n      month\n    }\n  }\n": types.CancellationsFiguresDocument,
    "\n    query ReadApiLots {\n      lots {\n        id\n        name\n        operator {\n          id\n          lots {\n            id\n          }\n        }\n      }\n    }\n  ": types.ReadApiLotsDocument,
    "\n    query ReadApiSearchPasses($plate: String, $phoneLast4: String) {\n      searchPasses(plate: $plate, phoneLast4: $phoneLast4) {\n        id\n        plate\n        customer {\n          name\n          phoneMasked\n        }\n        lot {\n          name\n        }\n      }\n    }\n  ": types.ReadApiSearchPassesDocument,
    "\n  query ReplicaCasePage($id: ID!) {\n    case(id: $id) {\n      id\n      version\n      identityVerified\n    }\n  }\n": types.ReplicaCasePageDocument,
    "\n  query ReplicaCasesOfCustomer($filter: CaseFilter) {\n    cases(filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.ReplicaCasesOfCustomerDocument,
    "\n  query ReplicaOmissionReport($month: Month!) {\n    repeatOmissionReport(month: $month) {\n      totalOmissions\n    }\n  }\n": types.ReplicaOmissionReportDocument,
    "\n  query ReasonsCouponEligibility($id: ID!) {\n    case(id: $id) {\n      id\n      couponEligibility {\n        eligible\n        reason\n      }\n    }\n  }\n": types.ReasonsCouponEligibilityDocument,
    "\n  mutation ReasonsIssueCoupon($id: ID!) {\n    issueCompensationCoupon(caseId: $id) {\n      id\n    }\n  }\n": types.ReasonsIssueCouponDocument,
    "\n  query ReasonsRefundQuote($pass: ID!, $usedDays: Int!) {\n    refundQuote(passId: $pass, usedDays: $usedDays) {\n      refund\n    }\n  }\n": types.ReasonsRefundQuoteDocument,
    "\n  mutation ReasonsCreateOperator($input: OperatorInput!) {\n    createOperator(input: $input) {\n      id\n    }\n  }\n": types.ReasonsCreateOperatorDocument,
    "\n  mutation ReasonsCreateUser($input: UserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": types.ReasonsCreateUserDocument,
    "\n  mutation ReasonsAddPolicyVersion($input: PolicyVersionInput!) {\n    addPolicyVersion(input: $input) {\n      id\n    }\n  }\n": types.ReasonsAddPolicyVersionDocument,
    "\n  mutation RefundCapPropose($id: ID!, $basis: RefundBasis!, $usedDays: Int, $amount: Int) {\n    proposeRefund(caseId: $id, basis: $basis, usedDays: $usedDays, amount: $amount) {\n      id\n      amount\n      status\n    }\n  }\n": types.RefundCapProposeDocument,
    "\n  mutation RefundCapDecide($id: ID!, $approve: Boolean!, $reason: String) {\n    decideRefund(id: $id, approve: $approve, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.RefundCapDecideDocument,
    "\n  query RefundCapRefundable($id: ID!) {\n    case(id: $id) {\n      pass {\n        refundableAmount\n      }\n    }\n  }\n": types.RefundCapRefundableDocument,
    "\n  query TestRepeatOmissionPage($month: Month!, $first: Int, $after: String) {\n    repeatOmissionReport(month: $month, first: $first, after: $after) {\n      totalOmissions\n      totalCount\n      rows {\n        lot {\n          id\n        }\n        omissions\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.TestRepeatOmissionPageDocument,
    "\n  query HeatmapReport($end: Month!, $months: Int, $lots: Int) {\n    omissionHeatmap(endMonth: $end, months: $months, lots: $lots) {\n      months\n      rows {\n        lot {\n          id\n          name\n        }\n        counts\n        total\n      }\n    }\n  }\n": types.HeatmapReportDocument,
    "\n      query HeatmapCellCases($f: CaseFilter) {\n        cases(filter: $f, first: 1) {\n          totalCount\n        }\n      }\n    ": types.HeatmapCellCasesDocument,
    "\n  mutation HygieneCreateOperator($i: OperatorInput!) {\n    createOperator(input: $i) {\n      id\n      name\n    }\n  }\n": types.HygieneCreateOperatorDocument,
    "\n  mutation HygieneOpenCase($i: OpenCaseInput!) {\n    openCase(input: $i) {\n      id\n    }\n  }\n": types.HygieneOpenCaseDocument,
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
export function graphql(source: "\n  mutation RecordGuidance($caseId: ID!, $step: GuideStepKey!, $detail: String!, $expectedVersion: Int) {\n    recordGuidance(caseId: $caseId, step: $step, detail: $detail, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RecordGuidance($caseId: ID!, $step: GuideStepKey!, $detail: String!, $expectedVersion: Int) {\n    recordGuidance(caseId: $caseId, step: $step, detail: $detail, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseListRow on Case {\n    id\n    code\n    createdAt\n    kind\n    status\n    customer {\n      id\n      name\n      phoneMasked\n    }\n    pass {\n      id\n      plate\n    }\n    lot {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CaseListRow on Case {\n    id\n    code\n    createdAt\n    kind\n    status\n    customer {\n      id\n      name\n      phoneMasked\n    }\n    pass {\n      id\n      plate\n    }\n    lot {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseListPage on CaseConnection {\n    totalCount\n    pageInfo {\n      ...PagerInfo\n    }\n    edges {\n      node {\n        ...CaseListRow\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CaseListPage on CaseConnection {\n    totalCount\n    pageInfo {\n      ...PagerInfo\n    }\n    edges {\n      node {\n        ...CaseListRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentCases($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      ...CaseListPage\n    }\n  }\n"): (typeof documents)["\n  query AgentCases($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      ...CaseListPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCaseNote($caseId: ID!, $text: String!, $expectedVersion: Int) {\n    addCaseNote(caseId: $caseId, text: $text, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AddCaseNote($caseId: ID!, $text: String!, $expectedVersion: Int) {\n    addCaseNote(caseId: $caseId, text: $text, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CancellationState on PaymentCancellation {\n    id\n    status\n    dueAt\n    overdue\n    resolvedAt\n    rejectReason\n  }\n"): (typeof documents)["\n  fragment CancellationState on PaymentCancellation {\n    id\n    status\n    dueAt\n    overdue\n    resolvedAt\n    rejectReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentCase($id: ID!) {\n    viewer {\n      id\n      name\n    }\n    case(id: $id) {\n      id\n      code\n      status\n      kind\n      consultationType\n      incidentAt\n      incidentMonth\n      identityVerified\n      version\n      createdAt\n      updatedAt\n      note\n      outcome\n      resolvedAt\n      smsPreview\n      lastActor {\n        id\n        name\n      }\n      agent {\n        id\n        name\n      }\n      duplicateOf {\n        id\n        code\n      }\n      customer {\n        id\n        name\n        phoneMasked\n      }\n      pass {\n        id\n        plate\n        startsOn\n        endsOn\n        amountPaid\n        availableDays\n        registered\n        refundableAmount\n      }\n      lot {\n        id\n        name\n        integration\n        hasExitCallButton\n        phone\n      }\n      couponEligibility {\n        eligible\n        omissionsThisMonth\n        amount\n        reason\n      }\n      policyTerms {\n        effectiveFrom\n        couponAmount\n        repeatThreshold\n        couponsPerMonth\n      }\n      firstResponseAt\n      identityUnconfirmedAt\n      exitRequests {\n        id\n        status\n        requestedAt\n        acknowledgedAt\n        reason\n        overdue\n        escalatedAt\n      }\n      registrationRequests {\n        id\n        status\n        requestedAt\n        acknowledgedAt\n        resolvedAt\n        rejectReason\n        overdue\n        escalatedAt\n      }\n      onsitePayments {\n        id\n        amount\n        paidAt\n        hasReceipt\n        cancellationRequested\n        receiptUrl\n        cancellation {\n          ...CancellationState\n        }\n      }\n      coupons {\n        id\n        amount\n        month\n        issuedAt\n        issuedUnderKind\n        underEarlierKind\n      }\n      refunds {\n        id\n        basis\n        usedDays\n        amount\n        status\n      }\n      timeline {\n        at\n        type\n        detail\n        reason {\n          code\n          params\n        }\n        scriptStep\n        actor {\n          id\n          name\n        }\n      }\n      messages {\n        id\n        toMasked\n        body\n        status\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgentCase($id: ID!) {\n    viewer {\n      id\n      name\n    }\n    case(id: $id) {\n      id\n      code\n      status\n      kind\n      consultationType\n      incidentAt\n      incidentMonth\n      identityVerified\n      version\n      createdAt\n      updatedAt\n      note\n      outcome\n      resolvedAt\n      smsPreview\n      lastActor {\n        id\n        name\n      }\n      agent {\n        id\n        name\n      }\n      duplicateOf {\n        id\n        code\n      }\n      customer {\n        id\n        name\n        phoneMasked\n      }\n      pass {\n        id\n        plate\n        startsOn\n        endsOn\n        amountPaid\n        availableDays\n        registered\n        refundableAmount\n      }\n      lot {\n        id\n        name\n        integration\n        hasExitCallButton\n        phone\n      }\n      couponEligibility {\n        eligible\n        omissionsThisMonth\n        amount\n        reason\n      }\n      policyTerms {\n        effectiveFrom\n        couponAmount\n        repeatThreshold\n        couponsPerMonth\n      }\n      firstResponseAt\n      identityUnconfirmedAt\n      exitRequests {\n        id\n        status\n        requestedAt\n        acknowledgedAt\n        reason\n        overdue\n        escalatedAt\n      }\n      registrationRequests {\n        id\n        status\n        requestedAt\n        acknowledgedAt\n        resolvedAt\n        rejectReason\n        overdue\n        escalatedAt\n      }\n      onsitePayments {\n        id\n        amount\n        paidAt\n        hasReceipt\n        cancellationRequested\n        receiptUrl\n        cancellation {\n          ...CancellationState\n        }\n      }\n      coupons {\n        id\n        amount\n        month\n        issuedAt\n        issuedUnderKind\n        underEarlierKind\n      }\n      refunds {\n        id\n        basis\n        usedDays\n        amount\n        status\n      }\n      timeline {\n        at\n        type\n        detail\n        reason {\n          code\n          params\n        }\n        scriptStep\n        actor {\n          id\n          name\n        }\n      }\n      messages {\n        id\n        toMasked\n        body\n        status\n        createdAt\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation RequestExit($caseId: ID!, $expectedVersion: Int, $reason: String) {\n    requestExit(caseId: $caseId, expectedVersion: $expectedVersion, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestExit($caseId: ID!, $expectedVersion: Int, $reason: String) {\n    requestExit(caseId: $caseId, expectedVersion: $expectedVersion, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFirstResponse($caseId: ID!, $text: String!, $expectedVersion: Int) {\n    recordFirstResponse(caseId: $caseId, text: $text, expectedVersion: $expectedVersion) {\n      id\n      version\n      firstResponseAt\n    }\n  }\n"): (typeof documents)["\n  mutation RecordFirstResponse($caseId: ID!, $text: String!, $expectedVersion: Int) {\n    recordFirstResponse(caseId: $caseId, text: $text, expectedVersion: $expectedVersion) {\n      id\n      version\n      firstResponseAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordIdentityUnconfirmed($caseId: ID!, $expectedVersion: Int) {\n    recordIdentityUnconfirmed(caseId: $caseId, expectedVersion: $expectedVersion) {\n      id\n      version\n      status\n      identityUnconfirmedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RecordIdentityUnconfirmed($caseId: ID!, $expectedVersion: Int) {\n    recordIdentityUnconfirmed(caseId: $caseId, expectedVersion: $expectedVersion) {\n      id\n      version\n      status\n      identityUnconfirmedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordOnsitePayment($caseId: ID!, $amount: Int!, $paidAt: DateTime!, $expectedVersion: Int) {\n    recordOnsitePayment(caseId: $caseId, amount: $amount, paidAt: $paidAt, expectedVersion: $expectedVersion) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordOnsitePayment($caseId: ID!, $amount: Int!, $paidAt: DateTime!, $expectedVersion: Int) {\n    recordOnsitePayment(caseId: $caseId, amount: $amount, paidAt: $paidAt, expectedVersion: $expectedVersion) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPaymentCancellation($onsitePaymentId: ID!, $expectedVersion: Int) {\n    requestPaymentCancellation(onsitePaymentId: $onsitePaymentId, expectedVersion: $expectedVersion) {\n      id\n      cancellationRequested\n      cancellation {\n        ...CancellationState\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestPaymentCancellation($onsitePaymentId: ID!, $expectedVersion: Int) {\n    requestPaymentCancellation(onsitePaymentId: $onsitePaymentId, expectedVersion: $expectedVersion) {\n      id\n      cancellationRequested\n      cancellation {\n        ...CancellationState\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n      code\n    }\n  }\n"): (typeof documents)["\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OutcomeTemplateText on OutcomeTemplate {\n    id\n    key\n    kind\n    firstResponse\n    labelKo\n    labelEn\n    bodyKo\n    bodyEn\n  }\n"): (typeof documents)["\n  fragment OutcomeTemplateText on OutcomeTemplate {\n    id\n    key\n    kind\n    firstResponse\n    labelKo\n    labelEn\n    bodyKo\n    bodyEn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutcomeTemplates {\n    outcomeTemplates {\n      ...OutcomeTemplateText\n    }\n  }\n"): (typeof documents)["\n  query OutcomeTemplates {\n    outcomeTemplates {\n      ...OutcomeTemplateText\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReclassifyCase($caseId: ID!, $kind: VocKind!, $reason: String!, $expectedVersion: Int) {\n    reclassifyCase(caseId: $caseId, kind: $kind, reason: $reason, expectedVersion: $expectedVersion) {\n      id\n      kind\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ReclassifyCase($caseId: ID!, $kind: VocKind!, $reason: String!, $expectedVersion: Int) {\n    reclassifyCase(caseId: $caseId, kind: $kind, reason: $reason, expectedVersion: $expectedVersion) {\n      id\n      kind\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RefundQuote($passId: ID!, $usedDays: Int!) {\n    refundQuote(passId: $passId, usedDays: $usedDays) {\n      paid\n      availableDays\n      usedDays\n      usedAmount\n      refund\n    }\n  }\n"): (typeof documents)["\n  query RefundQuote($passId: ID!, $usedDays: Int!) {\n    refundQuote(passId: $passId, usedDays: $usedDays) {\n      paid\n      availableDays\n      usedDays\n      usedAmount\n      refund\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeRefund($caseId: ID!, $basis: RefundBasis!, $usedDays: Int, $amount: Int, $expectedVersion: Int, $reason: String) {\n    proposeRefund(\n      caseId: $caseId\n      basis: $basis\n      usedDays: $usedDays\n      amount: $amount\n      expectedVersion: $expectedVersion\n      reason: $reason\n    ) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeRefund($caseId: ID!, $basis: RefundBasis!, $usedDays: Int, $amount: Int, $expectedVersion: Int, $reason: String) {\n    proposeRefund(\n      caseId: $caseId\n      basis: $basis\n      usedDays: $usedDays\n      amount: $amount\n      expectedVersion: $expectedVersion\n      reason: $reason\n    ) {\n      id\n      status\n    }\n  }\n"];
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
export function graphql(source: "\n  query CaseActivity($id: ID!) {\n    caseActivity(id: $id) {\n      caseId\n      changedAt\n      serverTime\n    }\n  }\n"): (typeof documents)["\n  query CaseActivity($id: ID!) {\n    caseActivity(id: $id) {\n      caseId\n      changedAt\n      serverTime\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerHistory($customerId: ID!, $lotId: ID!, $excludeCaseId: ID) {\n    customerHistory(customerId: $customerId) {\n      customerId\n      month\n      countedOmissionsThisMonth\n      totalCases\n      cases {\n        ...HistoryCaseFields\n      }\n      coupons {\n        caseId\n        caseCode\n        month\n        amount\n        issuedAt\n      }\n      refunds {\n        caseId\n        caseCode\n        status\n        amount\n        proposedAt\n      }\n      openRequests {\n        kind\n        caseId\n        caseCode\n        status\n        requestedAt\n      }\n      sameIncident(lotId: $lotId, excludeCaseId: $excludeCaseId) {\n        ...HistoryCaseFields\n      }\n    }\n  }\n\n  fragment HistoryCaseFields on CustomerHistoryCase {\n    id\n    code\n    incidentAt\n    incidentMonth\n    kind\n    status\n    lotId\n    lotName\n    createdAt\n    identityVerified\n    omissionCount\n    duplicateOfId\n    duplicateOfCode\n  }\n"): (typeof documents)["\n  query CustomerHistory($customerId: ID!, $lotId: ID!, $excludeCaseId: ID) {\n    customerHistory(customerId: $customerId) {\n      customerId\n      month\n      countedOmissionsThisMonth\n      totalCases\n      cases {\n        ...HistoryCaseFields\n      }\n      coupons {\n        caseId\n        caseCode\n        month\n        amount\n        issuedAt\n      }\n      refunds {\n        caseId\n        caseCode\n        status\n        amount\n        proposedAt\n      }\n      openRequests {\n        kind\n        caseId\n        caseCode\n        status\n        requestedAt\n      }\n      sameIncident(lotId: $lotId, excludeCaseId: $excludeCaseId) {\n        ...HistoryCaseFields\n      }\n    }\n  }\n\n  fragment HistoryCaseFields on CustomerHistoryCase {\n    id\n    code\n    incidentAt\n    incidentMonth\n    kind\n    status\n    lotId\n    lotName\n    createdAt\n    identityVerified\n    omissionCount\n    duplicateOfId\n    duplicateOfCode\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkDuplicate($caseId: ID!, $ofCaseId: ID!, $expectedVersion: Int) {\n    linkDuplicate(caseId: $caseId, ofCaseId: $ofCaseId, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation LinkDuplicate($caseId: ID!, $ofCaseId: ID!, $expectedVersion: Int) {\n    linkDuplicate(caseId: $caseId, ofCaseId: $ofCaseId, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkDuplicate($caseId: ID!, $reason: String!, $expectedVersion: Int) {\n    unlinkDuplicate(caseId: $caseId, reason: $reason, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UnlinkDuplicate($caseId: ID!, $reason: String!, $expectedVersion: Int) {\n    unlinkDuplicate(caseId: $caseId, reason: $reason, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordRepeatContact($caseId: ID!) {\n    recordRepeatContact(caseId: $caseId) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RecordRepeatContact($caseId: ID!) {\n    recordRepeatContact(caseId: $caseId) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PaletteCase on Case {\n    id\n    code\n    status\n    incidentAt\n    customer {\n      id\n      name\n    }\n    pass {\n      id\n      plate\n    }\n    lot {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PaletteCase on Case {\n    id\n    code\n    status\n    incidentAt\n    customer {\n      id\n      name\n    }\n    pass {\n      id\n      plate\n    }\n    lot {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaletteCases(\n    $code: String\n    $plate: String\n    $phoneLast4: String\n    $byCode: Boolean!\n    $byPlate: Boolean!\n    $byPhone: Boolean!\n    $first: Int!\n  ) {\n    byCode: cases(filter: { code: $code }, first: $first) @include(if: $byCode) {\n      edges {\n        node {\n          ...PaletteCase\n        }\n      }\n    }\n    byPlate: cases(filter: { plate: $plate }, first: $first) @include(if: $byPlate) {\n      edges {\n        node {\n          ...PaletteCase\n        }\n      }\n    }\n    byPhone: cases(filter: { phoneLast4: $phoneLast4 }, first: $first) @include(if: $byPhone) {\n      edges {\n        node {\n          ...PaletteCase\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PaletteCases(\n    $code: String\n    $plate: String\n    $phoneLast4: String\n    $byCode: Boolean!\n    $byPlate: Boolean!\n    $byPhone: Boolean!\n    $first: Int!\n  ) {\n    byCode: cases(filter: { code: $code }, first: $first) @include(if: $byCode) {\n      edges {\n        node {\n          ...PaletteCase\n        }\n      }\n    }\n    byPlate: cases(filter: { plate: $plate }, first: $first) @include(if: $byPlate) {\n      edges {\n        node {\n          ...PaletteCase\n        }\n      }\n    }\n    byPhone: cases(filter: { phoneLast4: $phoneLast4 }, first: $first) @include(if: $byPhone) {\n      edges {\n        node {\n          ...PaletteCase\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessLog($filter: AccessLogFilter, $first: Int, $after: String) {\n    accessLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PagerInfo\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          subjectType\n          subjectId\n          subjectLabel\n          clientAddress\n          detail\n          actor {\n            id\n            name\n            email\n            role\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccessLog($filter: AccessLogFilter, $first: Int, $after: String) {\n    accessLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PagerInfo\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          subjectType\n          subjectId\n          subjectLabel\n          clientAddress\n          detail\n          actor {\n            id\n            name\n            email\n            role\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessLogAccounts {\n    users {\n      id\n      name\n      email\n      role\n    }\n  }\n"): (typeof documents)["\n  query AccessLogAccounts {\n    users {\n      id\n      name\n      email\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BulkJobProgress on BulkCaseJob {\n    id\n    action\n    total\n    done\n    status\n  }\n"): (typeof documents)["\n  fragment BulkJobProgress on BulkCaseJob {\n    id\n    action\n    total\n    done\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkAgents {\n    users {\n      id\n      name\n      email\n      role\n      active\n    }\n  }\n"): (typeof documents)["\n  query BulkAgents {\n    users {\n      id\n      name\n      email\n      role\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartBulkCaseJob($filter: CaseFilter!, $expectedCount: Int!, $reassignTo: ID, $note: String) {\n    startBulkCaseJob(filter: $filter, expectedCount: $expectedCount, reassignTo: $reassignTo, note: $note) {\n      ...BulkJobProgress\n    }\n  }\n"): (typeof documents)["\n  mutation StartBulkCaseJob($filter: CaseFilter!, $expectedCount: Int!, $reassignTo: ID, $note: String) {\n    startBulkCaseJob(filter: $filter, expectedCount: $expectedCount, reassignTo: $reassignTo, note: $note) {\n      ...BulkJobProgress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunBulkCaseJobBatch($id: ID!) {\n    runBulkCaseJobBatch(id: $id) {\n      ...BulkJobProgress\n    }\n  }\n"): (typeof documents)["\n  mutation RunBulkCaseJobBatch($id: ID!) {\n    runBulkCaseJobBatch(id: $id) {\n      ...BulkJobProgress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentCancellations($statuses: [CancellationStatus!]) {\n    paymentCancellations(statuses: $statuses) {\n      id\n      status\n      requestedAt\n      dueAt\n      overdue\n      escalatedAt\n      startedAt\n      resolvedAt\n      rejectReason\n      owner {\n        id\n        name\n      }\n      case {\n        id\n        code\n        lot {\n          id\n          name\n        }\n      }\n      payment {\n        id\n        amount\n        paidAt\n        receiptUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query PaymentCancellations($statuses: [CancellationStatus!]) {\n    paymentCancellations(statuses: $statuses) {\n      id\n      status\n      requestedAt\n      dueAt\n      overdue\n      escalatedAt\n      startedAt\n      resolvedAt\n      rejectReason\n      owner {\n        id\n        name\n      }\n      case {\n        id\n        code\n        lot {\n          id\n          name\n        }\n      }\n      payment {\n        id\n        amount\n        paidAt\n        receiptUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentCancellationFigures {\n    paymentCancellationFigures {\n      open\n      overdue\n      completedThisMonth\n      rejectedThisMonth\n      month\n    }\n  }\n"): (typeof documents)["\n  query PaymentCancellationFigures {\n    paymentCancellationFigures {\n      open\n      overdue\n      completedThisMonth\n      rejectedThisMonth\n      month\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakePaymentCancellation($id: ID!) {\n    takePaymentCancellation(id: $id) {\n      id\n      status\n      startedAt\n      owner {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TakePaymentCancellation($id: ID!) {\n    takePaymentCancellation(id: $id) {\n      id\n      status\n      startedAt\n      owner {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompletePaymentCancellation($id: ID!) {\n    completePaymentCancellation(id: $id) {\n      id\n      status\n      resolvedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CompletePaymentCancellation($id: ID!) {\n    completePaymentCancellation(id: $id) {\n      id\n      status\n      resolvedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectPaymentCancellation($id: ID!, $reason: String!) {\n    rejectPaymentCancellation(id: $id, reason: $reason) {\n      id\n      status\n      resolvedAt\n      rejectReason\n    }\n  }\n"): (typeof documents)["\n  mutation RejectPaymentCancellation($id: ID!, $reason: String!) {\n    rejectPaymentCancellation(id: $id, reason: $reason) {\n      id\n      status\n      resolvedAt\n      rejectReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagerCases($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      ...CaseListPage\n      edges {\n        node {\n          agent {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ManagerCases($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      ...CaseListPage\n      edges {\n        node {\n          agent {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagerLots {\n    lots {\n      ...LotOverview\n      operator {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ManagerLots {\n    lots {\n      ...LotOverview\n      operator {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagerNotices {\n    managerNotices(first: 10) {\n      id\n      message\n      reason {\n        code\n        params\n      }\n      createdAt\n      case {\n        id\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query ManagerNotices {\n    managerNotices(first: 10) {\n      id\n      message\n      reason {\n        code\n        params\n      }\n      createdAt\n      case {\n        id\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportLot on ParkingLot {\n    id\n    name\n    operator {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ReportLot on ParkingLot {\n    id\n    name\n    operator {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LotOmissionRowFields on RepeatOmissionRow {\n    lot {\n      ...ReportLot\n    }\n    omissions\n    customersWithRepeats\n    couponsIssued\n    couponAmount\n  }\n"): (typeof documents)["\n  fragment LotOmissionRowFields on RepeatOmissionRow {\n    lot {\n      ...ReportLot\n    }\n    omissions\n    customersWithRepeats\n    couponsIssued\n    couponAmount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagerReport($month: Month!, $previous: Month!, $topLots: Int!) {\n    repeatOmissionReport(month: $month, first: $topLots) {\n      month\n      totalOmissions\n      totalCount\n      rows {\n        ...LotOmissionRowFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    repeatCustomers(month: $month) {\n      customer {\n        id\n        name\n        phoneMasked\n      }\n      omissions\n      couponIssued\n      lots {\n        id\n        name\n      }\n    }\n    previousRepeatCustomers: repeatCustomers(month: $previous) {\n      customer {\n        id\n      }\n    }\n    monthlyTrend(endMonth: $month, months: 12) {\n      month\n      omissions\n      couponsIssued\n      couponAmount\n      refundsCount\n      refundAmount\n    }\n    operatorOmissionReport(month: $month) {\n      operator {\n        id\n        name\n      }\n      omissions\n      customersWithRepeats\n      couponsIssued\n      couponAmount\n      refundsCount\n      refundAmount\n    }\n    responseTimes(month: $month) {\n      byOperator {\n        operator {\n          id\n        }\n        times {\n          exitAckMedianSeconds\n          exitWithinTargetShare\n          overdueCount\n        }\n      }\n    }\n    worseningLots(month: $month) {\n      lot {\n        ...ReportLot\n      }\n      previous\n      current\n      change\n    }\n    omissionHeatmap(endMonth: $month, months: 6, lots: 15) {\n      months\n      rows {\n        lot {\n          ...ReportLot\n        }\n        counts\n        total\n      }\n    }\n  }\n"): (typeof documents)["\n  query ManagerReport($month: Month!, $previous: Month!, $topLots: Int!) {\n    repeatOmissionReport(month: $month, first: $topLots) {\n      month\n      totalOmissions\n      totalCount\n      rows {\n        ...LotOmissionRowFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    repeatCustomers(month: $month) {\n      customer {\n        id\n        name\n        phoneMasked\n      }\n      omissions\n      couponIssued\n      lots {\n        id\n        name\n      }\n    }\n    previousRepeatCustomers: repeatCustomers(month: $previous) {\n      customer {\n        id\n      }\n    }\n    monthlyTrend(endMonth: $month, months: 12) {\n      month\n      omissions\n      couponsIssued\n      couponAmount\n      refundsCount\n      refundAmount\n    }\n    operatorOmissionReport(month: $month) {\n      operator {\n        id\n        name\n      }\n      omissions\n      customersWithRepeats\n      couponsIssued\n      couponAmount\n      refundsCount\n      refundAmount\n    }\n    responseTimes(month: $month) {\n      byOperator {\n        operator {\n          id\n        }\n        times {\n          exitAckMedianSeconds\n          exitWithinTargetShare\n          overdueCount\n        }\n      }\n    }\n    worseningLots(month: $month) {\n      lot {\n        ...ReportLot\n      }\n      previous\n      current\n      change\n    }\n    omissionHeatmap(endMonth: $month, months: 6, lots: 15) {\n      months\n      rows {\n        lot {\n          ...ReportLot\n        }\n        counts\n        total\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagerReportMoreLots($month: Month!, $after: String!) {\n    repeatOmissionReport(month: $month, after: $after) {\n      rows {\n        ...LotOmissionRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ManagerReportMoreLots($month: Month!, $after: String!) {\n    repeatOmissionReport(month: $month, after: $after) {\n      rows {\n        ...LotOmissionRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagerOutcomeTemplates {\n    outcomeTemplates(includeInactive: true) {\n      ...OutcomeTemplateText\n      sortOrder\n      active\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query ManagerOutcomeTemplates {\n    outcomeTemplates(includeInactive: true) {\n      ...OutcomeTemplateText\n      sortOrder\n      active\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddOutcomeTemplate($input: OutcomeTemplateInput!) {\n    addOutcomeTemplate(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddOutcomeTemplate($input: OutcomeTemplateInput!) {\n    addOutcomeTemplate(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOutcomeTemplate($id: ID!, $input: OutcomeTemplateInput!) {\n    updateOutcomeTemplate(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOutcomeTemplate($id: ID!, $input: OutcomeTemplateInput!) {\n    updateOutcomeTemplate(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOutcomeTemplateActive($id: ID!, $active: Boolean!) {\n    setOutcomeTemplateActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation SetOutcomeTemplateActive($id: ID!, $active: Boolean!) {\n    setOutcomeTemplateActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PolicyVersionFields on PolicyVersion {\n    id\n    effectiveFrom\n    couponAmount\n    repeatThreshold\n    couponsPerMonth\n    note\n    createdAt\n  }\n"): (typeof documents)["\n  fragment PolicyVersionFields on PolicyVersion {\n    id\n    effectiveFrom\n    couponAmount\n    repeatThreshold\n    couponsPerMonth\n    note\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyVersions {\n    policyVersions {\n      ...PolicyVersionFields\n    }\n  }\n"): (typeof documents)["\n  query PolicyVersions {\n    policyVersions {\n      ...PolicyVersionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPolicyVersion($input: PolicyVersionInput!) {\n    addPolicyVersion(input: $input) {\n      ...PolicyVersionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddPolicyVersion($input: PolicyVersionInput!) {\n    addPolicyVersion(input: $input) {\n      ...PolicyVersionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RefundApprovals {\n    refundApprovals {\n      id\n      basis\n      usedDays\n      availableDays\n      paid\n      amount\n      status\n      proposedAt\n      proposalReason\n      proposedBy {\n        id\n        name\n      }\n      case {\n        id\n        code\n        lot {\n          id\n          name\n        }\n        customer {\n          id\n          name\n          phoneMasked\n        }\n      }\n      pass {\n        id\n        plate\n      }\n    }\n  }\n"): (typeof documents)["\n  query RefundApprovals {\n    refundApprovals {\n      id\n      basis\n      usedDays\n      availableDays\n      paid\n      amount\n      status\n      proposedAt\n      proposalReason\n      proposedBy {\n        id\n        name\n      }\n      case {\n        id\n        code\n        lot {\n          id\n          name\n        }\n        customer {\n          id\n          name\n          phoneMasked\n        }\n      }\n      pass {\n        id\n        plate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideRefund($id: ID!, $approve: Boolean!, $reason: String) {\n    decideRefund(id: $id, approve: $approve, reason: $reason) {\n      id\n      status\n      decidedAt\n      decisionReason\n    }\n  }\n"): (typeof documents)["\n  mutation DecideRefund($id: ID!, $approve: Boolean!, $reason: String) {\n    decideRefund(id: $id, approve: $approve, reason: $reason) {\n      id\n      status\n      decidedAt\n      decisionReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResponseTargetFields on OperatorResponseTargets {\n    operator {\n      id\n      name\n    }\n    exitAckMinutes\n    registrationConfirmMinutes\n    isDefault\n  }\n"): (typeof documents)["\n  fragment ResponseTargetFields on OperatorResponseTargets {\n    operator {\n      id\n      name\n    }\n    exitAckMinutes\n    registrationConfirmMinutes\n    isDefault\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponseTargets {\n    responseTargets {\n      ...ResponseTargetFields\n    }\n  }\n"): (typeof documents)["\n  query ResponseTargets {\n    responseTargets {\n      ...ResponseTargetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetResponseTargets($operatorId: ID!, $exitAckMinutes: Int!, $registrationConfirmMinutes: Int!) {\n    setResponseTargets(operatorId: $operatorId, exitAckMinutes: $exitAckMinutes, registrationConfirmMinutes: $registrationConfirmMinutes) {\n      ...ResponseTargetFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetResponseTargets($operatorId: ID!, $exitAckMinutes: Int!, $registrationConfirmMinutes: Int!) {\n    setResponseTargets(operatorId: $operatorId, exitAckMinutes: $exitAckMinutes, registrationConfirmMinutes: $registrationConfirmMinutes) {\n      ...ResponseTargetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnverifiedContacts($month: Month!) {\n    unverifiedContacts(month: $month) {\n      month\n      total\n      rows {\n        count\n        lot {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnverifiedContacts($month: Month!) {\n    unverifiedContacts(month: $month) {\n      month\n      total\n      rows {\n        count\n        lot {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffUserFields on User {\n    id\n    name\n    email\n    role\n    active\n    operator {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment StaffUserFields on User {\n    id\n    name\n    email\n    role\n    active\n    operator {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffUsers {\n    viewer {\n      id\n    }\n    users {\n      ...StaffUserFields\n    }\n  }\n"): (typeof documents)["\n  query StaffUsers {\n    viewer {\n      id\n    }\n    users {\n      ...StaffUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorChoices {\n    operators {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query OperatorChoices {\n    operators {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStaffUser($input: UserInput!) {\n    createUser(input: $input) {\n      ...StaffUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStaffUser($input: UserInput!) {\n    createUser(input: $input) {\n      ...StaffUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserActive($id: ID!, $active: Boolean!) {\n    setUserActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserActive($id: ID!, $active: Boolean!) {\n    setUserActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LotOverview on ParkingLot {\n    id\n    name\n    address\n    integration\n    hasExitCallButton\n  }\n"): (typeof documents)["\n  fragment LotOverview on ParkingLot {\n    id\n    name\n    address\n    integration\n    hasExitCallButton\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorLots {\n    lots {\n      ...LotOverview\n    }\n  }\n"): (typeof documents)["\n  query OperatorLots {\n    lots {\n      ...LotOverview\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation UndoAcknowledgeExit($id: ID!) {\n    undoAcknowledgeExit(id: $id) {\n      id\n      status\n      acknowledgedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UndoAcknowledgeExit($id: ID!) {\n    undoAcknowledgeExit(id: $id) {\n      id\n      status\n      acknowledgedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoAcknowledgeRegistration($id: ID!) {\n    undoAcknowledgeRegistration(id: $id) {\n      id\n      status\n      acknowledgedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UndoAcknowledgeRegistration($id: ID!) {\n    undoAcknowledgeRegistration(id: $id) {\n      id\n      status\n      acknowledgedAt\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation SetMyLocale($locale: Locale!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyLocale($locale: Locale!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerOperator {\n    viewer {\n      id\n      role\n      operator {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ViewerOperator {\n    viewer {\n      id\n      role\n      operator {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PagerInfo on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"): (typeof documents)["\n  fragment PagerInfo on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TestBulkJobFields on BulkCaseJob {\n    id\n    action\n    total\n    done\n    status\n    createdAt\n  }\n"): (typeof documents)["\n  fragment TestBulkJobFields on BulkCaseJob {\n    id\n    action\n    total\n    done\n    status\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestStartBulkJob($filter: CaseFilter!, $expected: Int!, $reassignTo: ID, $note: String) {\n    startBulkCaseJob(filter: $filter, expectedCount: $expected, reassignTo: $reassignTo, note: $note) {\n      ...TestBulkJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation TestStartBulkJob($filter: CaseFilter!, $expected: Int!, $reassignTo: ID, $note: String) {\n    startBulkCaseJob(filter: $filter, expectedCount: $expected, reassignTo: $reassignTo, note: $note) {\n      ...TestBulkJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestRunBulkJobBatch($id: ID!) {\n    runBulkCaseJobBatch(id: $id) {\n      ...TestBulkJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation TestRunBulkJobBatch($id: ID!) {\n    runBulkCaseJobBatch(id: $id) {\n      ...TestBulkJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestBulkJob($id: ID!) {\n    bulkCaseJob(id: $id) {\n      ...TestBulkJobFields\n    }\n  }\n"): (typeof documents)["\n  query TestBulkJob($id: ID!) {\n    bulkCaseJob(id: $id) {\n      ...TestBulkJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestOpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n      code\n      version\n      status\n      incidentMonth\n      identityVerified\n      consultationType\n    }\n  }\n"): (typeof documents)["\n  mutation TestOpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n      code\n      version\n      status\n      incidentMonth\n      identityVerified\n      consultationType\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestVerifyIdentity($id: ID!) {\n    verifyIdentity(caseId: $id) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation TestVerifyIdentity($id: ID!) {\n    verifyIdentity(caseId: $id) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestRecordPayment($id: ID!, $amount: Int!, $paidAt: DateTime!) {\n    recordOnsitePayment(caseId: $id, amount: $amount, paidAt: $paidAt) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TestRecordPayment($id: ID!, $amount: Int!, $paidAt: DateTime!) {\n    recordOnsitePayment(caseId: $id, amount: $amount, paidAt: $paidAt) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RefusalProbeCaseView($id: ID!) {\n    case(id: $id) {\n      version\n      status\n      identityVerified\n      duplicateOf {\n        id\n      }\n      timeline {\n        type\n      }\n      onsitePayments {\n        id\n        cancellationRequested\n      }\n    }\n  }\n"): (typeof documents)["\n  query RefusalProbeCaseView($id: ID!) {\n    case(id: $id) {\n      version\n      status\n      identityVerified\n      duplicateOf {\n        id\n      }\n      timeline {\n        type\n      }\n      onsitePayments {\n        id\n        cancellationRequested\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestRequestExit($id: ID!) {\n    requestExit(caseId: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TestRequestExit($id: ID!) {\n    requestExit(caseId: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestRequestRegistration($id: ID!) {\n    requestRegistration(caseId: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TestRequestRegistration($id: ID!) {\n    requestRegistration(caseId: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SampleProposeRefund($id: ID!) {\n    proposeRefund(caseId: $id, basis: CONSUMER_AGENCY, usedDays: 7) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SampleProposeRefund($id: ID!) {\n    proposeRefund(caseId: $id, basis: CONSUMER_AGENCY, usedDays: 7) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SampleRequestCancellation($id: ID!) {\n    requestPaymentCancellation(onsitePaymentId: $id) {\n      cancellation {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SampleRequestCancellation($id: ID!) {\n    requestPaymentCancellation(onsitePaymentId: $id) {\n      cancellation {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SampleCountCases($f: CaseFilter) {\n    cases(filter: $f, first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query SampleCountCases($f: CaseFilter) {\n    cases(filter: $f, first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SampleStartBulkJob($f: CaseFilter!, $n: Int!) {\n    startBulkCaseJob(filter: $f, expectedCount: $n, note: \"매트릭스 메모\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SampleStartBulkJob($f: CaseFilter!, $n: Int!) {\n    startBulkCaseJob(filter: $f, expectedCount: $n, note: \"매트릭스 메모\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SampleAcknowledgeExit($id: ID!) {\n    acknowledgeExit(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SampleAcknowledgeExit($id: ID!) {\n    acknowledgeExit(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SampleAcknowledgeRegistration($id: ID!) {\n    acknowledgeRegistration(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SampleAcknowledgeRegistration($id: ID!) {\n    acknowledgeRegistration(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SampleLinkDuplicate($id: ID!, $of: ID!) {\n    linkDuplicate(caseId: $id, ofCaseId: $of) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SampleLinkDuplicate($id: ID!, $of: ID!) {\n    linkDuplicate(caseId: $id, ofCaseId: $of) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessLogSearch($filter: AccessLogFilter, $first: Int, $after: String) {\n    accessLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          action\n          subjectType\n          subjectId\n          subjectLabel\n          clientAddress\n          detail\n          actor {\n            id\n            role\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccessLogSearch($filter: AccessLogFilter, $first: Int, $after: String) {\n    accessLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          action\n          subjectType\n          subjectId\n          subjectLabel\n          clientAddress\n          detail\n          actor {\n            id\n            role\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AccessLogSearchReadCase($id: ID!) {\n          case(id: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query AccessLogSearchReadCase($id: ID!) {\n          case(id: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessLogCase($id: ID!) {\n    case(id: $id) {\n      id\n      code\n      customer {\n        name\n        phoneMasked\n      }\n      pass {\n        plate\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccessLogCase($id: ID!) {\n    case(id: $id) {\n      id\n      code\n      customer {\n        name\n        phoneMasked\n      }\n      pass {\n        plate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessLogSearchPasses($plate: String, $last4: String) {\n    searchPasses(plate: $plate, phoneLast4: $last4) {\n      id\n      plate\n      customer {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccessLogSearchPasses($plate: String, $last4: String) {\n    searchPasses(plate: $plate, phoneLast4: $last4) {\n      id\n      plate\n      customer {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessLogCaseList($filter: CaseFilter) {\n    cases(filter: $filter, first: 1) {\n      totalCount\n      edges {\n        node {\n          id\n          customer {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccessLogCaseList($filter: CaseFilter) {\n    cases(filter: $filter, first: 1) {\n      totalCount\n      edges {\n        node {\n          id\n          customer {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefundsDecide($id: ID!, $approve: Boolean!, $reason: String) {\n    decideRefund(id: $id, approve: $approve, reason: $reason) {\n      id\n      status\n      amount\n      paid\n      availableDays\n      decidedAt\n      decisionReason\n      decidedBy {\n        id\n      }\n      proposedBy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RefundsDecide($id: ID!, $approve: Boolean!, $reason: String) {\n    decideRefund(id: $id, approve: $approve, reason: $reason) {\n      id\n      status\n      amount\n      paid\n      availableDays\n      decidedAt\n      decisionReason\n      decidedBy {\n        id\n      }\n      proposedBy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RefundsCaseView($id: ID!) {\n    case(id: $id) {\n      version\n      timeline {\n        type\n        actor {\n          id\n        }\n        detail\n      }\n    }\n  }\n"): (typeof documents)["\n  query RefundsCaseView($id: ID!) {\n    case(id: $id) {\n      version\n      timeline {\n        type\n        actor {\n          id\n        }\n        detail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RefundsQueue {\n    refundApprovals {\n      id\n      status\n      basis\n      amount\n      paid\n      availableDays\n      usedDays\n      proposedAt\n      proposedBy {\n        id\n      }\n      decidedAt\n      decidedBy {\n        id\n      }\n      decisionReason\n      case {\n        id\n      }\n      pass {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query RefundsQueue {\n    refundApprovals {\n      id\n      status\n      basis\n      amount\n      paid\n      availableDays\n      usedDays\n      proposedAt\n      proposedBy {\n        id\n      }\n      decidedAt\n      decidedBy {\n        id\n      }\n      decisionReason\n      case {\n        id\n      }\n      pass {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefundsProposeConsumerAgency($id: ID!) {\n    proposeRefund(caseId: $id, basis: CONSUMER_AGENCY, usedDays: 7) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RefundsProposeConsumerAgency($id: ID!) {\n    proposeRefund(caseId: $id, basis: CONSUMER_AGENCY, usedDays: 7) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefundsProposeCompanyPolicy($id: ID!) {\n    proposeRefund(caseId: $id, basis: COMPANY_POLICY, amount: 50000) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RefundsProposeCompanyPolicy($id: ID!) {\n    proposeRefund(caseId: $id, basis: COMPANY_POLICY, amount: 50000) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RefundsProposeWithReason($id: ID!, $reason: String) {\n      proposeRefund(caseId: $id, basis: COMPANY_POLICY, amount: 50000, reason: $reason) {\n        id\n        proposalReason\n      }\n    }\n  "): (typeof documents)["\n    mutation RefundsProposeWithReason($id: ID!, $reason: String) {\n      proposeRefund(caseId: $id, basis: COMPANY_POLICY, amount: 50000, reason: $reason) {\n        id\n        proposalReason\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query RefundsReasons($id: ID!) {\n      case(id: $id) {\n        refunds {\n          id\n          proposalReason\n          decisionReason\n        }\n        timeline {\n          type\n          detail\n        }\n      }\n    }\n  "): (typeof documents)["\n    query RefundsReasons($id: ID!) {\n      case(id: $id) {\n        refunds {\n          id\n          proposalReason\n          decisionReason\n        }\n        timeline {\n          type\n          detail\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query RefundsQueueContext {\n      refundApprovals {\n        id\n        proposalReason\n        usedDays\n        availableDays\n        case {\n          id\n          code\n          lot {\n            name\n          }\n          customer {\n            name\n            phoneMasked\n          }\n        }\n        proposedBy {\n          id\n        }\n      }\n    }\n  "): (typeof documents)["\n    query RefundsQueueContext {\n      refundApprovals {\n        id\n        proposalReason\n        usedDays\n        availableDays\n        case {\n          id\n          code\n          lot {\n            name\n          }\n          customer {\n            name\n            phoneMasked\n          }\n        }\n        proposedBy {\n          id\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAddPolicy($input: PolicyVersionInput!) {\n    addPolicyVersion(input: $input) {\n      id\n      effectiveFrom\n      couponAmount\n      repeatThreshold\n      couponsPerMonth\n      note\n      createdBy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminAddPolicy($input: PolicyVersionInput!) {\n    addPolicyVersion(input: $input) {\n      id\n      effectiveFrom\n      couponAmount\n      repeatThreshold\n      couponsPerMonth\n      note\n      createdBy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetActive($id: ID!, $active: Boolean!) {\n    setUserActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSetActive($id: ID!, $active: Boolean!) {\n    setUserActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetTargets($operatorId: ID!, $exit: Int!, $registration: Int!) {\n    setResponseTargets(operatorId: $operatorId, exitAckMinutes: $exit, registrationConfirmMinutes: $registration) {\n      operator {\n        id\n      }\n      exitAckMinutes\n      registrationConfirmMinutes\n      isDefault\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSetTargets($operatorId: ID!, $exit: Int!, $registration: Int!) {\n    setResponseTargets(operatorId: $operatorId, exitAckMinutes: $exit, registrationConfirmMinutes: $registration) {\n      operator {\n        id\n      }\n      exitAckMinutes\n      registrationConfirmMinutes\n      isDefault\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTargets {\n    responseTargets {\n      operator {\n        id\n        name\n      }\n      exitAckMinutes\n      registrationConfirmMinutes\n      isDefault\n    }\n  }\n"): (typeof documents)["\n  query AdminTargets {\n    responseTargets {\n      operator {\n        id\n        name\n      }\n      exitAckMinutes\n      registrationConfirmMinutes\n      isDefault\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCouponAmount($id: ID!) {\n    case(id: $id) {\n      couponEligibility {\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminCouponAmount($id: ID!) {\n    case(id: $id) {\n      couponEligibility {\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPolicyVersions {\n    policyVersions {\n      id\n      effectiveFrom\n      couponAmount\n    }\n  }\n"): (typeof documents)["\n  query AdminPolicyVersions {\n    policyVersions {\n      id\n      effectiveFrom\n      couponAmount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers {\n    users {\n      id\n      role\n      active\n      operator {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers {\n    users {\n      id\n      role\n      active\n      operator {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkJobDeactivateUser($id: ID!) {\n    setUserActive(id: $id, active: false) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation BulkJobDeactivateUser($id: ID!) {\n    setUserActive(id: $id, active: false) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkJobCountCases($f: CaseFilter) {\n    cases(filter: $f, first: 50) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query BulkJobCountCases($f: CaseFilter) {\n    cases(filter: $f, first: 50) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkJobCaseTimeline($id: ID!) {\n    case(id: $id) {\n      timeline {\n        type\n        detail\n      }\n    }\n  }\n"): (typeof documents)["\n  query BulkJobCaseTimeline($id: ID!) {\n    case(id: $id) {\n      timeline {\n        type\n        detail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CodeSearchCases($filter: CaseFilter) {\n    cases(filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          pass {\n            plate\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CodeSearchCases($filter: CaseFilter) {\n    cases(filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          pass {\n            plate\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseFlowCase($id: ID!) {\n    case(id: $id) {\n      code\n      status\n      version\n      incidentMonth\n      consultationType\n      identityVerified\n      lot {\n        name\n        phone\n        hasExitCallButton\n      }\n      couponEligibility {\n        eligible\n        omissionsThisMonth\n        amount\n        reason\n      }\n      exitRequests {\n        status\n      }\n      registrationRequests {\n        status\n        plate\n      }\n      onsitePayments {\n        amount\n        hasReceipt\n        cancellationRequested\n      }\n      coupons {\n        amount\n        month\n      }\n      refunds {\n        basis\n        amount\n        status\n        usedDays\n      }\n      timeline {\n        type\n        scriptStep\n        actor {\n          id\n        }\n      }\n      messages {\n        toMasked\n        body\n        status\n      }\n      smsPreview\n    }\n  }\n"): (typeof documents)["\n  query CaseFlowCase($id: ID!) {\n    case(id: $id) {\n      code\n      status\n      version\n      incidentMonth\n      consultationType\n      identityVerified\n      lot {\n        name\n        phone\n        hasExitCallButton\n      }\n      couponEligibility {\n        eligible\n        omissionsThisMonth\n        amount\n        reason\n      }\n      exitRequests {\n        status\n      }\n      registrationRequests {\n        status\n        plate\n      }\n      onsitePayments {\n        amount\n        hasReceipt\n        cancellationRequested\n      }\n      coupons {\n        amount\n        month\n      }\n      refunds {\n        basis\n        amount\n        status\n        usedDays\n      }\n      timeline {\n        type\n        scriptStep\n        actor {\n          id\n        }\n      }\n      messages {\n        toMasked\n        body\n        status\n      }\n      smsPreview\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CaseFlowProposeRefund($id: ID!) {\n        proposeRefund(caseId: $id, basis: CONSUMER_AGENCY, usedDays: 10) {\n          id\n          amount\n        }\n      }\n    "): (typeof documents)["\n      mutation CaseFlowProposeRefund($id: ID!) {\n        proposeRefund(caseId: $id, basis: CONSUMER_AGENCY, usedDays: 10) {\n          id\n          amount\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DuplicatesLink($id: ID!, $of: ID!) {\n    linkDuplicate(caseId: $id, ofCaseId: $of) {\n      id\n      duplicateOf {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DuplicatesLink($id: ID!, $of: ID!) {\n    linkDuplicate(caseId: $id, ofCaseId: $of) {\n      id\n      duplicateOf {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DuplicatesEligibility($id: ID!) {\n    case(id: $id) {\n      couponEligibility {\n        eligible\n        omissionsThisMonth\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query DuplicatesEligibility($id: ID!) {\n    case(id: $id) {\n      couponEligibility {\n        eligible\n        omissionsThisMonth\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DuplicatesCoupon($id: ID!) {\n    issueCompensationCoupon(caseId: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DuplicatesCoupon($id: ID!) {\n    issueCompensationCoupon(caseId: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouponFactsCase($id: ID!) {\n    case(id: $id) {\n      couponEligibility {\n        eligible\n        omissionsThisMonth\n        reason\n      }\n      coupons {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query CouponFactsCase($id: ID!) {\n    case(id: $id) {\n      couponEligibility {\n        eligible\n        omissionsThisMonth\n        reason\n      }\n      coupons {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouponFactsIssue($id: ID!) {\n    issueCompensationCoupon(caseId: $id) {\n      id\n      amount\n      month\n    }\n  }\n"): (typeof documents)["\n  mutation CouponFactsIssue($id: ID!) {\n    issueCompensationCoupon(caseId: $id) {\n      id\n      amount\n      month\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerHistoryPanel($id: ID!, $lot: ID!, $exclude: ID) {\n    customerHistory(customerId: $id) {\n      customerId\n      month\n      countedOmissionsThisMonth\n      totalCases\n      cases {\n        id\n        code\n        incidentAt\n        incidentMonth\n        kind\n        status\n        lotId\n        lotName\n        identityVerified\n        omissionCount\n        duplicateOfId\n        duplicateOfCode\n      }\n      coupons {\n        caseId\n        caseCode\n        month\n        amount\n        issuedAt\n      }\n      refunds {\n        caseId\n        caseCode\n        status\n        amount\n      }\n      openRequests {\n        kind\n        caseId\n        caseCode\n        status\n        requestedAt\n      }\n      sameIncident(lotId: $lot, excludeCaseId: $exclude) {\n        id\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerHistoryPanel($id: ID!, $lot: ID!, $exclude: ID) {\n    customerHistory(customerId: $id) {\n      customerId\n      month\n      countedOmissionsThisMonth\n      totalCases\n      cases {\n        id\n        code\n        incidentAt\n        incidentMonth\n        kind\n        status\n        lotId\n        lotName\n        identityVerified\n        omissionCount\n        duplicateOfId\n        duplicateOfCode\n      }\n      coupons {\n        caseId\n        caseCode\n        month\n        amount\n        issuedAt\n      }\n      refunds {\n        caseId\n        caseCode\n        status\n        amount\n      }\n      openRequests {\n        kind\n        caseId\n        caseCode\n        status\n        requestedAt\n      }\n      sameIncident(lotId: $lot, excludeCaseId: $exclude) {\n        id\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerHistoryEligibility($id: ID!) {\n    case(id: $id) {\n      couponEligibility {\n        eligible\n        omissionsThisMonth\n      }\n      timeline {\n        type\n        detail\n      }\n      version\n    }\n  }\n"): (typeof documents)["\n  query CustomerHistoryEligibility($id: ID!) {\n    case(id: $id) {\n      couponEligibility {\n        eligible\n        omissionsThisMonth\n      }\n      timeline {\n        type\n        detail\n      }\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerHistoryReport($m: Month!) {\n    repeatOmissionReport(month: $m) {\n      rows {\n        lot {\n          id\n        }\n        omissions\n        customersWithRepeats\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerHistoryReport($m: Month!) {\n    repeatOmissionReport(month: $m) {\n      rows {\n        lot {\n          id\n        }\n        omissions\n        customersWithRepeats\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CustomerHistoryLinkDuplicate($id: ID!, $of: ID!) {\n          linkDuplicate(caseId: $id, ofCaseId: $of) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation CustomerHistoryLinkDuplicate($id: ID!, $of: ID!) {\n          linkDuplicate(caseId: $id, ofCaseId: $of) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CustomerHistoryProposeRefund($id: ID!) {\n          proposeRefund(caseId: $id, basis: CONSUMER_AGENCY, usedDays: 7) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation CustomerHistoryProposeRefund($id: ID!) {\n          proposeRefund(caseId: $id, basis: CONSUMER_AGENCY, usedDays: 7) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CustomerHistoryRequestExit($id: ID!) {\n          requestExit(caseId: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation CustomerHistoryRequestExit($id: ID!) {\n          requestExit(caseId: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CustomerHistoryIssueCompensationCoupon($id: ID!) {\n          issueCompensationCoupon(caseId: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation CustomerHistoryIssueCompensationCoupon($id: ID!) {\n          issueCompensationCoupon(caseId: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CustomerHistoryResolveCase($id: ID!) {\n            resolveCase(caseId: $id, outcome: \"안내 후 종결\") {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation CustomerHistoryResolveCase($id: ID!) {\n            resolveCase(caseId: $id, outcome: \"안내 후 종결\") {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CustomerHistoryOpenCase($input: OpenCaseInput!) {\n          openCase(input: $input) {\n            id\n            duplicateOf {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation CustomerHistoryOpenCase($input: OpenCaseInput!) {\n          openCase(input: $input) {\n            id\n            duplicateOf {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CustomerHistoryVerifyIdentity($id: ID!) {\n          verifyIdentity(caseId: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation CustomerHistoryVerifyIdentity($id: ID!) {\n          verifyIdentity(caseId: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CustomerHistoryOpenCaseRefused($input: OpenCaseInput!) {\n          openCase(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation CustomerHistoryOpenCaseRefused($input: OpenCaseInput!) {\n          openCase(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CustomerHistoryRecordRepeatContact($id: ID!, $note: String) {\n          recordRepeatContact(caseId: $id, note: $note) {\n            id\n            version\n          }\n        }\n      "): (typeof documents)["\n        mutation CustomerHistoryRecordRepeatContact($id: ID!, $note: String) {\n          recordRepeatContact(caseId: $id, note: $note) {\n            id\n            version\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CustomerHistoryRepeatRefused($id: ID!) {\n          recordRepeatContact(caseId: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation CustomerHistoryRepeatRefused($id: ID!) {\n          recordRepeatContact(caseId: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CustomerHistoryCase($id: ID!) {\n          case(id: $id) {\n            timeline {\n              type\n              detail\n            }\n          }\n        }\n      "): (typeof documents)["\n        query CustomerHistoryCase($id: ID!) {\n          case(id: $id) {\n            timeline {\n              type\n              detail\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkLink($id: ID!, $of: ID!) {\n    linkDuplicate(caseId: $id, ofCaseId: $of) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UnlinkLink($id: ID!, $of: ID!) {\n    linkDuplicate(caseId: $id, ofCaseId: $of) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkUnlink($id: ID!, $reason: String!, $v: Int) {\n    unlinkDuplicate(caseId: $id, reason: $reason, expectedVersion: $v) {\n      id\n      version\n      duplicateOf {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnlinkUnlink($id: ID!, $reason: String!, $v: Int) {\n    unlinkDuplicate(caseId: $id, reason: $reason, expectedVersion: $v) {\n      id\n      version\n      duplicateOf {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkCoupon($id: ID!) {\n    issueCompensationCoupon(caseId: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UnlinkCoupon($id: ID!) {\n    issueCompensationCoupon(caseId: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkResolve($id: ID!) {\n    resolveCase(caseId: $id, outcome: \"재문의 종결\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UnlinkResolve($id: ID!) {\n    resolveCase(caseId: $id, outcome: \"재문의 종결\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnlinkView($id: ID!) {\n    case(id: $id) {\n      version\n      couponEligibility {\n        eligible\n        omissionsThisMonth\n      }\n      timeline {\n        type\n        detail\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnlinkView($id: ID!) {\n    case(id: $id) {\n      version\n      couponEligibility {\n        eligible\n        omissionsThisMonth\n      }\n      timeline {\n        type\n        detail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExitWaitRequestExit($id: ID!, $reason: String) {\n    requestExit(caseId: $id, reason: $reason) {\n      id\n      status\n      reason\n    }\n  }\n"): (typeof documents)["\n  mutation ExitWaitRequestExit($id: ID!, $reason: String) {\n    requestExit(caseId: $id, reason: $reason) {\n      id\n      status\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExitWaitAckExit($id: ID!) {\n    acknowledgeExit(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ExitWaitAckExit($id: ID!) {\n    acknowledgeExit(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExitWaitRequestRegistration($id: ID!) {\n    requestRegistration(caseId: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ExitWaitRequestRegistration($id: ID!) {\n    requestRegistration(caseId: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExitWaitAckRegistration($id: ID!) {\n    acknowledgeRegistration(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ExitWaitAckRegistration($id: ID!) {\n    acknowledgeRegistration(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExitWaitReject($id: ID!, $reason: String!) {\n    rejectRegistration(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ExitWaitReject($id: ID!, $reason: String!) {\n    rejectRegistration(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExitWaitActivity($id: ID!) {\n    caseActivity(id: $id) {\n      caseId\n      changedAt\n      serverTime\n    }\n  }\n"): (typeof documents)["\n  query ExitWaitActivity($id: ID!) {\n    caseActivity(id: $id) {\n      caseId\n      changedAt\n      serverTime\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExitWaitExitReasons($id: ID!) {\n    case(id: $id) {\n      exitRequests {\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExitWaitExitReasons($id: ID!) {\n    case(id: $id) {\n      exitRequests {\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExitWaitQueue {\n    exitRequestQueue {\n      id\n      reason\n    }\n  }\n"): (typeof documents)["\n  query ExitWaitQueue {\n    exitRequestQueue {\n      id\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExitWaitUpdatedAt($id: ID!) {\n    case(id: $id) {\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query ExitWaitUpdatedAt($id: ID!) {\n    case(id: $id) {\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExitWaitRegistrations($id: ID!) {\n    case(id: $id) {\n      status\n      registrationRequests {\n        status\n        rejectReason\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExitWaitRegistrations($id: ID!) {\n    case(id: $id) {\n      status\n      registrationRequests {\n        status\n        rejectReason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportsCaseCount($filter: CaseFilter) {\n    cases(filter: $filter, first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ExportsCaseCount($filter: CaseFilter) {\n    cases(filter: $filter, first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportsRepeatReport {\n    repeatOmissionReport(month: \"2026-04\") {\n      rows {\n        lot {\n          id\n          name\n        }\n        omissions\n        customersWithRepeats\n        couponsIssued\n        couponAmount\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExportsRepeatReport {\n    repeatOmissionReport(month: \"2026-04\") {\n      rows {\n        lot {\n          id\n          name\n        }\n        omissions\n        customersWithRepeats\n        couponsIssued\n        couponAmount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LocaleSettingSet($locale: Locale!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation LocaleSettingSet($locale: Locale!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LocaleSettingViewer {\n    viewer {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  query LocaleSettingViewer {\n    viewer {\n      id\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MasterDataCreateLot($input: ParkingLotInput!) {\n    createParkingLot(input: $input) {\n      id\n      name\n      integration\n      hasExitCallButton\n      operator {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MasterDataCreateLot($input: ParkingLotInput!) {\n    createParkingLot(input: $input) {\n      id\n      name\n      integration\n      hasExitCallButton\n      operator {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MasterDataCreatePass($input: PassInput!) {\n    createPass(input: $input) {\n      id\n      plate\n      startsOn\n      endsOn\n      amountPaid\n      registered\n      lot {\n        id\n      }\n      customer {\n        id\n        phoneMasked\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MasterDataCreatePass($input: PassInput!) {\n    createPass(input: $input) {\n      id\n      plate\n      startsOn\n      endsOn\n      amountPaid\n      registered\n      lot {\n        id\n      }\n      customer {\n        id\n        phoneMasked\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MasterDataCreateUser($input: UserInput!) {\n    createUser(input: $input) {\n      id\n      email\n      role\n      operator {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MasterDataCreateUser($input: UserInput!) {\n    createUser(input: $input) {\n      id\n      email\n      role\n      operator {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FiguresOpen($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FiguresOpen($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FiguresVerify($id: ID!) {\n    verifyIdentity(caseId: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FiguresVerify($id: ID!) {\n    verifyIdentity(caseId: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FiguresReclassify($id: ID!, $kind: VocKind!) {\n    reclassifyCase(caseId: $id, kind: $kind, reason: \"분류 정정\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FiguresReclassify($id: ID!, $kind: VocKind!) {\n    reclassifyCase(caseId: $id, kind: $kind, reason: \"분류 정정\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FiguresLink($id: ID!, $of: ID!) {\n    linkDuplicate(caseId: $id, ofCaseId: $of) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FiguresLink($id: ID!, $of: ID!) {\n    linkDuplicate(caseId: $id, ofCaseId: $of) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FiguresUnlink($id: ID!) {\n    unlinkDuplicate(caseId: $id, reason: \"다른 사고로 확인\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FiguresUnlink($id: ID!) {\n    unlinkDuplicate(caseId: $id, reason: \"다른 사고로 확인\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FiguresCoupon($id: ID!) {\n    issueCompensationCoupon(caseId: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FiguresCoupon($id: ID!) {\n    issueCompensationCoupon(caseId: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FiguresProposeRefund($id: ID!, $amount: Int!) {\n    proposeRefund(caseId: $id, basis: COMPANY_POLICY, amount: $amount) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FiguresProposeRefund($id: ID!, $amount: Int!) {\n    proposeRefund(caseId: $id, basis: COMPANY_POLICY, amount: $amount) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FiguresDecideRefund($id: ID!, $approve: Boolean!) {\n    decideRefund(id: $id, approve: $approve, reason: \"검토 완료\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FiguresDecideRefund($id: ID!, $approve: Boolean!) {\n    decideRefund(id: $id, approve: $approve, reason: \"검토 완료\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FiguresResolve($id: ID!) {\n    resolveCase(caseId: $id, outcome: \"정책 안내 후 종결\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FiguresResolve($id: ID!) {\n    resolveCase(caseId: $id, outcome: \"정책 안내 후 종결\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorAuthExitQueue($status: RequestStatus) {\n    exitRequestQueue(status: $status) {\n      id\n      plate\n      status\n      customer {\n        name\n        phoneMasked\n      }\n      lot {\n        id\n        name\n      }\n      case {\n        id\n        code\n        customer {\n          name\n          phoneMasked\n        }\n        pass {\n          id\n          plate\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OperatorAuthExitQueue($status: RequestStatus) {\n    exitRequestQueue(status: $status) {\n      id\n      plate\n      status\n      customer {\n        name\n        phoneMasked\n      }\n      lot {\n        id\n        name\n      }\n      case {\n        id\n        code\n        customer {\n          name\n          phoneMasked\n        }\n        pass {\n          id\n          plate\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorAuthRegistrationQueue($status: RequestStatus) {\n    registrationQueue(status: $status) {\n      id\n      plate\n      status\n      customer {\n        name\n        phoneMasked\n      }\n      pass {\n        id\n        plate\n        customer {\n          name\n        }\n      }\n      lot {\n        id\n        name\n      }\n      case {\n        id\n        code\n        customer {\n          name\n          phoneMasked\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OperatorAuthRegistrationQueue($status: RequestStatus) {\n    registrationQueue(status: $status) {\n      id\n      plate\n      status\n      customer {\n        name\n        phoneMasked\n      }\n      pass {\n        id\n        plate\n        customer {\n          name\n        }\n      }\n      lot {\n        id\n        name\n      }\n      case {\n        id\n        code\n        customer {\n          name\n          phoneMasked\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query OperatorAuthDuplicateView($id: ID!) {\n          case(id: $id) {\n            id\n            duplicateOf {\n              id\n              code\n              lot {\n                id\n                name\n              }\n              pass {\n                id\n                plate\n              }\n              exitRequests {\n                id\n              }\n              registrationRequests {\n                id\n                plate\n              }\n              timeline {\n                detail\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query OperatorAuthDuplicateView($id: ID!) {\n          case(id: $id) {\n            id\n            duplicateOf {\n              id\n              code\n              lot {\n                id\n                name\n              }\n              pass {\n                id\n                plate\n              }\n              exitRequests {\n                id\n              }\n              registrationRequests {\n                id\n                plate\n              }\n              timeline {\n                detail\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FreeTextCreateOperator($n: String!) {\n    createOperator(input: { name: $n }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FreeTextCreateOperator($n: String!) {\n    createOperator(input: { name: $n }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FreeTextCaseIds($f: CaseFilter) {\n    cases(filter: $f, first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FreeTextCaseIds($f: CaseFilter) {\n    cases(filter: $f, first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoFullPhoneRequestExit($id: ID!) {\n    requestExit(caseId: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NoFullPhoneRequestExit($id: ID!) {\n    requestExit(caseId: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoFullPhoneRequestRegistration($id: ID!) {\n    requestRegistration(caseId: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NoFullPhoneRequestRegistration($id: ID!) {\n    requestRegistration(caseId: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoFullPhoneRequestCancellation($id: ID!) {\n    requestPaymentCancellation(onsitePaymentId: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NoFullPhoneRequestCancellation($id: ID!) {\n    requestPaymentCancellation(onsitePaymentId: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoFullPhoneLinkDuplicate($id: ID!, $of: ID!) {\n    linkDuplicate(caseId: $id, ofCaseId: $of) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NoFullPhoneLinkDuplicate($id: ID!, $of: ID!) {\n    linkDuplicate(caseId: $id, ofCaseId: $of) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoFullPhoneIssueCoupon($id: ID!) {\n    issueCompensationCoupon(caseId: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NoFullPhoneIssueCoupon($id: ID!) {\n    issueCompensationCoupon(caseId: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoFullPhoneProposeRefund($id: ID!) {\n    proposeRefund(caseId: $id, basis: CONSUMER_AGENCY, usedDays: 7) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NoFullPhoneProposeRefund($id: ID!) {\n    proposeRefund(caseId: $id, basis: CONSUMER_AGENCY, usedDays: 7) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoFullPhoneOpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NoFullPhoneOpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoFullPhoneVerifyIdentity($id: ID!) {\n    verifyIdentity(caseId: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NoFullPhoneVerifyIdentity($id: ID!) {\n    verifyIdentity(caseId: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoFullPhoneRecordGuidance($id: ID!, $d: String!) {\n    recordGuidance(caseId: $id, step: EXIT_CHECK, detail: $d) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NoFullPhoneRecordGuidance($id: ID!, $d: String!) {\n    recordGuidance(caseId: $id, step: EXIT_CHECK, detail: $d) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoFullPhoneMainCaseData($id: ID!) {\n    case(id: $id) {\n      messages {\n        toMasked\n        body\n      }\n      onsitePayments {\n        hasReceipt\n        cancellationRequested\n      }\n      pass {\n        registered\n      }\n    }\n  }\n"): (typeof documents)["\n  query NoFullPhoneMainCaseData($id: ID!) {\n    case(id: $id) {\n      messages {\n        toMasked\n        body\n      }\n      onsitePayments {\n        hasReceipt\n        cancellationRequested\n      }\n      pass {\n        registered\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoFullPhoneSecondCaseData($id: ID!) {\n    case(id: $id) {\n      coupons {\n        id\n      }\n      messages {\n        body\n      }\n    }\n  }\n"): (typeof documents)["\n  query NoFullPhoneSecondCaseData($id: ID!) {\n    case(id: $id) {\n      coupons {\n        id\n      }\n      messages {\n        body\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoFullPhoneRefundCaseData($id: ID!) {\n    case(id: $id) {\n      refunds {\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  query NoFullPhoneRefundCaseData($id: ID!) {\n    case(id: $id) {\n      refunds {\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueRequestExit($id: ID!) {\n    requestExit(caseId: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation QueueRequestExit($id: ID!) {\n    requestExit(caseId: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueRequestRegistration($id: ID!) {\n    requestRegistration(caseId: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation QueueRequestRegistration($id: ID!) {\n    requestRegistration(caseId: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueBoth {\n    exitRequestQueue {\n      id\n      plate\n      customer {\n        name\n        phoneMasked\n      }\n    }\n    registrationQueue {\n      id\n      plate\n      status\n    }\n  }\n"): (typeof documents)["\n  query QueueBoth {\n    exitRequestQueue {\n      id\n      plate\n      customer {\n        name\n        phoneMasked\n      }\n    }\n    registrationQueue {\n      id\n      plate\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueAcknowledgeExit($id: ID!) {\n    acknowledgeExit(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation QueueAcknowledgeExit($id: ID!) {\n    acknowledgeExit(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueAcknowledgeExitStatus($id: ID!) {\n    acknowledgeExit(id: $id) {\n      status\n      acknowledgedAt\n    }\n  }\n"): (typeof documents)["\n  mutation QueueAcknowledgeExitStatus($id: ID!) {\n    acknowledgeExit(id: $id) {\n      status\n      acknowledgedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueConfirmRegistration($id: ID!) {\n    confirmRegistration(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation QueueConfirmRegistration($id: ID!) {\n    confirmRegistration(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueConfirmRegistrationStatus($id: ID!) {\n    confirmRegistration(id: $id) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation QueueConfirmRegistrationStatus($id: ID!) {\n    confirmRegistration(id: $id) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueAcknowledgeRegistration($id: ID!) {\n    acknowledgeRegistration(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation QueueAcknowledgeRegistration($id: ID!) {\n    acknowledgeRegistration(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueRejectBlank($id: ID!) {\n    rejectRegistration(id: $id, reason: \" \") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation QueueRejectBlank($id: ID!) {\n    rejectRegistration(id: $id, reason: \" \") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueReject($id: ID!) {\n    rejectRegistration(id: $id, reason: \"차량번호 불일치: 고객 확인 필요\") {\n      status\n      rejectReason\n    }\n  }\n"): (typeof documents)["\n  mutation QueueReject($id: ID!) {\n    rejectRegistration(id: $id, reason: \"차량번호 불일치: 고객 확인 필요\") {\n      status\n      rejectReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueConfirmedCase($id: ID!) {\n    case(id: $id) {\n      pass {\n        registered\n      }\n      messages {\n        body\n      }\n      timeline {\n        type\n      }\n    }\n  }\n"): (typeof documents)["\n  query QueueConfirmedCase($id: ID!) {\n    case(id: $id) {\n      pass {\n        registered\n      }\n      messages {\n        body\n      }\n      timeline {\n        type\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueRejectedCase($id: ID!) {\n    case(id: $id) {\n      registrationRequests {\n        status\n        rejectReason\n      }\n      timeline {\n        type\n        detail\n      }\n    }\n  }\n"): (typeof documents)["\n  query QueueRejectedCase($id: ID!) {\n    case(id: $id) {\n      registrationRequests {\n        status\n        rejectReason\n      }\n      timeline {\n        type\n        detail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueEscalatedCase($id: ID!) {\n    case(id: $id) {\n      timeline {\n        type\n      }\n      exitRequests {\n        overdue\n        escalatedAt\n        dueAt\n        requestedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query QueueEscalatedCase($id: ID!) {\n    case(id: $id) {\n      timeline {\n        type\n      }\n      exitRequests {\n        overdue\n        escalatedAt\n        dueAt\n        requestedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StructuredFactsRequestExit($id: ID!) {\n    requestExit(caseId: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StructuredFactsRequestExit($id: ID!) {\n    requestExit(caseId: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StructuredFactsEligibility($id: ID!) {\n    case(id: $id) {\n      couponEligibility {\n        omissionsThisMonth\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query StructuredFactsEligibility($id: ID!) {\n    case(id: $id) {\n      couponEligibility {\n        omissionsThisMonth\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StructuredFactsLink($id: ID!, $of: ID!) {\n    linkDuplicate(caseId: $id, ofCaseId: $of) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StructuredFactsLink($id: ID!, $of: ID!) {\n    linkDuplicate(caseId: $id, ofCaseId: $of) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StructuredFactsDuplicateView($id: ID!) {\n    case(id: $id) {\n      duplicateOf {\n        code\n      }\n      timeline {\n        type\n        detail\n      }\n    }\n  }\n"): (typeof documents)["\n  query StructuredFactsDuplicateView($id: ID!) {\n    case(id: $id) {\n      duplicateOf {\n        code\n      }\n      timeline {\n        type\n        detail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StructuredFactsStaffView($id: ID!) {\n    viewer {\n      email\n    }\n    case(id: $id) {\n      agent {\n        email\n        name\n      }\n      timeline {\n        actor {\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StructuredFactsStaffView($id: ID!) {\n    viewer {\n      email\n    }\n    case(id: $id) {\n      agent {\n        email\n        name\n      }\n      timeline {\n        actor {\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorsList {\n    operators {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query OperatorsList {\n    operators {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TemplatesList($all: Boolean) {\n    outcomeTemplates(includeInactive: $all) {\n      id\n      key\n      kind\n      firstResponse\n      labelKo\n      labelEn\n      bodyKo\n      active\n    }\n  }\n"): (typeof documents)["\n  query TemplatesList($all: Boolean) {\n    outcomeTemplates(includeInactive: $all) {\n      id\n      key\n      kind\n      firstResponse\n      labelKo\n      labelEn\n      bodyKo\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TemplatesAdd($input: OutcomeTemplateInput!) {\n    addOutcomeTemplate(input: $input) {\n      id\n      key\n      active\n      kind\n      updatedBy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TemplatesAdd($input: OutcomeTemplateInput!) {\n    addOutcomeTemplate(input: $input) {\n      id\n      key\n      active\n      kind\n      updatedBy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TemplatesUpdate($id: ID!, $input: OutcomeTemplateInput!) {\n    updateOutcomeTemplate(id: $id, input: $input) {\n      id\n      bodyKo\n      labelEn\n    }\n  }\n"): (typeof documents)["\n  mutation TemplatesUpdate($id: ID!, $input: OutcomeTemplateInput!) {\n    updateOutcomeTemplate(id: $id, input: $input) {\n      id\n      bodyKo\n      labelEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TemplatesSetActive($id: ID!, $active: Boolean!) {\n    setOutcomeTemplateActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation TemplatesSetActive($id: ID!, $active: Boolean!) {\n    setOutcomeTemplateActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancellationsFile($id: ID!) {\n    requestPaymentCancellation(onsitePaymentId: $id) {\n      id\n      cancellationRequested\n      cancellation {\n        id\n        status\n        dueAt\n        owner {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancellationsFile($id: ID!) {\n    requestPaymentCancellation(onsitePaymentId: $id) {\n      id\n      cancellationRequested\n      cancellation {\n        id\n        status\n        dueAt\n        owner {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CancellationsQueue($statuses: [CancellationStatus!]) {\n    paymentCancellations(statuses: $statuses) {\n      id\n      status\n      requestedAt\n      dueAt\n      overdue\n      escalatedAt\n      startedAt\n      resolvedAt\n      rejectReason\n      owner {\n        id\n      }\n      resolvedBy {\n        id\n      }\n      case {\n        id\n        code\n        lot {\n          name\n        }\n      }\n      payment {\n        id\n        amount\n        receiptUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query CancellationsQueue($statuses: [CancellationStatus!]) {\n    paymentCancellations(statuses: $statuses) {\n      id\n      status\n      requestedAt\n      dueAt\n      overdue\n      escalatedAt\n      startedAt\n      resolvedAt\n      rejectReason\n      owner {\n        id\n      }\n      resolvedBy {\n        id\n      }\n      case {\n        id\n        code\n        lot {\n          name\n        }\n      }\n      payment {\n        id\n        amount\n        receiptUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CancellationsOfCase($id: ID!) {\n    case(id: $id) {\n      onsitePayments {\n        id\n        cancellation {\n          status\n          dueAt\n          resolvedAt\n          rejectReason\n          owner {\n            id\n          }\n        }\n      }\n      timeline {\n        type\n        detail\n      }\n    }\n  }\n"): (typeof documents)["\n  query CancellationsOfCase($id: ID!) {\n    case(id: $id) {\n      onsitePayments {\n        id\n        cancellation {\n          status\n          dueAt\n          resolvedAt\n          rejectReason\n          owner {\n            id\n          }\n        }\n      }\n      timeline {\n        type\n        detail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancellationsTake($id: ID!) {\n    takePaymentCancellation(id: $id) {\n      id\n      status\n      startedAt\n      owner {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancellationsTake($id: ID!) {\n    takePaymentCancellation(id: $id) {\n      id\n      status\n      startedAt\n      owner {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancellationsComplete($id: ID!) {\n    completePaymentCancellation(id: $id) {\n      id\n      status\n      resolvedAt\n      owner {\n        id\n      }\n      resolvedBy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancellationsComplete($id: ID!) {\n    completePaymentCancellation(id: $id) {\n      id\n      status\n      resolvedAt\n      owner {\n        id\n      }\n      resolvedBy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancellationsReject($id: ID!, $reason: String!) {\n    rejectPaymentCancellation(id: $id, reason: $reason) {\n      id\n      status\n      rejectReason\n      resolvedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CancellationsReject($id: ID!, $reason: String!) {\n    rejectPaymentCancellation(id: $id, reason: $reason) {\n      id\n      status\n      rejectReason\n      resolvedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CancellationsFigures {\n    paymentCancellationFigures {\n      open\n      overdue\n      completedThisMonth\n      rejectedThisMonth\n      month\n    }\n  }\n"): (typeof documents)["\n  query CancellationsFigures {\n    paymentCancellationFigures {\n      open\n      overdue\n      completedThisMonth\n      rejectedThisMonth\n      month\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ReadApiLots {\n      lots {\n        id\n        name\n        operator {\n          id\n          lots {\n            id\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query ReadApiLots {\n      lots {\n        id\n        name\n        operator {\n          id\n          lots {\n            id\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ReadApiSearchPasses($plate: String, $phoneLast4: String) {\n      searchPasses(plate: $plate, phoneLast4: $phoneLast4) {\n        id\n        plate\n        customer {\n          name\n          phoneMasked\n        }\n        lot {\n          name\n        }\n      }\n    }\n  "): (typeof documents)["\n    query ReadApiSearchPasses($plate: String, $phoneLast4: String) {\n      searchPasses(plate: $plate, phoneLast4: $phoneLast4) {\n        id\n        plate\n        customer {\n          name\n          phoneMasked\n        }\n        lot {\n          name\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReplicaCasePage($id: ID!) {\n    case(id: $id) {\n      id\n      version\n      identityVerified\n    }\n  }\n"): (typeof documents)["\n  query ReplicaCasePage($id: ID!) {\n    case(id: $id) {\n      id\n      version\n      identityVerified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReplicaCasesOfCustomer($filter: CaseFilter) {\n    cases(filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReplicaCasesOfCustomer($filter: CaseFilter) {\n    cases(filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReplicaOmissionReport($month: Month!) {\n    repeatOmissionReport(month: $month) {\n      totalOmissions\n    }\n  }\n"): (typeof documents)["\n  query ReplicaOmissionReport($month: Month!) {\n    repeatOmissionReport(month: $month) {\n      totalOmissions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReasonsCouponEligibility($id: ID!) {\n    case(id: $id) {\n      id\n      couponEligibility {\n        eligible\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReasonsCouponEligibility($id: ID!) {\n    case(id: $id) {\n      id\n      couponEligibility {\n        eligible\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReasonsIssueCoupon($id: ID!) {\n    issueCompensationCoupon(caseId: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReasonsIssueCoupon($id: ID!) {\n    issueCompensationCoupon(caseId: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReasonsRefundQuote($pass: ID!, $usedDays: Int!) {\n    refundQuote(passId: $pass, usedDays: $usedDays) {\n      refund\n    }\n  }\n"): (typeof documents)["\n  query ReasonsRefundQuote($pass: ID!, $usedDays: Int!) {\n    refundQuote(passId: $pass, usedDays: $usedDays) {\n      refund\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReasonsCreateOperator($input: OperatorInput!) {\n    createOperator(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReasonsCreateOperator($input: OperatorInput!) {\n    createOperator(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReasonsCreateUser($input: UserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReasonsCreateUser($input: UserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReasonsAddPolicyVersion($input: PolicyVersionInput!) {\n    addPolicyVersion(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReasonsAddPolicyVersion($input: PolicyVersionInput!) {\n    addPolicyVersion(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefundCapPropose($id: ID!, $basis: RefundBasis!, $usedDays: Int, $amount: Int) {\n    proposeRefund(caseId: $id, basis: $basis, usedDays: $usedDays, amount: $amount) {\n      id\n      amount\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RefundCapPropose($id: ID!, $basis: RefundBasis!, $usedDays: Int, $amount: Int) {\n    proposeRefund(caseId: $id, basis: $basis, usedDays: $usedDays, amount: $amount) {\n      id\n      amount\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefundCapDecide($id: ID!, $approve: Boolean!, $reason: String) {\n    decideRefund(id: $id, approve: $approve, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RefundCapDecide($id: ID!, $approve: Boolean!, $reason: String) {\n    decideRefund(id: $id, approve: $approve, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RefundCapRefundable($id: ID!) {\n    case(id: $id) {\n      pass {\n        refundableAmount\n      }\n    }\n  }\n"): (typeof documents)["\n  query RefundCapRefundable($id: ID!) {\n    case(id: $id) {\n      pass {\n        refundableAmount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestRepeatOmissionPage($month: Month!, $first: Int, $after: String) {\n    repeatOmissionReport(month: $month, first: $first, after: $after) {\n      totalOmissions\n      totalCount\n      rows {\n        lot {\n          id\n        }\n        omissions\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestRepeatOmissionPage($month: Month!, $first: Int, $after: String) {\n    repeatOmissionReport(month: $month, first: $first, after: $after) {\n      totalOmissions\n      totalCount\n      rows {\n        lot {\n          id\n        }\n        omissions\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HeatmapReport($end: Month!, $months: Int, $lots: Int) {\n    omissionHeatmap(endMonth: $end, months: $months, lots: $lots) {\n      months\n      rows {\n        lot {\n          id\n          name\n        }\n        counts\n        total\n      }\n    }\n  }\n"): (typeof documents)["\n  query HeatmapReport($end: Month!, $months: Int, $lots: Int) {\n    omissionHeatmap(endMonth: $end, months: $months, lots: $lots) {\n      months\n      rows {\n        lot {\n          id\n          name\n        }\n        counts\n        total\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query HeatmapCellCases($f: CaseFilter) {\n        cases(filter: $f, first: 1) {\n          totalCount\n        }\n      }\n    "): (typeof documents)["\n      query HeatmapCellCases($f: CaseFilter) {\n        cases(filter: $f, first: 1) {\n          totalCount\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HygieneCreateOperator($i: OperatorInput!) {\n    createOperator(input: $i) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation HygieneCreateOperator($i: OperatorInput!) {\n    createOperator(input: $i) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HygieneOpenCase($i: OpenCaseInput!) {\n    openCase(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation HygieneOpenCase($i: OpenCaseInput!) {\n    openCase(input: $i) {\n      id\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;