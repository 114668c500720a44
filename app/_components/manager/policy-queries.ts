import { graphql } from '@/graphql/generated/client';

/** A policy version as the table lists it. */
export const POLICY_VERSION_FIELDS = graphql(`
  fragment PolicyVersionFields on PolicyVersion {
    id
    effectiveFrom
    couponAmount
    repeatThreshold
    couponsPerMonth
    note
    createdAt
  }
`);

/** Every compensation policy version, newest effective date first. */
export const POLICY_VERSIONS = graphql(`
  query PolicyVersions {
    policyVersions {
      ...PolicyVersionFields
    }
  }
`);

/** Adds a version that starts today (KST) or later. */
export const ADD_POLICY_VERSION = graphql(`
  mutation AddPolicyVersion($input: PolicyVersionInput!) {
    addPolicyVersion(input: $input) {
      ...PolicyVersionFields
    }
  }
`);
