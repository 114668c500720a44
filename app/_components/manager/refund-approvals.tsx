'use client';

import { useQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { RefundApprovalsQuery } from '@/graphql/generated/client/graphql';
import { useApiErrorMessage } from '../ui/api-error';
import { formatInstant } from '../ui/format';
import { ActionButton } from '../ui/action-button';
import { ActionFeedback } from '../ui/action-feedback';
import type { DataColumn } from '../ui/data-table';
import { DataTableCard } from '../ui/data-table-card';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { EmptyState, ErrorState, LoadingState } from '../ui/query-state';
import { RowButton } from '../ui/row-button';
import { useFormat } from '../ui/use-format';
import { REFUND_APPROVALS } from './refund-approval-queries';
import { caseColumn } from './case-column';
import { useRejection } from './queue-decision';
import { RejectWithReasonDialog } from './reject-with-reason-dialog';
import { REFUND_REJECT_REASON_MAX, useRefundDecision, type RefundRef } from './use-refund-decision';
import styles from './refund-approvals.module.css';
import { DataText } from '../ui/data-text';
import { CustomerCell } from '../customer/customer-cell';
import { dataLang } from '@/lib/i18n/data-lang';

type Proposal = RefundApprovalsQuery['refundApprovals'][number];

/**
 * The proposed refunds with what a decision needs (case, customer, lot, basis, days, amount,
 * proposer and the agent's reason) and 승인 (after a confirmation naming the amount) / 반려;
 * a decided row leaves the list at once.
 */
export function RefundApprovals() {
  const t = useTranslations();
  const r = useTranslations('refunds');
  const format = useFormat();
  const errorMessage = useApiErrorMessage();
  const { data, error, refetch } = useQuery(REFUND_APPROVALS, { fetchPolicy: 'cache-and-network' });
  const retry = () => void refetch().catch(() => undefined);
  const decision = useRefundDecision(retry);
  const rejection = useRejection((refund: RefundRef, reason: string) => decision.run(refund, false, reason));
  const [approving, setApproving] = useState<Proposal | null>(null);
  const busy = decision.deciding !== null;

  const ref = (refund: Proposal): RefundRef => ({ id: refund.id, code: refund.case.code });
  const columns: DataColumn<Proposal>[] = [
    caseColumn(r('table.case')),
    { id: 'customer', header: r('table.customer'), cell: (refund) => <CustomerCell customer={refund.case.customer} /> },
    {
      id: 'lot',
      header: r('table.lot'),
      className: styles.refundLot,
      cell: (refund) => (
        <span>
          <DataText>{refund.case.lot.name}</DataText>
          <span className="cell-sub nowrap" lang={dataLang(refund.pass.plate)}>
            {refund.pass.plate}
          </span>
        </span>
      ),
    },
    {
      // The amount with what it rests on: basis, days used of the available, what was paid.
      id: 'amount',
      header: r('table.amount'),
      numeric: true,
      cell: (refund) => (
        <span>
          <strong>{format.won(refund.amount)}</strong>
          <span className="cell-sub nowrap">
            {t(`labels.refundBasis.${refund.basis}`)}
            {refund.usedDays != null && ` · ${r('table.usedDays', { used: refund.usedDays, available: refund.availableDays })}`}
          </span>
          <span className="cell-sub nowrap">{r('table.paidLine', { amount: format.won(refund.paid) })}</span>
        </span>
      ),
    },
    {
      id: 'reason',
      header: r('table.reason'),
      cell: (refund) =>
        refund.proposalReason ? (
          <span className={styles.refundReason} lang="ko">
            {refund.proposalReason}
          </span>
        ) : (
          <span className="muted">{r('table.noReason')}</span>
        ),
    },
    {
      id: 'proposed',
      header: r('table.proposed'),
      cell: (refund) => (
        <span>
          {refund.proposedBy ? <DataText>{refund.proposedBy.name}</DataText> : r('table.unknownProposer')}
          <span className="cell-sub nowrap">{formatInstant(refund.proposedAt)}</span>
        </span>
      ),
    },
    {
      id: 'actions',
      header: r('table.actions'),
      className: 'row-action',
      cell: (refund) => (
        <span className={styles.refundDecideActions}>
          <ActionButton
            small
            pending={decision.deciding?.id === refund.id}
            disabled={busy}
            label={r('approveFor', { code: refund.case.code })}
            onClick={() => setApproving(refund)}
          >
            {r('approve')}
          </ActionButton>
          <RowButton label={r('rejectFor', { code: refund.case.code })} disabled={busy} onClick={() => rejection.open(ref(refund))}>
            {r('reject')}
          </RowButton>
        </span>
      ),
    },
  ];

  const rows = data?.refundApprovals;
  return (
    <>
      <ActionFeedback state={decision.outcome} />
      {error && !data ? (
        <ErrorState message={errorMessage(error)} onRetry={retry} />
      ) : !rows ? (
        <LoadingState label={r('loading')} />
      ) : rows.length === 0 ? (
        <EmptyState title={r('empty')} />
      ) : (
        <DataTableCard
          columns={columns}
          rows={rows}
          rowKey={(refund) => refund.id}
          caption={r('table.caption', { count: rows.length })}
          className={styles.refundApprovalsTable}
        />
      )}
      <ConfirmDialog
        open={approving !== null}
        title={r('confirm.title')}
        message={
          approving && (
            <>
              <p>
                <strong>{r('confirm.message', { amount: format.won(approving.amount) })}</strong>
              </p>
              <p className="muted">
                {r('confirm.detail', {
                  code: approving.case.code,
                  customer: approving.case.customer.name,
                  basis: t(`labels.refundBasis.${approving.basis}`),
                })}
              </p>
            </>
          )
        }
        confirmLabel={r('confirm.submit')}
        onConfirm={() => {
          const refund = approving;
          setApproving(null);
          if (refund) void decision.run(ref(refund), true, null);
        }}
        onCancel={() => setApproving(null)}
      />
      <RejectWithReasonDialog
        messages="refunds.dialog"
        target={rejection.target}
        maxLength={REFUND_REJECT_REASON_MAX}
        pending={busy}
        error={rejection.error}
        onReject={(reason) => void rejection.submit(reason)}
        onCancel={rejection.close}
      />
    </>
  );
}
