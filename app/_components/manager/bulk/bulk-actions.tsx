'use client';

import { useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { apiErrorMessage } from '../../api-error';
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
        <label htmlFor={`${id}-agent`}>담당 상담사</label>
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
            <option value="">{data ? '상담사 선택' : '불러오는 중…'}</option>
            {agents.map((agent) => (
              <option key={agent.id} value={agent.id}>
                {agent.name} ({agent.email})
              </option>
            ))}
          </select>
          <button type="submit" className="button button-primary" disabled={disabled || !agentId}>
            담당 상담사 변경
          </button>
        </div>
        {error && (
          <p id={`${id}-agent-error`} className="field-hint">
            상담사 목록을 불러오지 못했습니다. {apiErrorMessage(error)}
          </p>
        )}
      </form>
      <form className={styles.action} onSubmit={pickNote}>
        <label htmlFor={`${id}-note`}>메모</label>
        <div className={styles.actionRow}>
          <textarea
            id={`${id}-note`}
            className="input textarea"
            rows={2}
            maxLength={MAX_NOTE}
            required
            value={note}
            disabled={disabled}
            placeholder="각 상담 기록에 남길 내용"
            onChange={(event) => setNote(event.target.value)}
          />
          <button type="submit" className="button button-primary" disabled={disabled || !note.trim()}>
            메모 추가
          </button>
        </div>
      </form>
      <div className={styles.action}>
        <span className={styles.actionLabel}>내보내기</span>
        {/* A link, not a job: the CSV route streams every matching case by itself. */}
        <a className="button button-secondary" href={exportHref} download aria-disabled={disabled || undefined}>
          CSV로 내보내기
        </a>
      </div>
    </div>
  );
}
