'use client';

import { useId } from 'react';
import type { Role } from '@/graphql/generated/client/graphql';
import { ROLE_LABEL } from '../../format';
import type { UserFilter } from './filter-users';
import styles from './users.module.css';

const ROLES = Object.keys(ROLE_LABEL) as Role[];

/** Role and text filters; the list narrows as the manager types. */
export function UserFilters({ filter, onChange }: { filter: UserFilter; onChange: (filter: UserFilter) => void }) {
  const id = useId();
  return (
    <div className={styles.filters} role="search" aria-label="계정 검색">
      <div className="field">
        <label htmlFor={`${id}-role`}>역할</label>
        <select id={`${id}-role`} className="input" value={filter.role} onChange={(event) => onChange({ ...filter, role: event.target.value as Role | '' })}>
          <option value="">전체</option>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABEL[role]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`}>검색</label>
        <input
          id={`${id}-text`}
          className="input"
          type="search"
          value={filter.text}
          autoComplete="off"
          placeholder="이름, 이메일, 운영사"
          onChange={(event) => onChange({ ...filter, text: event.target.value })}
        />
      </div>
    </div>
  );
}
