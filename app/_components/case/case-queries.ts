import { graphql } from '@/graphql/generated/client';

/** Where a payment's cancellation stands: the payment line and its request both read it. */
export const CANCELLATION_STATE = graphql(`
  fragment CancellationState on PaymentCancellation {
    id
    status
    dueAt
    overdue
    resolvedAt
    rejectReason
  }
`);

/** Everything the case workspace shows; polled so two agents see each other's changes. */
export const AGENT_CASE = graphql(`
  query AgentCase($id: ID!) {
    viewer {
      id
      name
    }
    case(id: $id) {
      id
      code
      status
      kind
      consultationType
      incidentAt
      incidentMonth
      identityVerified
      version
      createdAt
      updatedAt
      note
      outcome
      resolvedAt
      smsPreview
      lastActor {
        id
        name
      }
      agent {
        id
        name
      }
      duplicateOf {
        id
        code
      }
      customer {
        id
        name
        phoneMasked
      }
      pass {
        id
        plate
        startsOn
        endsOn
        amountPaid
        availableDays
        registered
        refundableAmount
      }
      lot {
        id
        name
        integration
        hasExitCallButton
        phone
      }
      couponEligibility {
        eligible
        omissionsThisMonth
        amount
        reason
      }
      policyTerms {
        effectiveFrom
        couponAmount
        repeatThreshold
        couponsPerMonth
      }
      firstResponseAt
      identityUnconfirmedAt
      exitRequests {
        id
        status
        requestedAt
        acknowledgedAt
        reason
        overdue
        escalatedAt
      }
      registrationRequests {
        id
        status
        requestedAt
        acknowledgedAt
        resolvedAt
        rejectReason
        overdue
        escalatedAt
      }
      onsitePayments {
        id
        amount
        paidAt
        hasReceipt
        cancellationRequested
        receiptUrl
        cancellation {
          ...CancellationState
        }
      }
      coupons {
        id
        amount
        month
        issuedAt
        issuedUnderKind
        underEarlierKind
      }
      refunds {
        id
        basis
        usedDays
        amount
        status
      }
      timeline {
        at
        type
        detail
        reason {
          code
          params
        }
        scriptStep
        actor {
          id
          name
        }
      }
      messages {
        id
        toMasked
        body
        status
        createdAt
      }
    }
  }
`);

/** The guide's four steps and their script lines, word for word. */
export const GUIDE_SCRIPT = graphql(`
  query GuideScript {
    guideScript {
      key
      number
      title
      branches {
        key
        label
        lines
      }
    }
  }
`);
