'use client';

import { useTranslations } from 'next-intl';
import { useId, type FormEvent } from 'react';
import { describedBy, Field } from '../ui/field';
import { PhoneLast4Input } from '../ui/inputs';
import styles from './passes.module.css';

/** What an agent searches passes by; null means "not given". */
export interface PassQuery {
  plate: string | null;
  phoneLast4: string | null;
}

/** The agent's pass search: plate (any part) and/or the phone's last four digits. Enter submits. */
export function PassSearchForm({ onSearch, busy }: { onSearch: (query: PassQuery) => void; busy: boolean }) {
  const t = useTranslations('passSearch.form');
  const id = useId();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim() || null;
    // Validation is the API's: one set of rules and messages.
    onSearch({ plate: text('plate'), phoneLast4: text('phoneLast4') });
  }

  const plateId = `${id}-plate`;
  const phoneId = `${id}-phone`;
  return (
    <form className={`card ${styles.searchForm}`} onSubmit={handleSubmit} role="search" aria-label={t('label')}>
      <Field id={plateId} label={t('plate')} hint={t('plateHint')}>
        <input
          {...describedBy(plateId, { hint: true })}
          className="input"
          name="plate"
          autoComplete="off"
          placeholder={t('platePlaceholder')}
        />
      </Field>
      <Field id={phoneId} label={t('phoneLast4')} hint={t('phoneHint')}>
        <PhoneLast4Input {...describedBy(phoneId, { hint: true })} placeholder={t('phonePlaceholder')} />
      </Field>
      <button type="submit" className="button button-primary" disabled={busy} aria-busy={busy || undefined}>
        {busy ? t('searching') : t('search')}
      </button>
    </form>
  );
}
