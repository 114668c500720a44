'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { apiErrorMessage } from '../../api-error';
import { ROLE_LABEL } from '../../format';
import { EmptyState, ErrorState, LoadingState } from '../../ui/query-state';
import { filterUsers, type StaffUser, type UserFilter } from './filter-users';
import { NewUserForm, type CreatedUser } from './new-user-form';
import { SetActiveDialog } from './set-active-dialog';
import { SET_USER_ACTIVE, STAFF_USERS } from './user-queries';
import { UserFilters } from './user-filters';
import { UserTable } from './user-table';
import styles from './users.module.css';
import { ActionFeedback } from '../../ui/action-feedback';

/** The people page: filters, the new-account form, the accounts and their (de)activation. */
export function UsersAdmin() {
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
    setDone(`${user.name}(${user.email}) ${ROLE_LABEL[user.role]} 계정을 만들었습니다.`);
  }

  async function confirmSwitch() {
    if (!target) return;
    const active = !target.active;
    setDone(null);
    setFailure(null);
    try {
      await setActive({ variables: { id: target.id, active } });
      setDone(`${target.name}(${target.email}) 계정을 ${active ? '다시 활성화' : '비활성화'}했습니다.`);
    } catch (caught) {
      setFailure(caught instanceof Error ? apiErrorMessage(caught) : String(caught));
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
            새 계정
          </button>
        )}
      </div>
      {creating && <NewUserForm onCreated={created} onCancel={closeForm} />}
      <ActionFeedback state={{ done, error: failure }} />
      {error && !data ? (
        <ErrorState message={apiErrorMessage(error)} onRetry={retry} />
      ) : !data || !rows ? (
        <LoadingState label="계정 목록을 불러오는 중…" />
      ) : data.users.length === 0 ? (
        <EmptyState title="등록된 계정이 없습니다.">‘새 계정’으로 첫 계정을 만드세요.</EmptyState>
      ) : rows.length === 0 ? (
        <EmptyState title="조건에 맞는 계정이 없습니다.">역할이나 검색어를 바꿔 보세요.</EmptyState>
      ) : (
        <UserTable users={rows} total={data.users.length} viewerId={data.viewer?.id ?? null} busy={switching} onToggle={setTarget} />
      )}
      <SetActiveDialog user={target} pending={switching} onConfirm={() => void confirmSwitch()} onCancel={() => setTarget(null)} />
    </>
  );
}
