import { graphql } from '@/graphql/generated/client';
import type { ManagerReportQuery } from '@/graphql/generated/client/graphql';

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

/** Everything the manager's monthly report shows, for one month and the one before. */
export const MANAGER_REPORT = graphql(`
  query ManagerReport($month: Month!, $previous: Month!) {
    repeatOmissionReport(month: $month) {
      month
      totalOmissions
      rows {
        lot {
          ...ReportLot
        }
        omissions
        customersWithRepeats
        couponsIssued
        couponAmount
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

export type ManagerReport = ManagerReportQuery;
export type TrendPoint = ManagerReportQuery['monthlyTrend'][number];
export type LotOmissionRow = ManagerReportQuery['repeatOmissionReport']['rows'][number];
export type OperatorRow = ManagerReportQuery['operatorOmissionReport'][number];
export type OperatorTimes = ManagerReportQuery['responseTimes']['byOperator'][number]['times'];
export type WorseningLot = ManagerReportQuery['worseningLots'][number];
export type OmissionHeatmap = ManagerReportQuery['omissionHeatmap'];
export type RepeatCustomer = ManagerReportQuery['repeatCustomers'][number];
