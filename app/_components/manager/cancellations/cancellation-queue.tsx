'use client';

import { useQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { PaymentCancellationsQuery } from '@/graphql/generated/client/graphql';
import { CANCELLATION_REJECT_REASON_MAX } from '@/lib/domain/payment-cancellation';
import { useApiErrorMessage } from '../../ui/api-error';
import { formatInstant } from '../../ui/format';
import { ActionButton } from '../../ui/action-button';
import { ActionFeedback } from '../../ui/action-feedback';
import { Badge, type BadgeTone } from '../../ui/badge';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import type { DataColumn } from '../../ui/data-table';
import { DataTableCard } from '../../ui/data-table-card';
import { EmptyState, ErrorState, LoadingState } from '../../ui/query-state';
import { RowButton } from '../../ui/row-button';
import { useFormat } from '../../ui/use-format';
import { ageParts } from './cancellation-age';
import { PAYMENT_CANCELLATIONS } from './cancellation-queries';
import styles from './cancellation-queue.module.css';
import { useCancellationMove, type CancellationRef } from './use-cancellation-move';
import { DataText } from '../../ui/data-text';
import { caseColumn } from '../case-column';
import { useRejection } from '../queue-decision';
import { RejectWithReasonDialog } from '../reject-with-reason-dialog';

type Item = PaymentCancellationsQuery['paymentCancellations'][number];
type View = 'open' | 'settled';

const STATUS_TONE: Record<Item['status'], BadgeTone> = {
  RECEIVED: 'warning',
  IN_PROGRESS: 'accent',
  COMPLETED: 'success',
  REJECTED: 'neutral',
};
const SETTLED = ['COMPLETED', 'REJECTED'] as const;

/** The managers' queue of on-site payment cancellations: take, complete (confirmed), reject (with a reason). */
export function CancellationQueue() {
  const t = useTranslations('cancellations');
  const format = useFormat();
  const errorMessage = useApiErrorMessage();
  const [view, setView] = useState<View>('open');
  const { data, error, refetch } = useQuery(PAYMENT_CANCELLATIONS, {
    variables: { statuses: view === 'open' ? null : [...SETTLED] },
    fetchPolicy: 'cache-and-network',
    pollInterval: 30_000,
  });
  const retry = () => void refetch().catch(() => undefined);
  const move = useCancellationMove(retry);
  const [completing, setCompleting] = useState<Item | null>(null);
  const busy = move.moving !== null;
  const now = new Date();

  const ref = (item: Item): CancellationRef => ({ id: item.id, code: item.case.code });
  const rejection = useRejection((item: Item, reason: string) => move.run(ref(item), { kind: 'reject', reason }));
  const age = (item: Item) => {
    const { days, hours, minutes } = ageParts(item.requestedAt, now);
    return days > 0 ? t('age.days', { days, hours }) : hours > 0 ? t('age.hours', { hours }) : t('age.minutes', { minutes });
  };

  const columns: DataColumn<Item>[] = [
    caseColumn(t('table.case')),
    {
      id: 'status',
      header: t('table.status'),
      cell: (item) => (
        <span className={styles.badges}>
          <Badge tone={STATUS_TONE[item.status]}>{t(`status.${item.status}`)}</Badge>
          {item.overdue && <Badge tone="overdue">{t('table.overdue')}</Badge>}
        </span>
      ),
    },
    { id: 'lot', header: t('table.lot'), className: styles.lot, cell: (item) => <DataText>{item.case.lot.name}</DataText> },
    {
      id: 'amount',
      header: t('table.amount'),
      numeric: true,
      cell: (item) => (
        <span>
          <strong>{format.won(item.payment.amount)}</strong>
          <span className="cell-sub nowrap">
            {item.payment.receiptUrl ? (
              <a href={item.payment.receiptUrl} target="_blank" rel="noopener noreferrer">
                {t('table.viewReceipt')}
              </a>
            ) : (
              t('table.noReceipt')
            )}
          </span>
        </span>
      ),
    },
    {
      id: 'due',
      header: t('table.due'),
      cell: (item) =>
        item.resolvedAt ? (
          <span>
            <span className="nowrap">{t('table.settledAt', { at: formatInstant(item.resolvedAt) })}</span>
            <span className="cell-sub nowrap">{t('table.requestedAt', { at: formatInstant(item.requestedAt) })}</span>
          </span>
        ) : (
          <span>
            <span className={item.overdue ? `nowrap ${styles.late}` : 'nowrap'}>{formatInstant(item.dueAt)}</span>
            <span className="cell-sub nowrap">{t('table.age', { age: age(item) })}</span>
            {item.escalatedAt && <span className="cell-sub">{t('table.escalated')}</span>}
          </span>
        ),
    },
    {
      id: 'owner',
      header: t('table.owner'),
      cell: (item) => (
        <span>
          {item.owner ? <DataText>{item.owner.name}</DataText> : <span className="muted">{t('table.shared')}</span>}
          {item.rejectReason && (
            <span className="cell-sub" lang="ko">
              {item.rejectReason}
            </span>
          )}
        </span>
      ),
    },
  ];
  if (view === 'open') {
    columns.push({
      id: 'actions',
      header: t('table.actions'),
      className: 'row-action',
      cell: (item) => (
        <span className={styles.actions}>
          {item.status === 'RECEIVED' && (
            <ActionButton
              small
              variant="secondary"
              pending={move.moving === item.id}
              disabled={busy}
              label={t('takeFor', { code: item.case.code })}
              onClick={() => void move.run(ref(item), { kind: 'take' })}
            >
              {t('take')}
            </ActionButton>
          )}
          <RowButton
            variant="primary"
            label={t('completeFor', { code: item.case.code })}
            disabled={busy}
            onClick={() => setCompleting(item)}
          >
            {t('complete')}
          </RowButton>
          <RowButton label={t('rejectFor', { code: item.case.code })} disabled={busy} onClick={() => rejection.open(item)}>
            {t('reject')}
          </RowButton>
        </span>
      ),
    });
  }

  const rows = data?.paymentCancellations;
  return (
    <>
      <div className={styles.views} role="group" aria-label={t('view.label')}>
        {(['open', 'settled'] as const).map((option) => (
          <button
            key={option}
            type="button"
            className="button button-secondary button-small"
            aria-pressed={view === option}
            onClick={() => setView(option)}
          >
            {t(`view.${option}`)}
          </button>
        ))}
      </div>
      <ActionFeedback state={move.outcome} />
      {error && !data ? (
        <ErrorState message={errorMessage(error)} onRetry={retry} />
      ) : !rows ? (
        <LoadingState label={t('loading')} />
      ) : rows.length === 0 ? (
        <EmptyState title={view === 'open' ? t('empty') : t('emptySettled')} />
      ) : (
        <DataTableCard
          columns={columns}
          rows={rows}
          rowKey={(item) => item.id}
          caption={view === 'open' ? t('table.caption', { count: rows.length }) : t('table.captionSettled', { count: rows.length })}
          className={styles.table}
        />
      )}
      <ConfirmDialog
        open={completing !== null}
        title={t('confirmComplete.title')}
        message={
          completing ? t('confirmComplete.message', { code: completing.case.code, amount: format.won(completing.payment.amount) }) : ''
        }
        confirmLabel={t('confirmComplete.confirm')}
        onConfirm={() => {
          const item = completing;
          setCompleting(null);
          if (item) void move.run(ref(item), { kind: 'complete' });
        }}
        onCancel={() => setCompleting(null)}
      />
      <RejectWithReasonDialog
        messages="cancellations.rejectDialog"
        target={rejection.target && { code: rejection.target.case.code, amount: format.won(rejection.target.payment.amount) }}
        maxLength={CANCELLATION_REJECT_REASON_MAX}
        pending={busy}
        error={rejection.error}
        onReject={(reason) => void rejection.submit(reason)}
        onCancel={rejection.close}
      />
    </>
  );
}
