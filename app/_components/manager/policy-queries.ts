import { graphql } from '@/graphql/generated/client';

/** Every compensation policy version, newest effective date first. */
export const POLICY_VERSIONS = graphql(`
  query PolicyVersions {
    policyVersions {
      id
      effectiveFrom
      couponAmount
      repeatThreshold
      couponsPerMonth
      note
      createdAt
    }
  }
`);

/** Adds a version that starts today (KST) or later. */
export const ADD_POLICY_VERSION = graphql(`
  mutation AddPolicyVersion($input: PolicyVersionInput!) {
    addPolicyVersion(input: $input) {
      id
      effectiveFrom
      couponAmount
      repeatThreshold
      couponsPerMonth
      note
      createdAt
    }
  }
`);
