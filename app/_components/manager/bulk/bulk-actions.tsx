'use client';

import { useQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
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
      <form className={styles.action} onSubmit={pickAgent}>
        <label htmlFor={`${id}-agent`}>{t('agentLabel')}</label>
        <div className={styles.actionRow}>
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
          <button type="submit" className="button button-primary" disabled={disabled || !agentId}>
            {t('reassign')}
          </button>
        </div>
        {error && (
          <p id={`${id}-agent-error`} className="field-hint">
            {t('agentsFailed', { reason: errorMessage(error) })}
          </p>
        )}
      </form>
      <form className={styles.action} onSubmit={pickNote}>
        <label htmlFor={`${id}-note`}>{t('noteLabel')}</label>
        <div className={styles.actionRow}>
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
          <button type="submit" className="button button-primary" disabled={disabled || !note.trim()}>
            {t('addNote')}
          </button>
        </div>
      </form>
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
