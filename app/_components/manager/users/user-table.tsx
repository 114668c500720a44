'use client';

import { useTranslations } from 'next-intl';
import { Badge } from '../../ui/badge';
import type { DataColumn } from '../../ui/data-table';
import { DataTableCard } from '../../ui/data-table-card';
import { flagColumn } from '../../ui/data-table-columns';
import type { StaffUser } from './filter-users';
import styles from './users.module.css';
import { DataText } from '../../ui/data-text';

interface UserTableProps {
  users: readonly StaffUser[];
  total: number;
  viewerId: string | null;
  busy: boolean;
  onToggle: (user: StaffUser) => void;
}

/** Staff accounts with their role, operator and state; each but one's own can be (re)activated. */
export function UserTable({ users, total, viewerId, busy, onToggle }: UserTableProps) {
  const t = useTranslations();
  const h = useTranslations('users.table');
  const columns: DataColumn<StaffUser>[] = [
    {
      id: 'name',
      header: h('name'),
      rowHeader: true,
      cell: (user) => (
        <span>
          <DataText>{user.name}</DataText> {user.id === viewerId && <Badge tone="accent">{h('self')}</Badge>}
        </span>
      ),
    },
    { id: 'email', header: h('email'), className: styles.email, cell: (user) => user.email },
    { id: 'role', header: h('role'), nowrap: true, cell: (user) => t(`labels.role.${user.role}`) },
    {
      id: 'operator',
      header: h('operator'),
      cell: (user) => (user.operator ? <DataText>{user.operator.name}</DataText> : <span className="muted">—</span>),
    },
    flagColumn('status', h('status'), (user) => user.active, { yes: h('active'), no: h('inactive') }),
    {
      id: 'actions',
      header: h('actions'),
      headerHidden: true,
      className: 'row-action',
      cell: (user) =>
        user.id === viewerId ? (
          <span className="muted nowrap">{h('ownAccount')}</span>
        ) : (
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={busy}
            aria-label={
              user.active
                ? h('deactivateFor', { name: user.name, email: user.email })
                : h('reactivateFor', { name: user.name, email: user.email })
            }
            onClick={() => onToggle(user)}
          >
            {user.active ? h('deactivate') : h('reactivate')}
          </button>
        ),
    },
  ];
  return (
    <DataTableCard
      columns={columns}
      rows={users}
      rowKey={(user) => user.id}
      caption={users.length === total ? h('captionAll', { total }) : h('captionFiltered', { total, shown: users.length })}
      rowClassName={(user) => (user.active ? undefined : styles.inactiveRow)}
      className={styles.table}
    />
  );
}
