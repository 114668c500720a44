import { graphql } from '@/graphql/generated/client';

/** Every operator with the targets it is measured against, by operator name. */
export const RESPONSE_TARGETS = graphql(`
  query ResponseTargets {
    responseTargets {
      operator {
        id
        name
      }
      exitAckMinutes
      registrationConfirmMinutes
      isDefault
    }
  }
`);

/** Gives an operator its own targets. */
export const SET_RESPONSE_TARGETS = graphql(`
  mutation SetResponseTargets($operatorId: ID!, $exitAckMinutes: Int!, $registrationConfirmMinutes: Int!) {
    setResponseTargets(operatorId: $operatorId, exitAckMinutes: $exitAckMinutes, registrationConfirmMinutes: $registrationConfirmMinutes) {
      operator {
        id
        name
      }
      exitAckMinutes
      registrationConfirmMinutes
      isDefault
    }
  }
`);
