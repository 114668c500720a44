import { graphql } from '@/graphql/generated/client';

/** Proposed refunds waiting for a manager, oldest first. */
export const REFUND_APPROVALS = graphql(`
  query RefundApprovals {
    refundApprovals {
      id
      basis
      usedDays
      availableDays
      paid
      amount
      status
      proposedAt
      proposalReason
      proposedBy {
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
        customer {
          id
          name
          phoneMasked
        }
      }
      pass {
        id
        plate
      }
    }
  }
`);

/** Approves or rejects (with a reason) one proposed refund. */
export const DECIDE_REFUND = graphql(`
  mutation DecideRefund($id: ID!, $approve: Boolean!, $reason: String) {
    decideRefund(id: $id, approve: $approve, reason: $reason) {
      id
      status
      decidedAt
      decisionReason
    }
  }
`);
