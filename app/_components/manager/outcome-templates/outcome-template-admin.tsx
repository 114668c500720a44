'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { useApiErrorMessage } from '../../ui/api-error';
import { Badge } from '../../ui/badge';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import type { DataColumn } from '../../ui/data-table';
import { DataTableCard } from '../../ui/data-table-card';
import { EmptyState, ErrorState, LoadingState } from '../../ui/query-state';
import { RowButton } from '../../ui/row-button';
import { notify } from '../../ui/toast';
import { OutcomeTemplateForm } from './outcome-template-form';
import { MANAGER_OUTCOME_TEMPLATES, SET_OUTCOME_TEMPLATE_ACTIVE, type ManagerTemplate } from './outcome-template-queries';
import caseStyles from '../../case/case.module.css';

/** The outcome templates agents pick with one key: a manager edits, adds and switches them off (never deletes). */
export function OutcomeTemplateAdmin() {
  const t = useTranslations('caseCorrections.admin');
  const tLabels = useTranslations('labels');
  const id = useId();
  const errorMessage = useApiErrorMessage();
  const { data, error, refetch } = useQuery(MANAGER_OUTCOME_TEMPLATES);
  const [setActive] = useMutation(SET_OUTCOME_TEMPLATE_ACTIVE, { refetchQueries: [MANAGER_OUTCOME_TEMPLATES] });
  const [editing, setEditing] = useState<ManagerTemplate | 'new' | null>(null);
  const [switchingOff, setSwitchingOff] = useState<ManagerTemplate | null>(null);

  async function toggle(template: ManagerTemplate, active: boolean) {
    setSwitchingOff(null);
    try {
      await setActive({ variables: { id: template.id, active } });
      notify.success(active ? t('activated') : t('deactivated'));
    } catch (caught) {
      notify.error(errorMessage(caught instanceof Error ? caught : new Error(String(caught))));
    }
  }

  const columns: DataColumn<ManagerTemplate>[] = [
    { id: 'order', header: t('order'), numeric: true, sortValue: (row) => row.sortOrder, cell: (row) => row.sortOrder },
    { id: 'label', header: t('label'), rowHeader: true, cell: (row) => <KoreanAndEnglish ko={row.labelKo} en={row.labelEn} /> },
    { id: 'kind', header: t('kind'), nowrap: true, cell: (row) => (row.kind ? tLabels(`vocKindShort.${row.kind}`) : t('anyKind')) },
    { id: 'body', header: t('body'), cell: (row) => <KoreanAndEnglish ko={row.bodyKo} en={row.bodyEn} /> },
    {
      id: 'status',
      header: t('status'),
      nowrap: true,
      cell: (row) => (
        <span className="badges">
          <Badge tone={row.active ? 'success' : 'neutral'}>{row.active ? t('active') : t('inactive')}</Badge>
          {row.firstResponse && <Badge tone="outline">{t('firstResponse')}</Badge>}
        </span>
      ),
    },
    {
      id: 'actions',
      header: t('edit'),
      headerHidden: true,
      className: 'row-action',
      cell: (row) => (
        <span className={caseStyles.stepActions}>
          <RowButton label={`${t('edit')}: ${row.labelKo}`} onClick={() => setEditing(row)}>
            {t('edit')}
          </RowButton>
          <RowButton
            label={`${row.active ? t('deactivate') : t('activate')}: ${row.labelKo}`}
            onClick={() => (row.active ? setSwitchingOff(row) : void toggle(row, true))}
          >
            {row.active ? t('deactivate') : t('activate')}
          </RowButton>
        </span>
      ),
    },
  ];

  const templates = data?.outcomeTemplates;
  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <div className="section-header">
        <h2 id={`${id}-heading`}>{t('heading')}</h2>
        <button type="button" className="button button-secondary button-small" onClick={() => setEditing('new')}>
          {t('add')}
        </button>
      </div>
      <p className="muted">{t('intro')}</p>
      {error ? (
        <ErrorState message={errorMessage(error)} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !templates ? (
        <LoadingState label={t('loading')} />
      ) : templates.length === 0 ? (
        <EmptyState title={t('empty')} />
      ) : (
        <DataTableCard columns={columns} rows={templates} rowKey={(row) => row.id} caption={t('heading')} captionHidden />
      )}
      {editing && (
        <OutcomeTemplateForm
          key={editing === 'new' ? 'new' : editing.id}
          template={editing === 'new' ? null : editing}
          onDone={() => setEditing(null)}
        />
      )}
      <ConfirmDialog
        open={switchingOff !== null}
        title={t('confirmDeactivateTitle')}
        message={t('confirmDeactivate', { label: switchingOff?.labelKo ?? '' })}
        confirmLabel={t('deactivate')}
        onConfirm={() => switchingOff && void toggle(switchingOff, false)}
        onCancel={() => setSwitchingOff(null)}
      />
    </section>
  );
}

/** A template's text as agents read it in each language: Korean first, English muted under it. */
function KoreanAndEnglish({ ko, en }: { ko: string; en: string }) {
  return (
    <>
      <span lang="ko">{ko}</span>
      <br />
      <span className="muted" lang="en">
        {en}
      </span>
    </>
  );
}
