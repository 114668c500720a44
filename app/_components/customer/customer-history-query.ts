import { graphql } from '@/graphql/generated/client';

/**
 * The customer panel beside the new-case form and the case page: every case and why it counts,
 * the month's counted omissions, compensation, open requests, and the cases a call at `lotId`
 * may be a repeat of. At most 3 statements (tests/integration/statement-counts.test.ts).
 */
export const CUSTOMER_HISTORY = graphql(`
  query CustomerHistory($customerId: ID!, $lotId: ID!, $excludeCaseId: ID) {
    customerHistory(customerId: $customerId) {
      customerId
      month
      countedOmissionsThisMonth
      totalCases
      cases {
        ...HistoryCaseFields
      }
      coupons {
        caseId
        caseCode
        month
        amount
        issuedAt
      }
      refunds {
        caseId
        caseCode
        status
        amount
        proposedAt
      }
      openRequests {
        kind
        caseId
        caseCode
        status
        requestedAt
      }
      sameIncident(lotId: $lotId, excludeCaseId: $excludeCaseId) {
        ...HistoryCaseFields
      }
    }
  }

  fragment HistoryCaseFields on CustomerHistoryCase {
    id
    code
    incidentAt
    incidentMonth
    kind
    status
    lotId
    lotName
    createdAt
    identityVerified
    omissionCount
    duplicateOfId
    duplicateOfCode
  }
`);
