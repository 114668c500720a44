'use client';

import { useQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId, useRef, useState, useTransition, type FormEvent, type InputHTMLAttributes } from 'react';
import { ACCESS_ACTION_GROUPS, ACCESS_SUBJECT_LABEL } from '@/lib/domain/access-log';
import { ActionButton } from '../../ui/action-button';
import { describedBy, Field } from '../../ui/field';
import { ValueOptions } from '../../ui/value-options';
import { STAFF_ROLES } from '../users/staff-roles';
import { actionName, subjectName } from './access-log-detail';
import { ACCESS_LOG_ACCOUNTS } from './access-log-queries';
import { queryOf, type AccessLogParams } from './access-log-params';
import styles from './access-log.module.css';
import { dataLang } from '@/lib/i18n/data-lang';

const SUBJECT_TYPES = Object.keys(ACCESS_SUBJECT_LABEL);

/** The log's filters; searching puts them in the page's URL, so a search can be shared and gone back to. */
export function AccessLogFilters({ params }: { params: AccessLogParams }) {
  const id = useId();
  const t = useTranslations();
  const f = useTranslations('accessLog.filters');
  const router = useRouter();
  const toRef = useRef<HTMLInputElement>(null);
  const accounts = useQuery(ACCESS_LOG_ACCOUNTS);
  const [rangeError, setRangeError] = useState<string | null>(null);
  // The search is a navigation: the button stays busy until the new page's results are on their way.
  const [searching, startSearch] = useTransition();

  function go(query: string) {
    startSearch(() => router.push(query ? `/manager/access-log?${query}` : '/manager/access-log'));
  }

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
      setRangeError(f('rangeError'));
      toRef.current?.focus();
      return;
    }
    setRangeError(null);
    go(queryOf(next));
  }

  const users = accounts.data?.users ?? [];
  const control = (name: string, error?: string | null) => describedBy(`${id}-${name}`, { error });
  return (
    // Keyed by the URL's filter, so going back shows that search's values.
    <form
      key={queryOf(params)}
      className={`card ${styles.filters}`}
      onSubmit={handleSubmit}
      role="search"
      aria-label={f('label')}
      noValidate
    >
      <Field id={`${id}-actor`} label={f('actor')}>
        <select
          {...control('actor')}
          className="input"
          name="actorId"
          defaultValue={params.actorId}
          disabled={accounts.loading && !accounts.data}
        >
          <option value="">{accounts.error ? f('allAccountsFailed') : f('all')}</option>
          {STAFF_ROLES.map((role) => (
            <optgroup key={role} label={t(`labels.role.${role}`)}>
              {users
                .filter((user) => user.role === role)
                .map((user) => (
                  <option key={user.id} value={user.id} lang={dataLang(user.name)}>
                    {f('accountOption', { name: user.name, email: user.email })}
                  </option>
                ))}
            </optgroup>
          ))}
          {params.actorId && !users.some((user) => user.id === params.actorId) && (
            <option value={params.actorId}>{f('chosenAccount')}</option>
          )}
        </select>
      </Field>
      <Field id={`${id}-action`} label={f('action')}>
        <select {...control('action')} className="input" name="action" defaultValue={params.action}>
          <option value="">{f('all')}</option>
          {ACCESS_ACTION_GROUPS.map((group) => (
            <optgroup key={group.id} label={t(`accessLog.group.${group.id}`)}>
              {group.actions.map((action) => (
                <option key={action} value={action}>
                  {actionName(t, action)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </Field>
      <Field id={`${id}-subject-type`} label={f('subjectType')}>
        <select {...control('subject-type')} className="input" name="subjectType" defaultValue={params.subjectType}>
          <ValueOptions values={SUBJECT_TYPES} label={(type) => subjectName(t, type)} none={f('all')} />
        </select>
      </Field>
      <Field id={`${id}-subject-id`} label={f('subjectId')}>
        <TextFilter {...control('subject-id')} name="subjectId" defaultValue={params.subjectId} spellCheck={false} />
      </Field>
      <Field id={`${id}-from`} label={f('from')}>
        <input {...control('from')} className="input" name="from" type="date" defaultValue={params.from} />
      </Field>
      <Field id={`${id}-to`} label={f('to')} error={rangeError}>
        <input
          {...control('to', rangeError)}
          ref={toRef}
          className="input"
          name="to"
          type="date"
          defaultValue={params.to}
          onChange={() => setRangeError(null)}
        />
      </Field>
      <Field id={`${id}-address`} label={f('address')}>
        <TextFilter
          {...control('address')}
          name="clientAddress"
          defaultValue={params.clientAddress}
          placeholder={f('addressPlaceholder')}
        />
      </Field>
      <div className={styles.actions}>
        <ActionButton type="submit" pending={searching}>
          {f('search')}
        </ActionButton>
        <button type="button" className="button button-secondary" disabled={searching} onClick={() => go('')}>
          {f('reset')}
        </button>
      </div>
    </form>
  );
}

/** A free-text filter (an id, an address): at most 100 characters, and no autofill, which would offer unrelated past entries. */
function TextFilter(props: InputHTMLAttributes<HTMLInputElement>) {
  return <input {...props} className="input" maxLength={100} autoComplete="off" />;
}
