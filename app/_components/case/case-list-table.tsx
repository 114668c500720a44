import Link from 'next/link';
import type { ReactNode } from 'react';
import { graphql } from '@/graphql/generated/client';
import type { CaseListRowFragment } from '@/graphql/generated/client/graphql';
import { formatInstant } from '../format';
import { CaseStatusBadge, VocKindBadge } from '../ui/status-badges';

/** The fields a row of a case list shows; the agent's and the manager's lists both ask for them. */
export const CASE_LIST_ROW = graphql(`
  fragment CaseListRow on Case {
    id
    code
    createdAt
    kind
    status
    customer {
      id
      name
      phoneMasked
    }
    pass {
      id
      plate
    }
    lot {
      id
      name
    }
  }
`);

/** A column a list adds after the shared ones (the manager's list shows the case's agent). */
export interface ExtraColumn<R> {
  header: string;
  cell: (row: R) => ReactNode;
}

interface CaseListTableProps<R extends CaseListRowFragment> {
  cases: readonly R[];
  caption: string;
  /** Where a case code leads: the agent's workspace unless the list says otherwise. */
  caseHref?: (id: string) => string;
  extraColumn?: ExtraColumn<R>;
}

const agentCaseHref = (id: string) => `/agent/cases/${id}`;

/** One page of cases, newest first; on a phone each row becomes a labelled card. */
export function CaseListTable<R extends CaseListRowFragment>({ cases, caption, caseHref = agentCaseHref, extraColumn }: CaseListTableProps<R>) {
  return (
    <div className="card table-card">
      <table className="table table-stack table-cases">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">상담번호</th>
            <th scope="col">접수일시</th>
            <th scope="col">고객</th>
            <th scope="col">차량번호</th>
            <th scope="col">주차장</th>
            <th scope="col">VOC 유형</th>
            <th scope="col">상태</th>
            {extraColumn && <th scope="col">{extraColumn.header}</th>}
          </tr>
        </thead>
        <tbody>
          {cases.map((row) => (
            <tr key={row.id}>
              <th scope="row" data-label="상담번호" className="nowrap">
                <Link href={caseHref(row.id)}>{row.code}</Link>
              </th>
              <td data-label="접수일시" className="nowrap">
                {formatInstant(row.createdAt)}
              </td>
              <td data-label="고객">
                <span>
                  {row.customer.name}
                  <span className="cell-sub nowrap">{row.customer.phoneMasked}</span>
                </span>
              </td>
              <td data-label="차량번호" className="nowrap">
                {row.pass.plate}
              </td>
              <td data-label="주차장">{row.lot.name}</td>
              <td data-label="VOC 유형">
                <span>
                  <VocKindBadge kind={row.kind} />
                </span>
              </td>
              <td data-label="상태">
                <span>
                  <CaseStatusBadge status={row.status} />
                </span>
              </td>
              {extraColumn && <td data-label={extraColumn.header}>{extraColumn.cell(row)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
