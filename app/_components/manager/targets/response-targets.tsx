'use client';

import { useQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { useApiErrorMessage } from '../../ui/api-error';
import { ActionFeedback, type ActionOutcome } from '../../ui/action-feedback';
import { Badge } from '../../ui/badge';
import type { DataColumn } from '../../ui/data-table';
import { DataTableCard } from '../../ui/data-table-card';
import { EmptyState, ErrorState, LoadingState } from '../../ui/query-state';
import { MinutesBox, SaveActions } from './target-cells';
import { RESPONSE_TARGETS } from './target-queries';
import styles from './targets.module.css';
import { TARGET_FIELDS, useTargetDrafts, type SaveOutcome, type TargetRowData } from './use-target-drafts';
import { DataText } from '../../ui/data-text';

/** Every operator's response targets, each row editable in place, with one line of feedback. */
export function ResponseTargets() {
  const base = useId();
  const t = useTranslations('targets');
  const errorMessage = useApiErrorMessage();
  const { data, error, refetch } = useQuery(RESPONSE_TARGETS, { fetchPolicy: 'cache-and-network' });
  const drafts = useTargetDrafts();
  const [outcome, setOutcome] = useState<ActionOutcome>({ done: null, error: null });
  const retry = () => void refetch().catch(() => undefined);

  // A field's own error is shown under it; the line above the table keeps the last save's word.
  function report(result: SaveOutcome) {
    if ('done' in result) setOutcome({ done: result.done, error: null });
    if ('failed' in result) setOutcome({ done: null, error: result.failed });
  }

  const columns: DataColumn<TargetRowData>[] = [
    {
      id: 'operator',
      header: t('table.operator'),
      rowHeader: true,
      cell: (row) => (
        <span className={styles.line}>
          <DataText>{row.operator.name}</DataText>
        </span>
      ),
    },
    ...TARGET_FIELDS.map((field): DataColumn<TargetRowData> => ({
      id: field,
      header: t('column', { target: t(`field.${field}`) }),
      cell: (row) => <MinutesBox base={base} row={row} field={field} drafts={drafts} />,
    })),
    {
      id: 'basis',
      header: t('table.basis'),
      cell: (row) => (
        <span className={styles.line}>
          <Badge tone={row.isDefault ? 'neutral' : 'accent'}>{row.isDefault ? t('table.default') : t('table.custom')}</Badge>
        </span>
      ),
    },
    {
      id: 'actions',
      header: t('table.actions'),
      headerHidden: true,
      className: 'row-action',
      cell: (row) => <SaveActions base={base} row={row} drafts={drafts} onOutcome={report} />,
    },
  ];

  return (
    <>
      <ActionFeedback state={outcome} />
      {error && !data ? (
        <ErrorState message={errorMessage(error)} onRetry={retry} />
      ) : !data ? (
        <LoadingState label={t('loading')} />
      ) : data.responseTargets.length === 0 ? (
        <EmptyState title={t('empty')}>{t('emptyHint')}</EmptyState>
      ) : (
        <DataTableCard
          columns={columns}
          rows={data.responseTargets}
          rowKey={(row) => row.operator.id}
          caption={t('table.caption', { count: data.responseTargets.length })}
          className={styles.table}
        />
      )}
    </>
  );
}
