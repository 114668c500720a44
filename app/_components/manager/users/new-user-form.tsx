'use client';

import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { CreateStaffUserMutation, Role } from '@/graphql/generated/client/graphql';
import { apiErrorMessage } from '../../api-error';
import { ROLE_LABEL } from '../../format';
import { describedBy, FieldMessage } from '../../ui/field';
import { checkNewUser, fieldErrorOf, PASSWORD_MIN, type FieldErrors, type NewUserField } from './new-user-fields';
import { OperatorSelect } from './operator-select';
import { CREATE_STAFF_USER, STAFF_USERS } from './user-queries';
import styles from './users.module.css';

/** The account the form made. */
export type CreatedUser = CreateStaffUserMutation['createUser'];

const ROLES: readonly Role[] = ['AGENT', 'OPERATOR', 'MANAGER'];
const ROLE_HINT: Record<Role, string> = {
  AGENT: '상담을 접수하고 처리합니다.',
  OPERATOR: '소속 운영사 주차장의 출차·등록 요청을 처리합니다.',
  MANAGER: '계정, 보상 정책, 환불 승인을 관리합니다.',
};

/** A new staff account: name, email, initial password, role, and the operator for 운영사. */
export function NewUserForm({ onCreated, onCancel }: { onCreated: (user: CreatedUser) => void; onCancel: () => void }) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [role, setRole] = useState<Role | ''>('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [createUser, { loading }] = useMutation(CREATE_STAFF_USER, { refetchQueries: [STAFF_USERS], awaitRefetchQueries: true });

  // The form opens from a button: the cursor goes where typing starts.
  useEffect(() => focusField('name'), []);

  function focusField(field: NewUserField) {
    const control = formRef.current?.elements.namedItem(field);
    if (control instanceof HTMLElement) control.focus();
  }

  function clear(field: NewUserField) {
    if (errors[field]) setErrors(({ [field]: _cleared, ...rest }) => rest);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const values = { name: text('name'), email: text('email'), password: String(form.get('password') ?? ''), role, operatorId: role === 'OPERATOR' ? text('operatorId') : '' };
    const found = checkNewUser(values);
    setFailure(null);
    setErrors(found);
    const first = (Object.keys(found) as NewUserField[])[0];
    if (first) {
      focusField(first);
      return;
    }
    if (!values.role) return; // checkNewUser has said so already; this narrows the type
    try {
      const { data } = await createUser({ variables: { input: { ...values, role: values.role, operatorId: values.operatorId || null } } });
      if (data) onCreated(data.createUser);
    } catch (caught) {
      const fieldError = caught instanceof Error ? fieldErrorOf(caught) : null;
      if (fieldError) {
        setErrors({ [fieldError.field]: fieldError.message });
        focusField(fieldError.field);
      } else setFailure(caught instanceof Error ? apiErrorMessage(caught) : String(caught));
    }
  }

  const base = (field: NewUserField) => `${id}-${field}`;
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>새 계정</h2>
      <form ref={formRef} className={`form ${styles.newUserForm}`} noValidate onSubmit={(event) => void handleSubmit(event)}>
        <div className={styles.formGrid}>
          <div className="field">
            <label htmlFor={base('name')}>이름</label>
            <input className="input" name="name" autoComplete="off" maxLength={100} onChange={() => clear('name')} {...describedBy(base('name'), { error: errors.name })} />
            <FieldMessage base={base('name')} error={errors.name} />
          </div>
          <div className="field">
            <label htmlFor={base('email')}>이메일</label>
            <input className="input" name="email" type="email" autoComplete="off" maxLength={200} onChange={() => clear('email')} {...describedBy(base('email'), { hint: true, error: errors.email })} />
            <FieldMessage base={base('email')} hint="로그인 아이디로 씁니다." error={errors.email} />
          </div>
          <div className="field">
            <label htmlFor={base('password')}>초기 비밀번호</label>
            <input className="input" name="password" type="password" autoComplete="new-password" maxLength={200} onChange={() => clear('password')} {...describedBy(base('password'), { hint: true, error: errors.password })} />
            <FieldMessage base={base('password')} hint={`${PASSWORD_MIN}자 이상. 계정 주인에게 따로 안전하게 전달해 주세요.`} error={errors.password} />
          </div>
          <div className="field">
            <label htmlFor={base('role')}>역할</label>
            <select
              className="input"
              name="role"
              value={role}
              onChange={(event) => {
                setRole(event.target.value as Role | '');
                setErrors(({ role: _role, operatorId: _operator, ...rest }) => rest);
              }}
              {...describedBy(base('role'), { hint: Boolean(role), error: errors.role })}
            >
              <option value="">역할 선택</option>
              {ROLES.map((value) => (
                <option key={value} value={value}>
                  {ROLE_LABEL[value]}
                </option>
              ))}
            </select>
            <FieldMessage base={base('role')} hint={role ? ROLE_HINT[role] : undefined} error={errors.role} />
          </div>
          {role === 'OPERATOR' && <OperatorSelect base={base('operatorId')} error={errors.operatorId} onChange={() => clear('operatorId')} />}
        </div>
        {failure && (
          <p className="alert" role="alert">
            {failure}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={loading} aria-busy={loading || undefined}>
            {loading ? '만드는 중…' : '계정 만들기'}
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            취소
          </button>
        </div>
      </form>
    </section>
  );
}
