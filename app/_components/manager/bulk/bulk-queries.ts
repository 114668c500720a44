import { graphql } from '@/graphql/generated/client';

/** A bulk job's progress, all the bar shows of it. */
export const BULK_JOB_PROGRESS = graphql(`
  fragment BulkJobProgress on BulkCaseJob {
    id
    action
    total
    done
    status
  }
`);

/** The staff accounts; the bulk bar offers the active agents as new owners. */
export const BULK_AGENTS = graphql(`
  query BulkAgents {
    users {
      id
      name
      email
      role
      active
    }
  }
`);

/** Confirms the count and snapshots the matching cases; the batches do the change. */
export const START_BULK_CASE_JOB = graphql(`
  mutation StartBulkCaseJob($filter: CaseFilter!, $expectedCount: Int!, $reassignTo: ID, $note: String) {
    startBulkCaseJob(filter: $filter, expectedCount: $expectedCount, reassignTo: $reassignTo, note: $note) {
      ...BulkJobProgress
    }
  }
`);

/** Changes the next batch (at most 200 cases) and returns the job's progress. */
export const RUN_BULK_CASE_JOB_BATCH = graphql(`
  mutation RunBulkCaseJobBatch($id: ID!) {
    runBulkCaseJobBatch(id: $id) {
      ...BulkJobProgress
    }
  }
`);
