'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { useApiErrorMessage } from '../../ui/api-error';
import { ActionFeedback } from '../../ui/action-feedback';
import { EmptyState, ErrorState, LoadingState } from '../../ui/query-state';
import { filterUsers, type StaffUser, type UserFilter } from './filter-users';
import { NewUserForm, type CreatedUser } from './new-user-form';
import { SetActiveDialog } from './set-active-dialog';
import { SET_USER_ACTIVE, STAFF_USERS } from './user-queries';
import { UserFilters } from './user-filters';
import { UserTable } from './user-table';
import styles from './users.module.css';

/** The people page: filters, the new-account form, the accounts and their (de)activation. */
export function UsersAdmin() {
  const t = useTranslations();
  const u = useTranslations('users');
  const errorMessage = useApiErrorMessage();
  const { data, error, refetch } = useQuery(STAFF_USERS, { fetchPolicy: 'cache-and-network' });
  const [setActive, { loading: switching }] = useMutation(SET_USER_ACTIVE);
  const [filter, setFilter] = useState<UserFilter>({ role: '', text: '' });
  const [creating, setCreating] = useState(false);
  const [target, setTarget] = useState<StaffUser | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const retry = () => void refetch().catch(() => undefined);

  // The form's buttons vanish with it; the keyboard goes back to the button that opened it.
  useEffect(() => {
    if (creating || !returnFocus.current) return;
    returnFocus.current = false;
    newButton.current?.focus();
  }, [creating]);

  function closeForm() {
    returnFocus.current = true;
    setCreating(false);
  }

  function created(user: CreatedUser) {
    closeForm();
    setFailure(null);
    setDone(u('created', { name: user.name, email: user.email, role: t(`labels.role.${user.role}`) }));
  }

  // Not optimistic: an account shown as off before the server has cut its sessions would mislead.
  async function confirmSwitch() {
    if (!target) return;
    const active = !target.active;
    const who = { name: target.name, email: target.email };
    setDone(null);
    setFailure(null);
    try {
      await setActive({ variables: { id: target.id, active } });
      setDone(active ? u('reactivated', who) : u('deactivated', who));
    } catch (caught) {
      setFailure(u('switchFailed', { ...who, message: errorMessage(caught instanceof Error ? caught : new Error(String(caught))) }));
    } finally {
      setTarget(null);
    }
  }

  const rows = data ? filterUsers(data.users, filter) : null;
  return (
    <>
      <div className={styles.toolbar}>
        <UserFilters filter={filter} onChange={setFilter} />
        {!creating && (
          <button
            ref={newButton}
            type="button"
            className="button button-primary"
            onClick={() => {
              setDone(null);
              setCreating(true);
            }}
          >
            {u('newAccount')}
          </button>
        )}
      </div>
      {creating && <NewUserForm onCreated={created} onCancel={closeForm} />}
      <ActionFeedback state={{ done, error: failure }} />
      {error && !data ? (
        <ErrorState message={errorMessage(error)} onRetry={retry} />
      ) : !data || !rows ? (
        <LoadingState label={u('list.loading')} />
      ) : data.users.length === 0 ? (
        <EmptyState title={u('list.empty')}>{u('list.emptyHint')}</EmptyState>
      ) : rows.length === 0 ? (
        <EmptyState title={u('list.noMatch')}>{u('list.noMatchHint')}</EmptyState>
      ) : (
        <UserTable users={rows} total={data.users.length} viewerId={data.viewer?.id ?? null} busy={switching} onToggle={setTarget} />
      )}
      <SetActiveDialog user={target} pending={switching} onConfirm={() => void confirmSwitch()} onCancel={() => setTarget(null)} />
    </>
  );
}
