'use client';

import { useQuery } from '@apollo/client/react';
import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import type { Role } from '@/graphql/generated/client/graphql';
import { ACCESS_ACTION_GROUPS, ACCESS_ACTION_LABEL, ACCESS_SUBJECT_LABEL } from '@/lib/domain/access-log';
import { ROLE_LABEL } from '../../format';
import { ACCESS_LOG_ACCOUNTS } from './access-log-queries';
import { queryOf, type AccessLogParams } from './access-log-params';
import styles from './access-log.module.css';

const ROLES = Object.keys(ROLE_LABEL) as Role[];
const SUBJECT_TYPES = Object.entries(ACCESS_SUBJECT_LABEL);

/** The log's filters; searching puts them in the page's URL, so a search can be shared and gone back to. */
export function AccessLogFilters({ params }: { params: AccessLogParams }) {
  const id = useId();
  const router = useRouter();
  const accounts = useQuery(ACCESS_LOG_ACCOUNTS);
  const [rangeError, setRangeError] = useState<string | null>(null);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: keyof AccessLogParams) => String(form.get(name) ?? '').trim();
    const next = {
      actorId: text('actorId'),
      action: text('action'),
      subjectType: text('subjectType'),
      subjectId: text('subjectId'),
      from: text('from'),
      to: text('to'),
      clientAddress: text('clientAddress'),
    };
    if (next.from && next.to && next.from > next.to) {
      setRangeError('종료일은 시작일과 같거나 그 뒤여야 합니다.');
      return;
    }
    setRangeError(null);
    router.push(`/manager/access-log?${queryOf(next)}`);
  }

  const users = accounts.data?.users ?? [];
  return (
    // Keyed by the URL's filter, so going back shows that search's values.
    <form key={queryOf(params)} className={`card ${styles.filters}`} onSubmit={handleSubmit} role="search" aria-label="접근 기록 검색">
      <div className="field">
        <label htmlFor={`${id}-actor`}>계정</label>
        <select id={`${id}-actor`} className="input" name="actorId" defaultValue={params.actorId} disabled={accounts.loading && !accounts.data}>
          <option value="">{accounts.error ? '전체 (계정 목록을 불러오지 못했습니다)' : '전체'}</option>
          {ROLES.map((role) => (
            <optgroup key={role} label={ROLE_LABEL[role]}>
              {users
                .filter((user) => user.role === role)
                .map((user) => (
                  <option key={user.id} value={user.id}>
                    {user.name} ({user.email})
                  </option>
                ))}
            </optgroup>
          ))}
          {params.actorId && !users.some((user) => user.id === params.actorId) && <option value={params.actorId}>선택한 계정</option>}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-action`}>행위</label>
        <select id={`${id}-action`} className="input" name="action" defaultValue={params.action}>
          <option value="">전체</option>
          {ACCESS_ACTION_GROUPS.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.actions.map((action) => (
                <option key={action} value={action}>
                  {ACCESS_ACTION_LABEL[action]}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-subject-type`}>대상</label>
        <select id={`${id}-subject-type`} className="input" name="subjectType" defaultValue={params.subjectType}>
          <option value="">전체</option>
          {SUBJECT_TYPES.map(([type, label]) => (
            <option key={type} value={type}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-subject-id`}>대상 ID</label>
        <input id={`${id}-subject-id`} className="input" name="subjectId" defaultValue={params.subjectId} maxLength={100} autoComplete="off" spellCheck={false} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-from`}>시작일</label>
        <input id={`${id}-from`} className="input" name="from" type="date" defaultValue={params.from} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>종료일</label>
        <input
          id={`${id}-to`}
          className="input"
          name="to"
          type="date"
          defaultValue={params.to}
          aria-invalid={rangeError ? true : undefined}
          aria-describedby={rangeError ? `${id}-range-error` : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-address`}>접속 주소</label>
        <input id={`${id}-address`} className="input" name="clientAddress" defaultValue={params.clientAddress} maxLength={100} autoComplete="off" placeholder="예: 10.0.0." />
      </div>
      <div className={styles.actions}>
        <button type="submit" className="button button-primary">
          검색
        </button>
        <button type="button" className="button button-secondary" onClick={() => router.push('/manager/access-log')}>
          초기화
        </button>
      </div>
      {rangeError && (
        <p id={`${id}-range-error`} className={styles.fieldError} role="alert">
          {rangeError}
        </p>
      )}
    </form>
  );
}
