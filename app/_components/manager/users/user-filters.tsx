'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import type { Role } from '@/graphql/generated/client/graphql';
import { Field } from '../../ui/field';
import type { UserFilter } from './filter-users';
import { StaffRoleOptions } from './staff-role-options';
import styles from './users.module.css';

/** Role and text filters; the list narrows as the manager types. */
export function UserFilters({ filter, onChange }: { filter: UserFilter; onChange: (filter: UserFilter) => void }) {
  const id = useId();
  const f = useTranslations('users.filters');
  return (
    <div className={styles.filters} role="search" aria-label={f('label')}>
      <Field id={`${id}-role`} label={f('role')}>
        <select
          id={`${id}-role`}
          className="input"
          value={filter.role}
          onChange={(event) => onChange({ ...filter, role: event.target.value as Role | '' })}
        >
          <StaffRoleOptions emptyLabel={f('all')} />
        </select>
      </Field>
      <Field id={`${id}-text`} label={f('text')}>
        <input
          id={`${id}-text`}
          className="input"
          type="search"
          value={filter.text}
          autoComplete="off"
          placeholder={f('textPlaceholder')}
          onChange={(event) => onChange({ ...filter, text: event.target.value })}
        />
      </Field>
    </div>
  );
}
