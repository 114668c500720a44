import { graphql } from '@/graphql/generated/client';

/** The managers' queue of on-site payment cancellations (open ones unless statuses say otherwise). */
export const PAYMENT_CANCELLATIONS = graphql(`
  query PaymentCancellations($statuses: [CancellationStatus!]) {
    paymentCancellations(statuses: $statuses) {
      id
      status
      requestedAt
      dueAt
      overdue
      escalatedAt
      startedAt
      resolvedAt
      rejectReason
      owner {
        id
        name
      }
      case {
        id
        code
        lot {
          id
          name
        }
      }
      payment {
        id
        amount
        paidAt
        receiptUrl
      }
    }
  }
`);

/** The queue at a glance, for the manager's dashboard. */
export const PAYMENT_CANCELLATION_FIGURES = graphql(`
  query PaymentCancellationFigures {
    paymentCancellationFigures {
      open
      overdue
      completedThisMonth
      rejectedThisMonth
      month
    }
  }
`);

export const TAKE_PAYMENT_CANCELLATION = graphql(`
  mutation TakePaymentCancellation($id: ID!) {
    takePaymentCancellation(id: $id) {
      id
      status
      startedAt
      owner {
        id
        name
      }
    }
  }
`);

export const COMPLETE_PAYMENT_CANCELLATION = graphql(`
  mutation CompletePaymentCancellation($id: ID!) {
    completePaymentCancellation(id: $id) {
      id
      status
      resolvedAt
    }
  }
`);

export const REJECT_PAYMENT_CANCELLATION = graphql(`
  mutation RejectPaymentCancellation($id: ID!, $reason: String!) {
    rejectPaymentCancellation(id: $id, reason: $reason) {
      id
      status
      resolvedAt
      rejectReason
    }
  }
`);
