import { graphql } from '@/graphql/generated/client';

/** One operator's targets as the table lists them. */
export const RESPONSE_TARGET_FIELDS = graphql(`
  fragment ResponseTargetFields on OperatorResponseTargets {
    operator {
      id
      name
    }
    exitAckMinutes
    registrationConfirmMinutes
    isDefault
  }
`);

/** Every operator with the targets it is measured against, by operator name. */
export const RESPONSE_TARGETS = graphql(`
  query ResponseTargets {
    responseTargets {
      ...ResponseTargetFields
    }
  }
`);

/** Gives an operator its own targets. */
export const SET_RESPONSE_TARGETS = graphql(`
  mutation SetResponseTargets($operatorId: ID!, $exitAckMinutes: Int!, $registrationConfirmMinutes: Int!) {
    setResponseTargets(operatorId: $operatorId, exitAckMinutes: $exitAckMinutes, registrationConfirmMinutes: $registrationConfirmMinutes) {
      ...ResponseTargetFields
    }
  }
`);
