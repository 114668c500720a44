import { graphql } from '@/graphql/generated/client';
import type { LotOmissionRowFieldsFragment, ManagerReportQuery } from '@/graphql/generated/client/graphql';

/** A lot in the report: its name and who runs it. */
export const REPORT_LOT = graphql(`
  fragment ReportLot on ParkingLot {
    id
    name
    operator {
      id
      name
    }
  }
`);

/** One lot's row of the per-lot omission table. */
export const LOT_OMISSION_ROW = graphql(`
  fragment LotOmissionRowFields on RepeatOmissionRow {
    lot {
      ...ReportLot
    }
    omissions
    customersWithRepeats
    couponsIssued
    couponAmount
  }
`);

/** How many lots the report shows first (of up to 2,000); "모두 보기" brings the rest. */
export const TOP_LOTS = 50;

/** Everything the manager's monthly report shows, for one month and the one before: the lots' top TOP_LOTS. */
export const MANAGER_REPORT = graphql(`
  query ManagerReport($month: Month!, $previous: Month!, $topLots: Int!) {
    repeatOmissionReport(month: $month, first: $topLots) {
      month
      totalOmissions
      totalCount
      rows {
        ...LotOmissionRowFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    repeatCustomers(month: $month) {
      customer {
        id
        name
        phoneMasked
      }
      omissions
      couponIssued
      lots {
        id
        name
      }
    }
    previousRepeatCustomers: repeatCustomers(month: $previous) {
      customer {
        id
      }
    }
    monthlyTrend(endMonth: $month, months: 12) {
      month
      omissions
      couponsIssued
      couponAmount
      refundsCount
      refundAmount
    }
    operatorOmissionReport(month: $month) {
      operator {
        id
        name
      }
      omissions
      customersWithRepeats
      couponsIssued
      couponAmount
      refundsCount
      refundAmount
    }
    responseTimes(month: $month) {
      byOperator {
        operator {
          id
        }
        times {
          exitAckMedianSeconds
          exitWithinTargetShare
          overdueCount
        }
      }
    }
    worseningLots(month: $month) {
      lot {
        ...ReportLot
      }
      previous
      current
      change
    }
    omissionHeatmap(endMonth: $month, months: 6, lots: 15) {
      months
      rows {
        lot {
          ...ReportLot
        }
        counts
        total
      }
    }
  }
`);

/** The lots after the top ones, all of them, for "모두 보기". */
export const MANAGER_REPORT_MORE_LOTS = graphql(`
  query ManagerReportMoreLots($month: Month!, $after: String!) {
    repeatOmissionReport(month: $month, after: $after) {
      rows {
        ...LotOmissionRowFields
      }
    }
  }
`);

export type ManagerReport = ManagerReportQuery;
export type TrendPoint = ManagerReportQuery['monthlyTrend'][number];
export type LotOmissionRow = LotOmissionRowFieldsFragment;
export type OperatorRow = ManagerReportQuery['operatorOmissionReport'][number];
export type OperatorTimes = ManagerReportQuery['responseTimes']['byOperator'][number]['times'];
export type WorseningLot = ManagerReportQuery['worseningLots'][number];
export type OmissionHeatmap = ManagerReportQuery['omissionHeatmap'];
export type RepeatCustomer = ManagerReportQuery['repeatCustomers'][number];
