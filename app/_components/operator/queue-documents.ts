import { graphql } from '@/graphql/generated/client';
import type { OperatorRequestQueuesQuery } from '@/graphql/generated/client/graphql';

/** Both queues and the server's clock in one answer, so waiting times share one "now". */
export const OPERATOR_REQUEST_QUEUES = graphql(`
  query OperatorRequestQueues {
    serverTime
    exitRequestQueue {
      id
      status
      plate
      requestedAt
      dueAt
      overdue
      escalatedAt
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
    registrationQueue {
      id
      status
      plate
      requestedAt
      acknowledgedAt
      dueAt
      overdue
      escalatedAt
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
  }
`);

// Each mutation reads back the fields the queue shows, so the cached row changes at once.
export const ACKNOWLEDGE_EXIT = graphql(`
  mutation AcknowledgeExit($id: ID!) {
    acknowledgeExit(id: $id) {
      id
      status
      acknowledgedAt
    }
  }
`);

export const ACKNOWLEDGE_REGISTRATION = graphql(`
  mutation AcknowledgeRegistration($id: ID!) {
    acknowledgeRegistration(id: $id) {
      id
      status
      acknowledgedAt
    }
  }
`);

// The undo (되돌리기) reads back the same fields: the row returns to its queue as it was.
export const UNDO_ACKNOWLEDGE_EXIT = graphql(`
  mutation UndoAcknowledgeExit($id: ID!) {
    undoAcknowledgeExit(id: $id) {
      id
      status
      acknowledgedAt
    }
  }
`);

export const UNDO_ACKNOWLEDGE_REGISTRATION = graphql(`
  mutation UndoAcknowledgeRegistration($id: ID!) {
    undoAcknowledgeRegistration(id: $id) {
      id
      status
      acknowledgedAt
    }
  }
`);

export const CONFIRM_REGISTRATION = graphql(`
  mutation ConfirmRegistration($id: ID!) {
    confirmRegistration(id: $id) {
      id
      status
      resolvedAt
    }
  }
`);

export const REJECT_REGISTRATION = graphql(`
  mutation RejectRegistration($id: ID!, $reason: String!) {
    rejectRegistration(id: $id, reason: $reason) {
      id
      status
      resolvedAt
      rejectReason
    }
  }
`);

/** An exit request as the queue shows it. */
export type ExitRow = OperatorRequestQueuesQuery['exitRequestQueue'][number];
/** A registration request as the queue shows it. */
export type RegistrationRow = OperatorRequestQueuesQuery['registrationQueue'][number];

/** A row of either queue, tagged with its kind; `key` is unique across both queues. */
export type QueueRow = { kind: 'exit'; key: string; row: ExitRow } | { kind: 'registration'; key: string; row: RegistrationRow };
