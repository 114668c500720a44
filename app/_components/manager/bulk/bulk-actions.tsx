'use client';

import { useQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useApiErrorMessage } from '../../ui/api-error';
import { CsvDownloadLink } from '../csv-download-link';
import styles from './bulk.module.css';
import { BULK_AGENTS } from './bulk-queries';
import type { BulkChange } from './bulk-text';

const MAX_NOTE = 1000;

interface BulkActionsProps {
  disabled: boolean;
  exportHref: string;
  onPick: (change: BulkChange) => void;
}

/** The three things a manager can do to every selected case; the first two ask first (onPick). */
export function BulkActions({ disabled, exportHref, onPick }: BulkActionsProps) {
  const id = useId();
  const t = useTranslations('bulk');
  const errorMessage = useApiErrorMessage();
  const { data, error } = useQuery(BULK_AGENTS, { fetchPolicy: 'cache-and-network' });
  const agents = data?.users.filter((user) => user.role === 'AGENT' && user.active) ?? [];
  const [agentId, setAgentId] = useState('');
  const [note, setNote] = useState('');

  function pickAgent(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const agent = agents.find((candidate) => candidate.id === agentId);
    if (agent) onPick({ kind: 'REASSIGN', agentId: agent.id, agentName: agent.name });
  }

  function pickNote(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = note.trim();
    if (trimmed) onPick({ kind: 'ADD_NOTE', note: trimmed });
  }

  return (
    <div className={styles.actions}>
      <ActionForm
        controlId={`${id}-agent`}
        label={t('agentLabel')}
        submitLabel={t('reassign')}
        submitDisabled={disabled || !agentId}
        onSubmit={pickAgent}
        hint={
          error && (
            <p id={`${id}-agent-error`} className="field-hint">
              {t('agentsFailed', { reason: errorMessage(error) })}
            </p>
          )
        }
      >
        <select
          id={`${id}-agent`}
          className="input"
          required
          value={agentId}
          disabled={disabled || !data}
          aria-describedby={error ? `${id}-agent-error` : undefined}
          onChange={(event) => setAgentId(event.target.value)}
        >
          <option value="">{data ? t('agentPlaceholder') : t('agentsLoading')}</option>
          {agents.map((agent) => (
            <option key={agent.id} value={agent.id}>
              {t('agentOption', { name: agent.name, email: agent.email })}
            </option>
          ))}
        </select>
      </ActionForm>
      <ActionForm
        controlId={`${id}-note`}
        label={t('noteLabel')}
        submitLabel={t('addNote')}
        submitDisabled={disabled || !note.trim()}
        onSubmit={pickNote}
      >
        <textarea
          id={`${id}-note`}
          className="input textarea"
          rows={2}
          maxLength={MAX_NOTE}
          required
          value={note}
          disabled={disabled}
          placeholder={t('notePlaceholder')}
          onChange={(event) => setNote(event.target.value)}
        />
      </ActionForm>
      <div className={styles.action}>
        <span className={styles.actionLabel}>{t('exportLabel')}</span>
        {/* A download, not a job: the CSV route streams every matching case by itself. */}
        <CsvDownloadLink href={exportHref} disabled={disabled}>
          {t('export')}
        </CsvDownloadLink>
      </div>
    </div>
  );
}

interface ActionFormProps {
  /** The id of the one control, which the label names. */
  controlId: string;
  label: string;
  submitLabel: string;
  submitDisabled: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** Said under the control, e.g. why its choices could not be read. */
  hint?: ReactNode;
  /** The control itself. */
  children: ReactNode;
}

/** One action that asks first: a labelled control and the button beside it that submits the choice. */
function ActionForm({ controlId, label, submitLabel, submitDisabled, onSubmit, hint, children }: ActionFormProps) {
  return (
    <form className={styles.action} onSubmit={onSubmit}>
      <label htmlFor={controlId}>{label}</label>
      <div className={styles.actionRow}>
        {children}
        <button type="submit" className="button button-primary" disabled={submitDisabled}>
          {submitLabel}
        </button>
      </div>
      {hint}
    </form>
  );
}
