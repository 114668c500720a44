'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { apiErrorCode, apiErrorMessage } from '../api-error';
import { REFUND_BASIS_LABEL } from '../case/case-labels';
import { formatInstant, formatWon } from '../format';
import { EmptyState, ErrorState, LoadingState } from '../ui/query-state';
import { DECIDE_REFUND, REFUND_APPROVALS } from './refund-approval-queries';
import { RejectRefundDialog } from './reject-refund-dialog';
import { ActionFeedback } from '../ui/action-feedback';

const CONFLICT_MESSAGE = '다른 관리자가 먼저 처리했습니다.';

/** The proposed refunds with 승인 / 반려; a decided row leaves the list. */
export function RefundApprovals() {
  const { data, error, refetch } = useQuery(REFUND_APPROVALS, { fetchPolicy: 'cache-and-network' });
  const [decide, { loading: pending }] = useMutation(DECIDE_REFUND);
  const [decided, setDecided] = useState<ReadonlySet<string>>(new Set());
  const [rejecting, setRejecting] = useState<{ id: string; code: string } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const retry = () => void refetch().catch(() => undefined);

  async function run(id: string, code: string, approve: boolean, reason: string | null) {
    setDone(null);
    setFailure(null);
    try {
      await decide({ variables: { id, approve, reason } });
      setDecided((set) => new Set(set).add(id));
      setRejecting(null);
      setDone(approve ? `상담 ${code}의 환불을 승인했습니다.` : `상담 ${code}의 환불을 반려했습니다.`);
      retry();
    } catch (caught) {
      setRejecting(null);
      const conflict = caught instanceof Error && apiErrorCode(caught) === 'CONFLICT';
      setFailure(conflict ? CONFLICT_MESSAGE : caught instanceof Error ? apiErrorMessage(caught) : String(caught));
      if (conflict) retry();
    }
  }

  const rows = data?.refundApprovals.filter((refund) => !decided.has(refund.id));

  return (
    <>
      <ActionFeedback state={{ done, error: failure }} />
      {error && !data ? (
        <ErrorState message={apiErrorMessage(error)} onRetry={retry} />
      ) : !rows ? (
        <LoadingState label="환불 제안을 불러오는 중…" />
      ) : rows.length === 0 ? (
        <EmptyState title="승인을 기다리는 환불이 없습니다." />
      ) : (
        <div className="card table-card">
          <table className="table table-stack refund-approvals-table">
            <caption>제안이 오래된 순, {rows.length}건</caption>
            <thead>
              <tr>
                <th scope="col">상담</th>
                <th scope="col">정기권</th>
                <th scope="col">기준</th>
                <th scope="col" className="numeric">결제액</th>
                <th scope="col">이용</th>
                <th scope="col" className="numeric">환불액</th>
                <th scope="col">제안</th>
                <th scope="col">처리</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((refund) => (
                <tr key={refund.id}>
                  <th scope="row" data-label="상담" className="nowrap">{refund.case.code}</th>
                  <td data-label="정기권" className="nowrap">{refund.pass.plate}</td>
                  <td data-label="기준">{REFUND_BASIS_LABEL[refund.basis]}</td>
                  <td data-label="결제액" className="numeric">{formatWon(refund.paid)}</td>
                  <td data-label="이용" className="nowrap">
                    {refund.usedDays != null ? `${refund.usedDays}/${refund.availableDays}일` : <span className="muted">—</span>}
                  </td>
                  <td data-label="환불액" className="numeric">
                    <strong>{formatWon(refund.amount)}</strong>
                  </td>
                  <td data-label="제안">
                    <span>
                      {refund.proposedBy?.name ?? '알 수 없음'}
                      <span className="cell-sub nowrap">{formatInstant(refund.proposedAt)}</span>
                    </span>
                  </td>
                  <td data-label="처리" className="row-action">
                    <span className="refund-decide-actions">
                      <button
                        type="button"
                        className="button button-primary"
                        disabled={pending}
                        aria-label={`상담 ${refund.case.code} 환불 승인`}
                        onClick={() => void run(refund.id, refund.case.code, true, null)}
                      >
                        승인
                      </button>
                      <button
                        type="button"
                        className="button button-secondary"
                        disabled={pending}
                        aria-label={`상담 ${refund.case.code} 환불 반려`}
                        onClick={() => setRejecting({ id: refund.id, code: refund.case.code })}
                      >
                        반려
                      </button>
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <RejectRefundDialog
        caseCode={rejecting?.code ?? null}
        pending={pending}
        onReject={(reason) => rejecting && void run(rejecting.id, rejecting.code, false, reason)}
        onCancel={() => setRejecting(null)}
      />
    </>
  );
}
