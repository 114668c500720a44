'use client';

import { useTranslations } from 'next-intl';
import { useId, useRef, type FormEvent } from 'react';
import type { CaseFilter, CaseStatus, VocKind } from '@/graphql/generated/client/graphql';
import { CASE_STATUSES, VOC_KINDS } from '@/lib/domain/enum-values';
import { describedBy, Field } from '../ui/field';
import { PhoneLast4Input } from '../ui/inputs';
import { ValueOptions } from '../ui/value-options';
import styles from './case.module.css';

/** The case list's filters: 상태, VOC 유형, 월, 차량번호, 전화번호 뒷자리. Enter searches. */
export function CaseListFilters({ onSearch, busy }: { onSearch: (filter: CaseFilter) => void; busy: boolean }) {
  const t = useTranslations();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim() || null;
    // Validation is the API's: one set of rules and messages.
    onSearch({
      status: text('status') as CaseStatus | null,
      kind: text('kind') as VocKind | null,
      month: text('month'),
      plate: text('plate'),
      phoneLast4: text('phoneLast4'),
    });
  }

  function reset() {
    formRef.current?.reset();
    onSearch({});
  }

  const field = (name: string) => describedBy(`${id}-${name}`, {});
  return (
    <form ref={formRef} className={`card ${styles.filterForm}`} onSubmit={handleSubmit} role="search" aria-label={t('case.filters.label')}>
      <Field id={`${id}-status`} label={t('case.filters.status')}>
        <select {...field('status')} className="input" name="status" defaultValue="">
          <ValueOptions values={CASE_STATUSES} label={(status) => t(`labels.caseStatus.${status}`)} none={t('case.filters.all')} />
        </select>
      </Field>
      <Field id={`${id}-kind`} label={t('case.filters.kind')}>
        <select {...field('kind')} className="input" name="kind" defaultValue="">
          <ValueOptions values={VOC_KINDS} label={(kind) => t(`labels.vocKindShort.${kind}`)} none={t('case.filters.all')} />
        </select>
      </Field>
      <Field id={`${id}-month`} label={t('case.filters.month')}>
        <input {...field('month')} className="input" name="month" type="month" placeholder={t('case.filters.monthPlaceholder')} />
      </Field>
      <Field id={`${id}-plate`} label={t('case.filters.plate')}>
        <input {...field('plate')} className="input" name="plate" autoComplete="off" placeholder={t('case.filters.platePlaceholder')} />
      </Field>
      <Field id={`${id}-phone`} label={t('case.filters.phoneLast4')}>
        <PhoneLast4Input {...field('phone')} placeholder={t('case.filters.phonePlaceholder')} />
      </Field>
      <div className={styles.filterActions}>
        <button type="submit" className="button button-primary" disabled={busy} aria-busy={busy || undefined}>
          {busy ? t('case.filters.searching') : t('case.filters.search')}
        </button>
        <button type="button" className="button button-secondary" onClick={reset}>
          {t('case.filters.reset')}
        </button>
      </div>
    </form>
  );
}
