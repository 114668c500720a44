import { ROLE_LABEL } from '../../format';
import type { StaffUser } from './filter-users';
import styles from './users.module.css';

interface UserTableProps {
  users: readonly StaffUser[];
  total: number;
  viewerId: string | null;
  busy: boolean;
  onToggle: (user: StaffUser) => void;
}

/** Staff accounts with their role, operator and state; each but one's own can be (re)activated. */
export function UserTable({ users, total, viewerId, busy, onToggle }: UserTableProps) {
  return (
    <div className="card table-card">
      <table className={`table table-stack ${styles.table}`}>
        <caption>{users.length === total ? `역할·이름 순, ${total.toLocaleString('ko-KR')}명` : `전체 ${total.toLocaleString('ko-KR')}명 중 ${users.length.toLocaleString('ko-KR')}명`}</caption>
        <thead>
          <tr>
            <th scope="col">이름</th>
            <th scope="col">이메일</th>
            <th scope="col">역할</th>
            <th scope="col">운영사</th>
            <th scope="col">상태</th>
            <th scope="col">
              <span className="visually-hidden">처리</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => {
            const self = user.id === viewerId;
            return (
              <tr key={user.id} className={user.active ? undefined : styles.inactiveRow}>
                <th scope="row" data-label="이름">
                  <span>
                    {user.name} {self && <span className="badge badge-accent">본인</span>}
                  </span>
                </th>
                <td data-label="이메일" className={styles.email}>{user.email}</td>
                <td data-label="역할" className="nowrap">{ROLE_LABEL[user.role]}</td>
                <td data-label="운영사">{user.operator?.name ?? <span className="muted">—</span>}</td>
                <td data-label="상태">
                  <span className={`badge ${user.active ? 'badge-success' : 'badge-neutral'}`}>{user.active ? '활성' : '비활성'}</span>
                </td>
                <td data-label="처리" className="row-action">
                  {self ? (
                    <span className="muted nowrap">본인 계정</span>
                  ) : (
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      disabled={busy}
                      aria-label={`${user.name}(${user.email}) 계정 ${user.active ? '비활성화' : '다시 활성화'}`}
                      onClick={() => onToggle(user)}
                    >
                      {user.active ? '비활성화' : '다시 활성화'}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
