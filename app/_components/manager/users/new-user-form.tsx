'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { CreateStaffUserMutation, Role } from '@/graphql/generated/client/graphql';
import { useApiErrorMessage } from '../../ui/api-error';
import { ActionButton } from '../../ui/action-button';
import { describedBy, Field } from '../../ui/field';
import {
  checkNewUser,
  fieldOfRefusal,
  PASSWORD_MIN,
  passwordProblemOf,
  problemMessages,
  type FieldErrors,
  type NewUserField,
} from './new-user-fields';
import { OperatorSelect } from './operator-select';
import { STAFF_ROLES } from './staff-roles';
import { CREATE_STAFF_USER, STAFF_USERS } from './user-queries';
import styles from './users.module.css';

/** The account the form made. */
export type CreatedUser = CreateStaffUserMutation['createUser'];

/** A new staff account: name, email, initial password, role, and the operator for 운영사. */
export function NewUserForm({ onCreated, onCancel }: { onCreated: (user: CreatedUser) => void; onCancel: () => void }) {
  const id = useId();
  const t = useTranslations('users.form');
  const te = useTranslations('users.form.error');
  const tc = useTranslations();
  const errorMessage = useApiErrorMessage();
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
    const values = {
      name: text('name'),
      email: text('email'),
      password: String(form.get('password') ?? ''),
      role,
      operatorId: role === 'OPERATOR' ? text('operatorId') : '',
    };
    const found = checkNewUser(values);
    setFailure(null);
    setErrors(problemMessages(te, found));
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
      const error = caught instanceof Error ? caught : new Error(String(caught));
      const refused = fieldOfRefusal(error);
      if (refused) {
        const password = refused.field === 'password' ? passwordProblemOf(error) : null;
        setErrors({ [refused.field]: refused.taken ? te('emailTaken') : password ? te(password) : errorMessage(error) });
        focusField(refused.field);
      } else setFailure(errorMessage(error));
    }
  }

  const base = (field: NewUserField) => `${id}-${field}`;
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('heading')}</h2>
      <form ref={formRef} className={`form ${styles.newUserForm}`} noValidate onSubmit={(event) => void handleSubmit(event)}>
        <div className={styles.formGrid}>
          <Field id={base('name')} label={t('name')} error={errors.name}>
            <input
              className="input"
              name="name"
              autoComplete="off"
              maxLength={100}
              onChange={() => clear('name')}
              {...describedBy(base('name'), { error: errors.name })}
            />
          </Field>
          <Field id={base('email')} label={t('email')} hint={t('emailHint')} error={errors.email}>
            <input
              className="input"
              name="email"
              type="email"
              autoComplete="off"
              maxLength={200}
              onChange={() => clear('email')}
              {...describedBy(base('email'), { hint: true, error: errors.email })}
            />
          </Field>
          <Field id={base('password')} label={t('password')} hint={t('passwordHint', { min: PASSWORD_MIN })} error={errors.password}>
            <input
              className="input"
              name="password"
              type="password"
              autoComplete="new-password"
              maxLength={200}
              onChange={() => clear('password')}
              {...describedBy(base('password'), { hint: true, error: errors.password })}
            />
          </Field>
          <Field id={base('role')} label={t('role')} hint={role ? t(`roleHint.${role}`) : undefined} error={errors.role}>
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
              <option value="">{t('rolePlaceholder')}</option>
              {STAFF_ROLES.map((value) => (
                <option key={value} value={value}>
                  {tc(`labels.role.${value}`)}
                </option>
              ))}
            </select>
          </Field>
          {role === 'OPERATOR' && (
            <OperatorSelect base={base('operatorId')} error={errors.operatorId} onChange={() => clear('operatorId')} />
          )}
        </div>
        {failure && (
          <p className="alert" role="alert">
            {failure}
          </p>
        )}
        <div className="form-actions">
          <ActionButton type="submit" pending={loading}>
            {t('submit')}
          </ActionButton>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {tc('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
