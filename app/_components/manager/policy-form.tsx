'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { useApiErrorMessage } from '../ui/api-error';
import { formatDate } from '../ui/format';
import { ActionButton } from '../ui/action-button';
import { ActionFeedback } from '../ui/action-feedback';
import { CheckedFormCard } from './checked-form-card';
import { Field } from '../ui/field';
import { WholeNumberInput } from '../ui/inputs';
import {
  checkPolicy,
  COUNT_BOUNDS,
  NOTE_MAX,
  policyFieldOf,
  policyProblemMessage,
  type PolicyField,
  type PolicyValues,
} from './policy-fields';
import { ADD_POLICY_VERSION, POLICY_VERSIONS } from './policy-queries';
import styles from './policy.module.css';
import { useFieldErrors } from './use-field-errors';

/** The fields that count (cases, coupons), each with its bounds in COUNT_BOUNDS. */
const COUNTS = ['repeatThreshold', 'couponsPerMonth'] as const;

/** Adds a policy version from today (KST) on; past versions stay as they were. */
export function PolicyForm() {
  const t = useTranslations('policy.form');
  const te = useTranslations('policy.form.error');
  const errorMessage = useApiErrorMessage();
  const today = formatDate(new Date());
  const [addPolicy, { loading }] = useMutation(ADD_POLICY_VERSION, { refetchQueries: [POLICY_VERSIONS], awaitRefetchQueries: true });
  const { id, formRef, errors, setErrors, show, fieldId, control } = useFieldErrors<PolicyField>();
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const value = (name: PolicyField) => String(form.get(name) ?? '');
    const values: PolicyValues = {
      effectiveFrom: value('effectiveFrom'),
      couponAmount: value('couponAmount'),
      repeatThreshold: value('repeatThreshold'),
      couponsPerMonth: value('couponsPerMonth'),
      note: value('note'),
    };
    setDone(null);
    setFailure(null);
    const checked = checkPolicy(values, today);
    if ('problems' in checked) {
      const found = Object.entries(checked.problems) as [PolicyField, NonNullable<(typeof checked.problems)[PolicyField]>][];
      show(Object.fromEntries(found.map(([field, problem]) => [field, policyProblemMessage(te, field, problem, today)])));
      return;
    }
    setErrors({});
    try {
      await addPolicy({ variables: { input: checked.input } });
      formElement.reset();
      setDone(t('done'));
    } catch (caught) {
      const error = caught instanceof Error ? caught : new Error(String(caught));
      const field = policyFieldOf(error);
      if (field) show({ [field]: errorMessage(error) });
      else setFailure(errorMessage(error));
    }
  }

  return (
    <CheckedFormCard
      id={id}
      formRef={formRef}
      heading={t('heading')}
      className={styles.policyForm}
      onSubmit={handleSubmit}
      after={
        <>
          <p className={`field-hint ${styles.policyNote}`}>{t('rule')}</p>
          <ActionFeedback state={{ done, error: failure }} />
        </>
      }
    >
      <div className={styles.policyFormGrid}>
        <Field id={fieldId('effectiveFrom')} label={t('effectiveFrom')} error={errors.effectiveFrom}>
          <input {...control('effectiveFrom')} className="input" type="date" min={today} required />
        </Field>
        <Field id={fieldId('couponAmount')} label={t('couponAmount')} error={errors.couponAmount}>
          <WholeNumberInput {...control('couponAmount')} step={100} required />
        </Field>
        {COUNTS.map((field) => (
          <Field key={field} id={fieldId(field)} label={t(field)} error={errors[field]}>
            <WholeNumberInput {...control(field)} min={COUNT_BOUNDS[field].min} max={COUNT_BOUNDS[field].max} required />
          </Field>
        ))}
      </div>
      <Field id={fieldId('note')} label={t('note')} error={errors.note}>
        <textarea {...control('note')} className="input textarea" rows={2} maxLength={NOTE_MAX} />
      </Field>
      <div className="form-actions">
        <ActionButton type="submit" pending={loading}>
          {t('submit')}
        </ActionButton>
      </div>
    </CheckedFormCard>
  );
}
