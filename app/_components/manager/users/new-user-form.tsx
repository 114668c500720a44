'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useEffect, useState, type FormEvent } from 'react';
import type { CreateStaffUserMutation, Role } from '@/graphql/generated/client/graphql';
import { useApiErrorMessage } from '../../ui/api-error';
import { ActionButton } from '../../ui/action-button';
import { describedBy, Field } from '../../ui/field';
import { CheckedFormCard } from '../checked-form-card';
import { useFieldErrors } from '../use-field-errors';
import { checkNewUser, fieldOfRefusal, PASSWORD_MIN, passwordProblemOf, problemMessages, type NewUserField } from './new-user-fields';
import { OperatorSelect } from './operator-select';
import { StaffRoleOptions } from './staff-role-options';
import { CREATE_STAFF_USER, STAFF_USERS } from './user-queries';
import styles from './users.module.css';

/** The account the form made. */
export type CreatedUser = CreateStaffUserMutation['createUser'];

/** A new staff account: name, email, initial password, role, and the operator for 운영사. */
export function NewUserForm({ onCreated, onCancel }: { onCreated: (user: CreatedUser) => void; onCancel: () => void }) {
  const t = useTranslations('users.form');
  const te = useTranslations('users.form.error');
  const tc = useTranslations();
  const errorMessage = useApiErrorMessage();
  const [role, setRole] = useState<Role | ''>('');
  const { id, formRef, errors, show, focusField, clear, fieldId, control } = useFieldErrors<NewUserField>();
  const [failure, setFailure] = useState<string | null>(null);
  const [createUser, { loading }] = useMutation(CREATE_STAFF_USER, { refetchQueries: [STAFF_USERS], awaitRefetchQueries: true });

  // The form opens from a button: the cursor goes where typing starts.
  useEffect(() => focusField('name'), [focusField]);

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
    if (show(problemMessages(te, found))) return;
    if (!values.role) return; // checkNewUser has said so already; this narrows the type
    try {
      const { data } = await createUser({ variables: { input: { ...values, role: values.role, operatorId: values.operatorId || null } } });
      if (data) onCreated(data.createUser);
    } catch (caught) {
      const error = caught instanceof Error ? caught : new Error(String(caught));
      const refused = fieldOfRefusal(error);
      if (refused) {
        const password = refused.field === 'password' ? passwordProblemOf(error) : null;
        show({ [refused.field]: refused.taken ? te('emailTaken') : password ? te(password) : errorMessage(error) });
      } else setFailure(errorMessage(error));
    }
  }

  return (
    <CheckedFormCard id={id} formRef={formRef} heading={t('heading')} className={styles.newUserForm} onSubmit={handleSubmit}>
      <div className={styles.formGrid}>
        <Field id={fieldId('name')} label={t('name')} error={errors.name}>
          <input {...control('name')} className="input" autoComplete="off" maxLength={100} />
        </Field>
        <Field id={fieldId('email')} label={t('email')} hint={t('emailHint')} error={errors.email}>
          <input {...control('email', { hint: true })} className="input" type="email" autoComplete="off" maxLength={200} />
        </Field>
        <Field id={fieldId('password')} label={t('password')} hint={t('passwordHint', { min: PASSWORD_MIN })} error={errors.password}>
          <input {...control('password', { hint: true })} className="input" type="password" autoComplete="new-password" maxLength={200} />
        </Field>
        <Field id={fieldId('role')} label={t('role')} hint={role ? t(`roleHint.${role}`) : undefined} error={errors.role}>
          <select
            className="input"
            name="role"
            value={role}
            onChange={(event) => {
              setRole(event.target.value as Role | '');
              clear('role', 'operatorId');
            }}
            {...describedBy(fieldId('role'), { hint: Boolean(role), error: errors.role })}
          >
            <StaffRoleOptions emptyLabel={t('rolePlaceholder')} />
          </select>
        </Field>
        {role === 'OPERATOR' && (
          <OperatorSelect base={fieldId('operatorId')} error={errors.operatorId} onChange={() => clear('operatorId')} />
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
    </CheckedFormCard>
  );
}
