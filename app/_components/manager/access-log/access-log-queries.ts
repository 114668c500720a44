import { graphql } from '@/graphql/generated/client';

/** One page of the access log, newest first. */
export const ACCESS_LOG = graphql(`
  query AccessLog($filter: AccessLogFilter, $first: Int, $after: String) {
    accessLog(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PagerInfo
      }
      edges {
        node {
          id
          at
          action
          subjectType
          subjectId
          subjectLabel
          clientAddress
          detail
          actor {
            id
            name
            email
            role
          }
        }
      }
    }
  }
`);

/** The accounts the filter offers, with their roles. */
export const ACCESS_LOG_ACCOUNTS = graphql(`
  query AccessLogAccounts {
    users {
      id
      name
      email
      role
    }
  }
`);
